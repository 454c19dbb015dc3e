/**
 * The report's charts below its first screen are made as they come near the
 * viewport, and else one group at a time in idle periods, so that the first
 * screen (title, key figures, balance) is painted first and no task is long. Until
 * it is made, a group is a placeholder as high as its charts will be (a
 * `[data-later]` skeleton); its section's heading and texts are there from the
 * start. Every group is made within a few idle periods, so that in-page search,
 * « Voir les données » and the downloads soon find every chart; all at once for
 * print. Loaded with the report's sections (sections.ts), so it costs the first
 * screen no byte.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../base/environment.ts';

/** How far ahead of the viewport a group is made: one viewport's height. */
const AHEAD = '100% 0px';

/** What the controller needs of the report: to update, its shadow root, and a place to keep the controller. */
export type UnfoldHost = ReactiveControllerHost & { readonly renderRoot: ParentNode; unfold?: Unfold };

export class Unfold implements ReactiveController {
  readonly #host: UnfoldHost;
  /** The groups made, by key; every one once the page is printed. */
  readonly #made = new Set<string>();
  #all = false;
  /** The groups whose placeholder is near the viewport: made first, without waiting for an idle period. */
  readonly #near = new Set<string>();
  #observer?: IntersectionObserver;
  /** Cancels the step scheduled, if any. */
  #cancel?: () => void;

  constructor(host: UnfoldHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether a group's charts are made (else the section shows its placeholder). */
  made(key: string): boolean {
    return this.#all || this.#made.has(key);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#print);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#print);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#unschedule();
  }

  /** After each update: watch the placeholders left, and schedule the next group. */
  hostUpdated(): void {
    const places = this.#places();
    if (!places.length) {
      this.#observer?.disconnect();
      return;
    }
    this.#observer ??= new IntersectionObserver(this.#seen, { rootMargin: AHEAD });
    this.#observer.disconnect();
    for (const place of places) this.#observer.observe(place);
    this.#unschedule();
    this.#schedule();
  }

  #places(): HTMLElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[data-later]')];
  }

  readonly #seen = (entries: IntersectionObserverEntry[]) => {
    for (const { target, isIntersecting } of entries) {
      const key = (target as HTMLElement).dataset.later ?? '';
      if (isIntersecting) this.#near.add(key);
      else this.#near.delete(key);
    }
    // A group near the viewport does not wait for an idle period.
    this.#unschedule();
    this.#schedule();
  };

  /** The next group: one near the viewport in a task of its own, else the first one left in an idle period. */
  #schedule(): void {
    if (this.#cancel) return;
    const near = [...this.#near].some((key) => !this.made(key));
    if (near) {
      const id = setTimeout(this.#step, 0);
      this.#cancel = () => {
        clearTimeout(id);
      };
    } else this.#cancel = whenIdle(this.#step);
  }

  #unschedule(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  /** Makes one group: the first near the viewport, else the first in the report's order. */
  readonly #step = () => {
    this.#cancel = undefined;
    const keys = this.#places().map((place) => place.dataset.later ?? '');
    const key = keys.find((k) => this.#near.has(k)) ?? keys.at(0);
    if (key === undefined) return;
    this.#made.add(key);
    this.#host.requestUpdate();
  };

  /** For print, every group at once: made in the microtasks after `beforeprint`, and drawn at once there. */
  readonly #print = () => {
    this.#all = true;
    this.#host.requestUpdate();
  };
}
