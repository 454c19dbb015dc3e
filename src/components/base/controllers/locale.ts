/**
 * The language a widget speaks, as a reactive controller: its own `lang`, else the
 * closest `lang` up the tree (across shadow roots). It follows changes at run
 * time: the element's own `lang` (the host calls `update()` from
 * `attributeChangedCallback`), and `lang` set anywhere in the page's light DOM, seen by
 * one MutationObserver shared by every widget. A language other than French is
 * loaded once; until then the widget keeps the language it had.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fr } from '../../../data/i18n/fr.ts';
import {
  loadTranslation,
  resolveLang,
  translationIfLoaded,
  type Lang,
  type Translation,
} from '../../../data/i18n/index.ts';

const listening = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchPage(controller: LocaleController): void {
  listening.add(controller);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const each of listening) each.update();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchPage(controller: LocaleController): void {
  listening.delete(controller);
  if (listening.size || !observer) return;
  observer.disconnect();
  observer = undefined;
}

export class LocaleController implements ReactiveController {
  /** The language asked for; `t` is its translation once loaded. */
  lang: Lang = fr.lang;
  t: Translation = fr;
  /** Resolves when `t` is the translation of `lang`. */
  ready: Promise<unknown> = Promise.resolve();

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchPage(this);
    this.update();
  }

  hostDisconnected(): void {
    unwatchPage(this);
  }

  /** Reads the language again; when it changed, loads it if needed and redraws the widget in it. */
  update(): void {
    const lang = resolveLang(this.#host);
    if (lang === this.lang) return;
    this.lang = lang;
    const loaded = translationIfLoaded(lang);
    if (loaded) {
      this.t = loaded;
      this.ready = Promise.resolve();
      this.#host.requestUpdate();
      return;
    }
    this.ready = loadTranslation(lang).then((translation) => {
      if (this.lang !== lang) return;
      this.t = translation;
      this.#host.requestUpdate();
    });
  }
}
