/**
 * Error messages are loaded the first time a widget fails, in its language (see
 * `errors.<lang>.ts`), once per page. If they cannot be loaded (the widget may
 * have failed because the network did), the widget says what failed in the
 * error's own words, which name the kind of failure, the URL and the field.
 */
import type { TradeError } from '../errors.ts';
import { lazy } from '../lazy.ts';
import type { ErrorContext, ErrorDescriber } from './describe-error.ts';
import type { Lang } from './languages.ts';
import type { Translation } from './translation.ts';

export type { ErrorContext } from './describe-error.ts';

const loaded = new Map<Lang, ErrorDescriber>();
const pending = new Map<Lang, Promise<unknown>>();

/** Loads a language's error messages once per page; resolves (never rejects) when they are there or have failed. */
export function loadErrorTexts(lang: Lang): Promise<unknown> {
  let promise = pending.get(lang);
  if (!promise) {
    promise = lazy<{ default: ErrorDescriber }>(`data/i18n/errors.${lang}`).then(
      (module) => loaded.set(lang, module.default),
      (error: unknown) => {
        pending.delete(lang);
        console.warn(`trade-widgets: the "${lang}" error messages could not be loaded`, error);
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}

/** The sentence for an error in the translation's language, or the error's own words until its messages are loaded. */
export function describeError(error: TradeError, t: Translation, context: ErrorContext): string {
  return loaded.get(t.lang)?.describe(error, t, context) ?? error.message;
}
