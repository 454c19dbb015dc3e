/**
 * English, loaded on demand: `lang="en"` widgets fetch this module from next to the
 * script the first time they need it, so French pages never download it.
 * Typography: “” quotation marks, "€593.3M", "1.2%", a CSV with "," and a decimal point.
 */
import type { Translation } from './translation.ts';

const NO_BREAK_SPACE = '\u00a0';

const UNIT_WORDS = { M: 'million euros', k: 'thousand euros', '': 'euros' };

const countries = (count: number) => (count > 1 ? 'countries' : 'country');

/** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th, 21st. */
function ordinal(rank: number): string {
  const lastTwo = rank % 100;
  const last = rank % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${rank}${suffix}`;
}

/**
 * English country names from the browser's own table, for ISO 3166 codes only:
 * DGDDI's own codes (QU, QV, XK…) keep their DGDDI label, which `Intl` would
 * misname (QU is "European Union" there).
 */
const regionNames =
  typeof Intl.DisplayNames === 'function'
    ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
    : undefined;
const ISO_CODE = /^[A-PR-WYZ][A-Z]$/;

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);

const en: Translation = {
  lang: 'en',
  numbers: {
    intl: 'en-GB',
    amount: (digits, unit) => `€${digits}${unit}`,
    amountInWords: (digits, unit) => `${digits}${NO_BREAK_SPACE}${UNIT_WORDS[unit]}`,
  },
  csv: { separator: ',', decimalMark: '.' },
  quote: (text) => `“${text}”`,
  colon: ': ',
  listSeparator: '; ',
  ordinal,
  countryName: (code) => (ISO_CODE.test(code) ? regionNames?.of(code) : undefined),
  common: {
    loading: 'Loading data…',
    errorTitle: 'This chart cannot be shown',
    demo: 'Demonstration data (simulated)',
    sourcePrefix: 'Source: ',
    showData: 'Show the data',
    hideData: 'Hide the data',
    download: 'Download',
    downloadCsv: 'The data (CSV)',
    downloadSvg: 'The image (SVG)',
    downloadPng: 'The image (PNG)',
    downloadFailed: 'The download failed: ',
    total: 'Total',
    others: 'Others',
    flow: { export: 'Exports', import: 'Imports' },
    flowAdjective: { export: 'exported', import: 'imported' },
    balance: 'Balance',
    country: 'Country',
    product: 'Product',
    france: 'France',
    regionOf: (name) => `the ${name} region`,
  },
  errors: {
    http: (status, statusText) => `The server answered HTTP ${status}${statusText ? ` (${statusText})` : ''}.`,
    network: 'The network did not allow the data to load.',
    timeout: (seconds) => `Loading took longer than ${seconds} s.`,
    tooLarge: (megabytes) => `The file is larger than the allowed maximum (${megabytes} MB).`,
    json: (detail) => `The file is not valid JSON${detail ? ` (${detail})` : ''}.`,
    schema: (field, problem) => `Invalid data: the field “${field}” ${problem}.`,
    notFound: (field, problem) => `Data not found: “${field}” ${problem}.`,
    input: (field, problem) => `Invalid attribute: “${field}” ${problem}.`,
    root: '(root)',
    url: 'URL: ',
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
    'parent-smaller': "is smaller than the territory's own total",
    'invalid-url': 'is not an http(s) URL',
    'too-many': 'has more than $e items',
    'unknown-year': '$f is not in the data (years available: $e)',
    'unknown-territory': '$f is not in the data',
    'no-territory': 'is missing: set department, region, level="france" or src',
    mismatch: 'does not match the request (found $f; expected $e)',
  },
  balance: {
    title: 'Main partner countries for imports and exports',
    shareOf: (flowName) => `Share of ${flowName.toLowerCase()}`,
    others: (count) => `Others (${count} ${countries(count)})`,
    empty: 'No foreign trade is recorded',
    notDrawn: (count) => `${count} other ${countries(count)} not shown`,
    main: (drawn, partners) => `${drawn} main partner ${countries(drawn)} out of ${partners}; first partner`,
    total: 'Overall balance',
  },
  treemap: {
    title: (flows) => `Main activities ${flows.map((flow) => `${flow}ed`).join(' and ')}`,
    none: (flow) => `no ${flow}s`,
    note: (flow, year) => `No ${flow}s in ${year}`,
    empty: (flow, name, year) => `No ${flow ? `${flow}s` : 'trade in goods'} recorded for ${name} in ${year}.`,
    others: (count) => `Others (${count} products)`,
    ofFlow: (flow) => `of ${flow}`,
    shareOf: (flow) => `Share of ${flow}`,
    ledBy: 'led by',
    columns: ['Flow', 'Value', 'Share of flow'],
  },
  sankey: {
    title: (flow, kinds) => `${capitalised(flow)} flows${kinds ? ` by ${kinds.join(' and ')}` : ''}`,
    total: (flow) => `Total ${flow}`,
    amountOf: (flow) => `of ${flow}`,
    share: (share, adjective, where) => `${share} of the value ${adjective} ${where}`,
    byRegion: (region) => `by ${region}`,
    national: 'nationally',
    empty: (flow, name, year) => `No ${flow}s recorded for ${name} in ${year}`,
    direction: { export: 'to', import: 'from' },
    top: (count) => (count > 1 ? `The ${count} largest flows` : 'The largest flow'),
    inRed: ', in red',
    others: (kind, count) => `Other ${kind === 'product' ? 'products' : 'countries'} (${count})`,
    kind: { product: ['product', 'products'], country: ['country', 'countries'] },
    gathers: 'Gathers',
    value: 'Value',
    shareOf: (what) => `Share of the ${what}`,
    ofTotal: 'of the total',
    totalWord: 'total',
  },
  summary: {
    title: 'Foreign trade key figures',
    balance: 'Trade balance',
    verdict: ['Deficit', 'Balanced', 'Surplus'],
    shareOf: (flow, where) => `of ${where}'s ${flow.toLowerCase()}`,
    region: (name) => `the region of ${name}`,
    france: 'France',
    since: (year) => `on ${year}`,
    rank: (rank, of, level) => `${ordinal(rank)} of ${of} ${level === 'region' ? 'regions' : 'departments'}`,
    columns: {
      figure: 'Figure',
      value: 'Value',
      regionShare: 'Share of the region',
      franceShare: 'Share of France',
      changeSince: (year) => `Change since ${year}`,
      rank: 'Rank',
    },
    empty: 'No trade recorded',
  },
  report: {
    title: 'Key indicators: foreign trade',
    year: 'Year',
    sections: {
      intro: 'Introduction',
      industry: (level) => `Territoires d’industrie of the ${level === 'france' ? 'country' : level}`,
      method: 'Method notes',
      balance: 'Trade balance by country',
      activities: 'Activities',
      figures: 'Key figures',
    },
  },
};

export default en;
