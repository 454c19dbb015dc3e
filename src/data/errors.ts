/**
 * Typed errors for everything that can go wrong between a URL and a chart.
 * Each carries what a person needs to fix it: the URL, the HTTP status, or the
 * field and the problem. Widgets turn them into a visible, localised message.
 */

export type TradeErrorKind =
  | 'http' // the server answered with a non-2xx status
  | 'network' // fetch failed (offline, DNS, CORS)
  | 'timeout' // no complete answer in time
  | 'too-large' // the response exceeds the size limit
  | 'json' // the body is not JSON
  | 'schema' // JSON that does not follow the data contract
  | 'not-found' // the territory or year does not exist in the data
  | 'input'; // the element's own attributes are wrong (unknown department code…)

/** A problem found by the validator, with the path of the faulty field. */
export type ProblemCode =
  | 'empty'
  | 'missing'
  | 'type'
  | 'schema-version'
  | 'enum'
  | 'invalid-code'
  | 'empty-label'
  | 'label-too-long'
  | 'negative'
  | 'not-finite'
  | 'not-integer'
  | 'too-large'
  | 'unknown-code'
  | 'duplicate'
  | 'total-mismatch'
  | 'parent-smaller'
  | 'invalid-url'
  | 'too-many'
  // Request problems (kinds 'not-found' and 'input'):
  | 'unknown-year'
  | 'unknown-territory'
  | 'no-territory'
  | 'mismatch';

export interface Problem {
  code: ProblemCode;
  /** JSON path of the field, e.g. `flows.export[12][2]`. */
  path: string;
  /** What was expected (a type, a list, a number). */
  expected?: string;
  /** What was found, shortened. */
  found?: string;
}

export interface TradeErrorInit {
  url?: string;
  status?: number;
  statusText?: string;
  problem?: Problem;
  /** Extra detail for 'not-found' and 'input' errors. */
  detail?: string;
  cause?: unknown;
}

export class TradeError extends Error {
  override readonly name = 'TradeError';
  readonly kind: TradeErrorKind;
  readonly url?: string;
  readonly status?: number;
  readonly statusText?: string;
  readonly problem?: Problem;
  readonly detail?: string;

  constructor(kind: TradeErrorKind, init: TradeErrorInit = {}) {
    const { cause, ...fields } = init;
    super(englishMessage(kind, init), cause === undefined ? undefined : { cause });
    this.kind = kind;
    Object.assign(this, fields);
  }
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** The developer-facing message (console, `error.message`); the UI has its own, localised. */
function englishMessage(kind: TradeErrorKind, init: TradeErrorInit): string {
  const { problem } = init;
  const what = problem
    ? ` at ${problem.path || '(root)'}: ${problem.code}${problem.found !== undefined ? ` (${problem.found})` : ''}`
    : init.status
      ? ` ${init.status}`
      : init.detail
        ? `: ${init.detail}`
        : '';
  return `${kind}${what}${init.url ? ` — ${init.url}` : ''}`;
}
