/**
 * `<trade-trend>`'s texts in English, in the element's folder: they are part of its cost,
 * not of the translations every element loads (src/data/i18n/en.ts composes them).
 */
import type { TrendTexts } from './texts.ts';

const trend: TrendTexts = {
  title: 'Exports and imports over time',
  partnersTitle: (flow) => `Top five ${flow === 'export' ? 'customer' : 'supplier'} countries over time`,
  productsTitle: (flow) => `Top five ${flow === 'export' ? 'exported' : 'imported'} products over time`,
  period: (year, quarter) => (quarter ? `Q${quarter} ${year}` : String(year)),
  periodHeading: { quarter: 'Quarter', year: 'Year' },
  oneYear: 'over one year',
  fiveYears: 'over five years',
  since: (period) => `since ${period}`,
  missing: 'missing data',
  missingCaption: (count, periods) =>
    `${count} period${count > 1 ? 's' : ''} missing from the data, not drawn: ${periods}.`,
  empty: 'No value in the series',
  span: (from, to, period) => `from ${from} to ${to}, by ${period}`,
  shareOf: (flowName) => `Share of total ${flowName.toLowerCase()}`,
};

export default trend;
