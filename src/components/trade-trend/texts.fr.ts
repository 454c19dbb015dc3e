/**
 * `<trade-trend>`'s texts in French, in the element's folder: they are part of its cost,
 * not of the translations every element loads (src/data/i18n/fr.ts composes them).
 */
import type { TrendTexts } from './texts.ts';

const trend: TrendTexts = {
  title: 'Évolution des exportations et des importations',
  partnersTitle: (flow) => `Évolution des cinq premiers pays ${flow === 'export' ? 'clients' : 'fournisseurs'}`,
  productsTitle: (flow) => `Évolution des cinq premiers produits ${flow === 'export' ? 'exportés' : 'importés'}`,
  period: (year, quarter) => (quarter ? `T${quarter} ${year}` : String(year)),
  periodHeading: { quarter: 'Trimestre', year: 'Année' },
  oneYear: 'sur un an',
  fiveYears: 'sur cinq ans',
  since: (period) => `depuis ${period}`,
  missing: 'donnée manquante',
  missingCaption: (count, periods) => {
    const s = count > 1 ? 's' : '';
    return `${count} période${s} manquante${s} dans les données, non représentée${s}\u00a0: ${periods}.`;
  },
  empty: 'Aucune valeur dans la série',
  span: (from, to, period) => `de ${from} à ${to}, par ${period === 'quarter' ? 'trimestre' : 'année'}`,
  shareOf: (flowName) => `Part du total des ${flowName.toLowerCase()}`,
};

export default trend;
