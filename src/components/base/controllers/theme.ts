/**
 * The colour scheme a widget draws in, as a reactive controller: `theme="light"`
 * or `"dark"` as asked; with `auto` (the default), the page's own scheme (see
 * `pageScheme`: DSFR's `data-fr-theme`, or a root `color-scheme` that allows dark
 * on a system that prefers it). It follows changes of the page and of the system
 * while the widget is in the page, and reads the page only then, never while
 * rendering (a style read in the middle of an update would force a style pass).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageScheme, watchScheme, type Scheme } from '../environment.ts';

export class ThemeController implements ReactiveController {
  scheme: Scheme = 'light';

  readonly #host: ReactiveControllerHost;
  readonly #theme: () => string | undefined;
  /** The page's scheme, read when the widget arrives and when the page or the system changes. */
  #page: Scheme = 'light';
  #stopWatching?: () => void;

  /** `theme` reads the element's `theme` attribute. */
  constructor(host: ReactiveControllerHost, theme: () => string | undefined) {
    this.#host = host;
    this.#theme = theme;
    host.addController(this);
  }

  hostConnected(): void {
    this.#page = pageScheme();
    this.#stopWatching = watchScheme(() => {
      const page = pageScheme();
      if (page === this.#page) return;
      this.#page = page;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
  }

  hostUpdate(): void {
    const theme = this.#theme();
    this.scheme = theme === 'dark' || theme === 'light' ? theme : this.#page;
  }
}
