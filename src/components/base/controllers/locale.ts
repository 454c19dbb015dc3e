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
  readonly #prepare?: (lang: Lang) => Promise<unknown> | undefined;
  /** Whether the language was read at least once (the first read also prepares the default language). */
  #resolved = false;

  /**
   * `prepare` loads what the widget itself needs in a language besides its
   * translation (the report's texts): the widget switches to the language when
   * both are there, so that it never shows two languages at once.
   */
  constructor(host: ReactiveControllerHost & Element, prepare?: (lang: Lang) => Promise<unknown> | undefined) {
    this.#host = host;
    this.#prepare = prepare;
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
    if (this.#resolved && lang === this.lang) return;
    this.#resolved = true;
    this.lang = lang;
    const loaded = translationIfLoaded(lang);
    const prepared = this.#prepare?.(lang);
    if (loaded && !prepared) {
      this.t = loaded;
      this.ready = Promise.resolve();
      this.#host.requestUpdate();
      return;
    }
    this.ready = Promise.all([loaded ?? loadTranslation(lang), prepared]).then(([translation]) => {
      if (this.lang !== lang) return;
      this.t = translation;
      this.#host.requestUpdate();
    });
  }
}
