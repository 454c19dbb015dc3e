/**
 * English, loaded on demand: `lang="en"` widgets fetch this module from next to the
 * script the first time they need it, so French pages never download it.
 * Typography: “” quotation marks, "€593.3M", "1.2%", a CSV with "," and a decimal point.
 */
import { PRODUCT_NAMES_EN } from './products.en.ts';
import { countries, ordinal } from './grammar.en.ts';
import type { Translation } from './translation.ts';
import partnerTexts from '../../components/trade-partner/texts.en.ts';
import mapTexts from '../../components/trade-map/texts.en.ts';
import trendTexts from '../../components/trade-trend/texts.en.ts';

const NO_BREAK_SPACE = '\u00a0';

const UNIT_WORDS = { M: 'million euros', k: 'thousand euros', '': 'euros' };

/**
 * English country names: the browser's own table for ISO 3166 codes, and ours for
 * DGDDI's own codes (QU, QS, XC…), which are in ISO's "user-assigned" ranges (AA,
 * QM–QZ, XA–XZ, ZZ) and which `Intl` would misname (QU is "European Union" there).
 * A code in none of them keeps the data file's French label.
 */
const regionNames =
  typeof Intl.DisplayNames === 'function'
    ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
    : undefined;
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;
const DGDDI_COUNTRIES: Readonly<Record<string, string>> = {
  QP: 'High seas',
  QQ: 'Adjustments',
  QR: 'Stores and provisions, intra-EU trade',
  QS: 'Stores and provisions, trade with non-EU countries',
  QU: 'Countries and territories not specified',
  QV: 'Countries and territories not specified, intra-EU trade',
  QW: 'Countries and territories not specified, trade with non-EU countries',
  XC: 'Ceuta',
  XK: 'Kosovo',
  XL: 'Melilla',
  XS: 'Serbia',
};

function countryName(code: string): string | undefined {
  if (USER_ASSIGNED.test(code)) return DGDDI_COUNTRIES[code];
  return /^[A-Z]{2}$/.test(code) ? regionNames?.of(code) : undefined;
}

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
  countryName,
  productName: (code) => PRODUCT_NAMES_EN[code],
  common: {
    loading: 'Loading data…',
    errorTitle: 'This chart cannot be shown',
    errorUrl: 'URL: ',
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
    untranslated: '(French name)',
    monacoNote: (region, monaco) =>
      monaco
        ? `Monaco is not a French department: as in the Customs statistics, its trade is counted in that of ` +
          `the ${region} region.`
        : 'As in the Customs statistics, the region’s trade includes that of Monaco.',
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
  partner: partnerTexts,
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
  trend: trendTexts,
  sankey: {
    title: (flow, kinds) => `${capitalised(flow)} flows${kinds ? ` by ${kinds.join(' and ')}` : ''}`,
    inValue: (year) => `by value, ${year}`,
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
  map: mapTexts,
  summary: {
    title: 'Foreign trade key figures',
    balance: 'Trade balance',
    verdict: ['Deficit', 'Balanced', 'Surplus'],
    shareOf: (flow, where) => `of ${where}’s ${flow.toLowerCase()}`,
    region: (name) => `the ${name} region`,
    france: 'France',
    since: (year) => `on ${year}`,
    rank: (rank, of, level) => `${ordinal(rank)} of ${of} ${level === 'region' ? 'regions' : 'departments'}`,
    rankCell: (rank, of) => `${ordinal(rank)} / ${of}`,
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
  },
};

export default en;
