/**
 * `<trade-partner>`'s texts in French, in the element's folder: they are part of its cost,
 * not of the translations every element loads (src/data/i18n/fr.ts composes them).
 */
import { NO_BREAK_SPACE, ordinal } from '../../data/i18n/grammar.fr.ts';
import type { PartnerTexts } from './texts.ts';

const partner: PartnerTexts = {
  title: 'Exposition à un pays partenaire',
  picker: 'Pays partenaire',
  choose: 'Choisir un pays',
  prompt: 'Choisissez un pays partenaire dans la liste',
  noTrade: (country) => `Aucun échange avec ce pays${NO_BREAK_SPACE}: ${country}`,
  franceInSentence: 'la France entière',
  rank: (flow, rank, of) =>
    flow === 'export'
      ? `${ordinal(rank, 'feminine')} destination sur ${of}`
      : `${ordinal(rank, 'masculine')} fournisseur sur ${of}`,
  noFlow: { export: 'aucune exportation', import: 'aucune importation' },
  shareHead: { export: 'Part du pays dans les exportations', import: 'Part du pays dans les importations' },
  productHead: { export: 'Produits exportés vers ce pays', import: 'Produits importés de ce pays' },
  gaugeHead: { export: 'Part exportée vers ce pays', import: 'Part importée de ce pays' },
  exposure: {
    export: 'Part des exportations du produit vers ce pays',
    import: 'Part des importations du produit venant de ce pays',
  },
  exposureOf: (place) => `Même part, ${place}`,
  shareOf: (place) => `Part du pays, ${place}`,
  item: 'Échanges et produits',
  value: 'Valeur',
  flow: 'Flux',
  tradeRow: 'Échanges avec le pays',
  otherProducts: (count) => `Autres produits (${count})`,
  shareClause: (flow, own, others) =>
    `${own} des ${flow === 'export' ? 'exportations' : 'importations'} du territoire` +
    others.map(({ place, share }, index) => `${index ? ' et' : ', contre'} ${share} pour ${place}`).join(''),
  productClause: (flow, product, exposure) =>
    flow === 'export'
      ? `premier produit exporté${NO_BREAK_SPACE}: ${product}, dont ${exposure} des exportations vont à ce pays`
      : `premier produit importé${NO_BREAK_SPACE}: ${product}, ` +
        `dont ${exposure} des importations viennent de ce pays`,
  caption:
    'Pour chaque produit, la jauge donne la part de ses échanges faite avec ce pays, de 0 à 100 %\u00a0; ' +
    'le trait vertical marque la même part pour la France entière.',
};

export default partner;
