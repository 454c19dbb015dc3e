/**
 * The report's charts below its first screen are made as they come near the
 * viewport, and else one group at a time in idle periods, so that the first
 * screen (title, key figures, balance) is painted first and no task is long. Until
 * it is made, a group is a placeholder as high as its charts will be (a
 * `[data-later]` skeleton); its section's heading and texts are there from the
 * start. Every group is made within a few idle periods, so that in-page search,
 * « Voir les données » and the downloads soon find every chart; all at once for
 * print.
 *
 * Those charts, once made, keep their width while they are off the screen (an
 * inline width, set when they leave the viewport's neighbourhood): a change of
 * the report's width redraws the charts on screen at once, and the others one per
 * idle period, or as they come near. Loaded with the report's sections
 * (sections.ts), so it costs the first screen no byte.
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
  /** The charts made off the screen, kept at their width; those to fit to the report's new width. */
  readonly #frozen = new Set<HTMLElement>();
  readonly #stale = new Set<HTMLElement>();
  #printing = false;
  #width = 0;
  /** Watches the placeholders (near the viewport or not), and the charts made (on the screen or not). */
  #observer?: IntersectionObserver;
  #screen?: IntersectionObserver;
  #resize?: ResizeObserver;
  #heading?: Element;
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
    addEventListener('afterprint', this.#printed);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#print);
    removeEventListener('afterprint', this.#printed);
    this.#observer?.disconnect();
    this.#screen?.disconnect();
    this.#observer = this.#screen = undefined;
    this.#resize?.disconnect();
    this.#resize = this.#heading = undefined;
    this.#thaw([...this.#frozen]);
    this.#unschedule();
  }

  /** After each update: watch the placeholders left and the charts made, and schedule the next step. */
  hostUpdated(): void {
    this.#watch();
    this.#unschedule();
    this.#schedule();
  }

  #watch(): void {
    const root = this.#host.renderRoot;
    this.#observer ??= new IntersectionObserver(this.#seen, { rootMargin: AHEAD });
    this.#screen ??= new IntersectionObserver(this.#seen);
    // Observed again after each update: the first notification says where each one is.
    this.#observer.disconnect();
    this.#screen.disconnect();
    for (const place of root.querySelectorAll('[data-later]')) this.#observer.observe(place);
    for (const chart of root.querySelectorAll('[part="section"] *'))
      if (chart.localName.startsWith('trade-')) this.#screen.observe(chart);
    // The report's width, read on a section's heading: its height does not follow the charts' (observing the
    // report itself, whose height changes as they are drawn, would set off "ResizeObserver loop" errors).
    const heading = root.querySelector('[part="section"] > .heading');
    if (heading && heading !== this.#heading) {
      this.#resize ??= new ResizeObserver(this.#resized);
      this.#resize.disconnect();
      this.#resize.observe((this.#heading = heading));
    }
  }

  #places(): HTMLElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[data-later]')];
  }

  readonly #seen = (entries: IntersectionObserverEntry[]) => {
    for (const { target, isIntersecting, boundingClientRect } of entries) {
      const element = target as HTMLElement;
      const key = element.dataset.later;
      if (key === undefined) {
        // A chart: it follows the report's width on the screen, and keeps its own off it.
        if (isIntersecting) this.#thaw([element]);
        else if (!this.#printing && boundingClientRect.width > 0) {
          element.style.width = `${boundingClientRect.width}px`;
          this.#frozen.add(element);
        }
      } else if (isIntersecting) this.#near.add(key);
      else this.#near.delete(key);
    }
    // A group near the viewport does not wait for an idle period.
    this.#unschedule();
    this.#schedule();
  };

  /**
   * The report's width changed: the charts kept at their width are fitted to it,
   * one per idle period. Until then, what they hold over a narrower report is
   * clipped (they are off the screen), so that the page does not scroll sideways.
   */
  readonly #resized = ([entry]: ResizeObserverEntry[]) => {
    const width = entry.contentRect.width;
    if (this.#width && width !== this.#width) for (const chart of this.#frozen) this.#stale.add(chart);
    this.#width = width;
    this.#clip();
    this.#schedule();
  };

  #thaw(charts: HTMLElement[]): void {
    for (const chart of charts) {
      chart.style.width = '';
      this.#frozen.delete(chart);
      this.#stale.delete(chart);
    }
    this.#clip();
  }

  /** Clips sideways the parents of the charts left to fit, and those only. */
  #clip(): void {
    for (const chart of this.#frozen) {
      const parent = chart.parentElement;
      if (parent) parent.style.overflowX = '';
    }
    for (const chart of this.#stale) {
      const parent = chart.parentElement;
      if (parent) parent.style.overflowX = 'clip';
    }
  }

  /**
   * The next step: a group near the viewport in a task of its own; else, in an
   * idle period, a chart to fit or the first group left.
   */
  #schedule(): void {
    if (this.#cancel) return;
    const near = [...this.#near].some((key) => !this.made(key));
    if (near) {
      const id = setTimeout(this.#step, 0);
      this.#cancel = () => {
        clearTimeout(id);
      };
    } else if (this.#stale.size || this.#places().length) this.#cancel = whenIdle(this.#step);
  }

  #unschedule(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  /** One step: makes the first group near the viewport, else fits a chart, else makes the first group left. */
  readonly #step = () => {
    this.#cancel = undefined;
    const keys = this.#places().map((place) => place.dataset.later ?? '');
    const near = keys.find((k) => this.#near.has(k));
    const chart = [...this.#stale].at(0);
    if (near === undefined && chart) {
      // Its width in the report as it is now, kept until it is near the screen (it redraws in the next frame).
      this.#stale.delete(chart);
      chart.style.width = '';
      chart.style.width = `${chart.getBoundingClientRect().width}px`;
      this.#clip();
      this.#schedule();
      return;
    }
    const key = near ?? keys.at(0);
    if (key === undefined) return;
    this.#made.add(key);
    this.#host.requestUpdate();
  };

  /**
   * For print, every group at once (made in the microtasks after `beforeprint`,
   * and drawn at once there), and every chart at the printed page's width.
   */
  readonly #print = () => {
    this.#all = this.#printing = true;
    this.#thaw([...this.#frozen]);
    this.#host.requestUpdate();
  };

  /** Back on screen: the charts off it keep their width again. */
  readonly #printed = () => {
    this.#printing = false;
    this.#watch();
  };
}
