/**
 * English, as a translation module: `lang="en"` widgets load it from next to the
 * script (translations/en.js) the first time they need it, so French pages never
 * download it. It registers a table for the base and one per element; each table
 * has the type of the element's French one.
 */
import type { Flow, Rank } from '../data/contract.ts';
import { formatRank } from '../data/format.ts';
import type { Messages } from '../data/i18n.ts';
import { registerTranslation } from '../data/translations.ts';
import type { BalanceText } from '../components/trade-balance/trade-balance.ts';
import type { ReportText } from '../components/trade-report/trade-report.ts';
import type { SankeyText } from '../components/trade-sankey/trade-sankey.ts';
import type { SummaryText } from '../components/trade-summary/trade-summary.ts';
import type { TreemapText } from '../components/trade-treemap/trade-treemap.ts';

const countries = (n: number) => (n > 1 ? 'countries' : 'country');

/** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th, 21st. */
const ordinal = (n: number) => {
  const t = n % 100;
  const u = n % 10;
  return `${n}${t >= 11 && t <= 13 ? 'th' : u === 1 ? 'st' : u === 2 ? 'nd' : u === 3 ? 'rd' : 'th'}`;
};

/**
 * The English name of an ISO country code; DGDDI's own codes (QU, XS, XK…, which
 * Intl would misname: QU is "European Union" there) keep their DGDDI label.
 */
const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }) : undefined;
const countryName = (code: string) => (/^[A-PR-WYZ][A-Z]$/.test(code) ? names?.of(code) : undefined);

const longUnits = { M: 'million euros', k: 'thousand euros', '': 'euros' };

const base: Messages = {
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
  france: 'France',
  regionOf: (name: string) => `the ${name} region`,
  export: 'Exports',
  import: 'Imports',
  balance: 'Balance',
  country: 'Country',
  product: 'Product',
  flowAdj: { export: 'exported', import: 'imported' },
  error: {
    http: (status, text) => `The server answered HTTP ${status}${text ? ` (${text})` : ''}.`,
    network: 'The network did not allow the data to load.',
    timeout: (s) => `Loading took longer than ${s} s.`,
    tooLarge: (mb) => `The file is larger than the allowed maximum (${mb} MB).`,
    json: (detail) => `The file is not valid JSON${detail ? ` (${detail})` : ''}.`,
    schema: (field, problem) => `Invalid data: the field “${field}” ${problem}.`,
    notFound: (field, problem) => `Data not found: “${field}” ${problem}.`,
    input: (field, problem) => `Invalid attribute: “${field}” ${problem}.`,
    root: '(root)',
    url: 'URL: ',
  },
  problem: {
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
};

const balance: BalanceText = {
  sep: ': ',
  title: 'Main partner countries for imports and exports',
  share: 'Share of ',
  others: (n: number) => `Others (${n} ${countries(n)})`,
  empty: 'No foreign trade is recorded',
  rest: (n: number) => `${n} other ${countries(n)} not shown`,
  main: (n: number, all: number) => `${n} main partner ${countries(n)} out of ${all}; first partner`,
  total: 'Overall balance',
};

const treemap: TreemapText = {
  title: (flows: Flow[]) => `Main activities ${flows.map((f) => `${f}ed`).join(' and ')}`,
  none: (f: Flow) => `no ${f}s`,
  note: (f: Flow, year: number) => `No ${f}s in ${year}`,
  empty: (f: Flow | false, name: string, year: number) => `No ${f ? `${f}s` : 'trade in goods'} recorded for ${name} in ${year}.`,
  others: (n: number) => `Others (${n} products)`,
  of: 'of ',
  share: 'Share of ',
  led: 'led by',
  sep: ': ',
  semi: '; ',
  columns: ['Flow', 'Value', 'Share of flow'],
};

const sankey: SankeyText = {
  title: (f: Flow, kinds?: string[]) => `${f[0].toUpperCase()}${f.slice(1)} flows${kinds ? ` by ${kinds.join(' and ')}` : ''}`,
  colon: ': ',
  total: 'Total ',
  of: 'of ',
  share: (s: string, adj: string, where: string) => `${s} of the value ${adj} ${where}`,
  region: 'by ',
  national: 'nationally',
  empty: (f: Flow, name: string, year: number) => `No ${f}s recorded for ${name} in ${year}`,
  to: { export: 'to', import: 'from' },
  top: (n: number) => (n > 1 ? `The ${n} largest flows` : 'The largest flow'),
  inRed: ', in red',
  other: 'Other',
  plural: { product: 'products', country: 'countries' },
  gathers: 'Gathers',
  value: 'Value',
  part: 'Share of the ',
  ofThe: ' of the ',
};

const summary: SummaryText = {
  title: 'Foreign trade key figures',
  balance: 'Trade balance',
  words: ['Deficit', 'Balanced', 'Surplus'],
  of: (flow: string, where: string) => `of ${where}'s ${flow.toLowerCase()}`,
  region: 'the region of ',
  france: 'France',
  since: 'on ',
  colon: ': ',
  rank: (r: Rank, region: boolean) => `${formatRank(r.rank, 'en')} of ${r.of} ${region ? 'regions' : 'departments'}`,
  cols: ['Figure', 'Value', 'Share of the region', 'Share of France', 'Change since ', 'Rank'],
  empty: 'No trade recorded',
};

const report: ReportText = {
  title: 'Key indicators: foreign trade',
  year: 'Year',
  intro: 'Introduction',
  industry: 'Territoires d’industrie of the department',
  method: 'Method notes',
  balance: 'Trade balance by country',
  activities: 'Activities',
  figures: 'Key figures',
};

registerTranslation('en', { base, balance, treemap, sankey, summary, report, ordinal, countryName, longUnits });
