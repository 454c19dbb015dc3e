/**
 * `<trade-partner>`'s texts in English, in the element's folder: they are part of its cost,
 * not of the translations every element loads (src/data/i18n/en.ts composes them).
 */
import { ordinal } from '../../data/i18n/grammar.en.ts';
import type { PartnerTexts } from './texts.ts';

const partner: PartnerTexts = {
  title: 'Exposure to a partner country',
  picker: 'Partner country',
  choose: 'Choose a country',
  prompt: 'Choose a partner country in the list',
  noTrade: (country) => `No trade with this country: ${country}`,
  franceInSentence: 'France as a whole',
  rank: (flow, rank, of) => `${ordinal(rank)} ${flow === 'export' ? 'destination' : 'supplier'} of ${of}`,
  noFlow: { export: 'no exports', import: 'no imports' },
  shareHead: { export: 'Country’s share of exports', import: 'Country’s share of imports' },
  productHead: { export: 'Products exported to this country', import: 'Products imported from this country' },
  gaugeHead: { export: 'Share exported to it', import: 'Share imported from it' },
  exposure: {
    export: 'Share of the product’s exports going to this country',
    import: 'Share of the product’s imports coming from this country',
  },
  exposureOf: (place) => `Same share, ${place}`,
  shareOf: (place) => `Country’s share, ${place}`,
  item: 'Trade and products',
  value: 'Value',
  flow: 'Flow',
  tradeRow: 'Trade with the country',
  otherProducts: (count) => `Other products (${count})`,
  shareClause: (flow, own, others) =>
    `${own} of the territory’s ${flow === 'export' ? 'exports' : 'imports'}` +
    others.map(({ place, share }, index) => `${index ? ' and' : ', against'} ${share} for ${place}`).join(''),
  productClause: (flow, product, exposure) =>
    flow === 'export'
      ? `first product exported: ${product}, ${exposure} of whose exports go to this country`
      : `first product imported: ${product}, ${exposure} of whose imports come from this country`,
  caption:
    'For each product, the gauge shows the share of its trade done with this country, from 0 to 100%; ' +
    'the vertical tick marks the same share for France as a whole.',
};

export default partner;
