/**
 * The width a chart is drawn at, as a reactive controller. It is the width of a
 * zero-height "sizer" at the top of the shadow root, not of the host: drawing the
 * chart changes the host's height, never the sizer's size, so redrawing never
 * triggers the observer again ("ResizeObserver loop" errors).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeWidth } from '../environment.ts';

export class ResizeController implements ReactiveController {
  /** Whole CSS pixels; 0 until the sizer has been measured. */
  width = 0;

  readonly #host: ReactiveControllerHost & Element;
  readonly #target: () => Element | null;
  #stopObserving?: () => void;

  constructor(host: ReactiveControllerHost & Element, target: () => Element | null) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  hostConnected(): void {
    // Back in a page after a first render: the sizer is there to observe again.
    this.hostUpdated();
  }

  /** Observes from the first render on (the sizer is in it). */
  hostUpdated(): void {
    const target = this.#target();
    if (this.#stopObserving || !target || !this.#host.isConnected) return;
    this.#stopObserving = observeWidth(target, (width) => {
      this.#set(width);
    });
  }

  hostDisconnected(): void {
    this.#stopObserving?.();
    this.#stopObserving = undefined;
  }

  /**
   * Reads the width now, rather than in the observer's first callback a frame
   * later: for a chart whose data arrives after its first render, one layout pass
   * fewer. Charts given their data before their first render wait for the
   * observer, which measures them all in one pass instead of one forced layout each.
   */
  measureNow(): void {
    const target = this.#target();
    if (!this.width && target) this.width = Math.floor(target.getBoundingClientRect().width);
  }

  #set(width: number): void {
    const whole = Math.floor(width);
    if (whole === this.width) return;
    this.width = whole;
    this.#host.requestUpdate();
  }
}
