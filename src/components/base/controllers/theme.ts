/**
 * The colour scheme a widget draws in, as a reactive controller: `theme="light"`
 * or `"dark"` as asked; with `auto` (the default), DSFR's `data-fr-theme` on
 * `<html>`, then the system setting. It follows changes of either while the widget
 * is in the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageScheme, watchScheme, type Scheme } from '../environment.ts';

export class ThemeController implements ReactiveController {
  scheme: Scheme = 'light';

  readonly #host: ReactiveControllerHost;
  readonly #theme: () => string | undefined;
  #stopWatching?: () => void;

  /** `theme` reads the element's `theme` attribute. */
  constructor(host: ReactiveControllerHost, theme: () => string | undefined) {
    this.#host = host;
    this.#theme = theme;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopWatching = watchScheme(() => {
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
  }

  hostUpdate(): void {
    const theme = this.#theme();
    this.scheme = theme === 'dark' || theme === 'light' ? theme : pageScheme();
  }
}
