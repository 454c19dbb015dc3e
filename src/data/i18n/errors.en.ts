/**
 * English error messages, loaded on demand: only a widget that fails needs them.
 */
import { describer } from './describe-error.ts';

export default describer({
  errors: {
    http: (status, statusText) =>
      `The server answered HTTP ${status}${statusText ? ` (${statusText})` : ''}.` +
      // Most often, no data folder where the widget looked: say how to make one and point to it.
      (status === 404
        ? ' If the data folder is missing at this address, make it with “npm run data” and point to it' +
          ' with the base-url attribute (by default: the data/ folder next to the script).'
        : ''),
    network: 'The network did not allow the data to load.',
    timeout: (seconds) => `Loading took longer than ${seconds} s.`,
    tooLarge: (megabytes) => `The file is larger than the allowed maximum (${megabytes} MB).`,
    json: (detail) => `The file is not valid JSON${detail ? ` (${detail})` : ''}.`,
    schema: (field, problem) => `Invalid data: the field “${field}” ${problem}.`,
    notFound: (field, problem) => `Data not found: “${field}” ${problem}.`,
    input: (field, problem) => `Invalid attribute: “${field}” ${problem}.`,
    root: '(root)',
  },
  problems: {
    empty: 'is empty',
    missing: 'is missing',
    type: 'has the wrong type (expected $e, found $f)',
    'schema-version': 'has an unsupported version ($f; supported: $e)',
    enum: 'has an unexpected value ($f; expected $e)',
    'invalid-code': 'is not a valid code',
    'empty-label': 'is an empty label',
    'label-too-long': 'is longer than $e characters',
    negative: 'is negative',
    'not-finite': 'is not a finite number',
    'not-integer': 'is not a whole number of euros',
    'too-large': 'is too large',
    'unknown-code': 'refers to a code missing from “$e”',
    duplicate: 'is a duplicate',
    'total-mismatch': '($f) is not the sum of the flows ($e)',
    'parent-smaller': 'is smaller than the territory’s own total',
    'invalid-url': 'is not an http(s) URL',
    'too-many': 'has more than $e items',
    'unknown-year': '$f is not in the data (years available: $e)',
    'unknown-territory': '$f is not in the data',
    'no-territory': 'is missing: set department, region, level="france" or src',
    mismatch: 'does not match the request (found $f; expected $e)',
  },
});
