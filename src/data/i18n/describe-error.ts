import type { Problem, TradeError } from '../errors.ts';
import { formatDecimal } from '../format.ts';
import type { ErrorTranslation, Translation } from './translation.ts';

/** Limits an error message may quote: the element's timeout and the loader's size limit. */
export interface ErrorContext {
  timeoutMs: number;
  maxBytes: number;
}

/** What an `errors.<lang>.ts` module gives: the sentence for an error, in its language. */
export interface ErrorDescriber {
  describe(error: TradeError, t: Translation, context: ErrorContext): string;
}

/** Makes a language's describer from its messages (each `errors.<lang>.ts` module calls it). */
export function describer({ errors, problems }: ErrorTranslation): ErrorDescriber {
  return {
    /** The visible sentence for an error: what failed, in the reader's language. */
    describe(error, t, context) {
      switch (error.kind) {
        case 'http':
          return errors.http(error.status ?? 0, error.statusText);
        case 'network':
          return errors.network;
        case 'timeout':
          return errors.timeout(formatDecimal(context.timeoutMs / 1000, t));
        case 'too-large':
          return errors.tooLarge(formatDecimal(context.maxBytes / 1e6, t));
        case 'json':
          return errors.json(error.detail);
        case 'schema':
        case 'not-found':
        case 'input': {
          const problem = error.problem;
          if (!problem) return error.message;
          const field = problem.path || errors.root;
          const text = phrase(problems[problem.code], problem);
          if (error.kind === 'schema') return errors.schema(field, text);
          return error.kind === 'not-found' ? errors.notFound(field, text) : errors.input(field, text);
        }
      }
    },
  };
}

/** Fills a problem phrase: `$f` is what was found, `$e` what was expected; an unplaced found value goes in brackets. */
function phrase(template: string, problem: Problem): string {
  const text = template.replace('$e', problem.expected ?? '').replace('$f', problem.found ?? '');
  return problem.found !== undefined && !template.includes('$f') ? `${text} (${problem.found})` : text;
}
