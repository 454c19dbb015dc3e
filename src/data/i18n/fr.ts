/**
 * French, the widgets' default language, built into the library. Typography as
 * the ANCT report writes it: a no-break space before ":", "«»" quotation marks,
 * "593,3 M€", "1,2 %".
 */
import type { Flow } from '../contract.ts';
import { NO_BREAK_SPACE, ordinal, plural } from './grammar.fr.ts';
import type { Translation } from './translation.ts';
import partnerTexts from '../../components/trade-partner/texts.fr.ts';
import mapTexts from '../../components/trade-map/texts.fr.ts';
import trendTexts from '../../components/trade-trend/texts.fr.ts';

const NARROW_NO_BREAK_SPACE = '\u202f';

const UNIT_WORDS = { M: 'millions d’euros', k: 'milliers d’euros', '': 'euros' };

/** "exportation" → "exportations", for the flows' names in sentences. */
const flowNoun: Record<Flow, string> = { export: 'exportation', import: 'importation' };

/** A level's noun, and its gender, with which an ordinal agrees: « 1er département », « 1re région ». */
const LEVEL_NOUN = { department: 'département', region: 'région', france: 'pays' };
const LEVEL_GENDER = { department: 'masculine', region: 'feminine', france: 'masculine' } as const;

export const fr: Translation = {
  lang: 'fr',
  numbers: {
    intl: 'fr-FR',
    space: NARROW_NO_BREAK_SPACE,
    amount: (digits, unit) => `${digits}${NO_BREAK_SPACE}${unit}€`,
    amountInWords: (digits, unit) => `${digits}${NO_BREAK_SPACE}${UNIT_WORDS[unit]}`,
  },
  csv: { separator: ';', decimalMark: ',' },
  quote: (text) => `«${NO_BREAK_SPACE}${text}${NO_BREAK_SPACE}»`,
  colon: `${NO_BREAK_SPACE}: `,
  listSeparator: ' ; ',
  ordinal,
  countryName: () => undefined,
  productName: () => undefined,
  common: {
    loading: 'Chargement des données…',
    errorTitle: 'Impossible d’afficher ce graphique',
    errorUrl: 'Adresse : ',
    demo: 'Données de démonstration (simulées)',
    sourcePrefix: 'Source : ',
    showData: 'Voir les données',
    hideData: 'Masquer les données',
    download: 'Télécharger',
    downloadCsv: 'Les données (CSV)',
    downloadSvg: 'L’image (SVG)',
    downloadPng: 'L’image (PNG)',
    downloadFailed: 'Le téléchargement a échoué : ',
    total: 'Total',
    others: 'Autres',
    flow: { export: 'Exportations', import: 'Importations' },
    flowAdjective: { export: 'exportée', import: 'importée' },
    balance: 'Solde',
    country: 'Pays',
    product: 'Produit',
    france: 'France entière',
    regionOf: (name) => `la région ${name}`,
    untranslated: '',
    monacoNote: (region, monaco) =>
      monaco
        ? `Monaco n’est pas un département français : comme dans les statistiques des Douanes, ses échanges sont ` +
          `comptés dans ceux de la région ${region}.`
        : `Comme dans les statistiques des Douanes, les échanges de la région comprennent ceux de Monaco.`,
  },
  balance: {
    title: 'Principaux pays à l’import et à l’export',
    shareOf: (flowName) => `Part des ${flowName.toLowerCase()}`,
    others: (count) => `Autres (${count} pays)`,
    empty: 'Aucun échange avec l’étranger n’est enregistré',
    notDrawn: (count) => `${count} ${plural(count, 'autre')} pays non ${plural(count, 'représenté')}`,
    main: (drawn, partners) =>
      `${drawn} ${drawn > 1 ? 'principaux' : 'principal'} pays ${plural(drawn, 'partenaire')} ` +
      `sur ${partners} ; premier partenaire`,
    total: 'Solde total',
  },
  partner: partnerTexts,
  treemap: {
    title: (flows) => `Principales activités à l’${flows.join(' et à l’')}`,
    none: (flow) => `aucune ${flowNoun[flow]}`,
    note: (flow, year) => `Aucune ${flowNoun[flow]} en ${year}`,
    empty: (flow, name, year) => {
      const nothing = flow ? `Aucune ${flowNoun[flow]} enregistrée` : 'Aucun échange de marchandises enregistré';
      return `${nothing} pour ${name} en ${year}.`;
    },
    others: (count) => `Autres (${count} produits)`,
    ofFlow: (flow) => `des ${flow}`,
    shareOf: (flow) => `Part des ${flow}`,
    ledBy: 'd’abord',
    columns: ['Flux', 'Valeur', 'Part du flux'],
  },
  trend: trendTexts,
  sankey: {
    title: (flow, kinds) => `Flux à l’${flow}${kinds ? ` par ${kinds.join(' et par ')}` : ''}`,
    inValue: (year) => `en valeur, ${year}`,
    total: (flow) => `Total des ${flow}`,
    amountOf: (flow) => `d’${flow}`,
    share: (share, adjective, where) => `soit ${share} de la valeur ${adjective} ${where}`,
    byRegion: (region) => `par ${region}`,
    national: 'au niveau national',
    empty: (flow, name, year) => `Aucune ${flowNoun[flow]} enregistrée pour ${name} en ${year}`,
    direction: { export: 'vers', import: 'depuis' },
    top: (count) => (count > 1 ? `Les ${count} principaux flux` : 'Le principal flux'),
    inRed: ', en rouge',
    others: (kind, count) => `Autres ${kind === 'product' ? 'produits' : 'pays'} (${count})`,
    kind: { product: ['produit', 'produits'], country: ['pays', 'pays'] },
    gathers: 'Regroupe',
    value: 'Valeur',
    shareOf: (what) => `Part du ${what}`,
    ofTotal: 'du total',
    totalWord: 'total',
  },
  map: mapTexts,
  summary: {
    title: 'Chiffres clés du commerce extérieur',
    balance: 'Solde commercial',
    verdict: ['Déficit', 'Équilibre', 'Excédent'],
    shareOf: (flow, where) => `des ${flow.toLowerCase()} de ${where}`,
    region: (name) => `la région ${name}`,
    france: 'la France',
    since: (year) => `par rapport à ${year}`,
    rank: (rank, of, level) => `${ordinal(rank, LEVEL_GENDER[level])} ${LEVEL_NOUN[level]} sur ${of}`,
    rankCell: (rank, of, level) => `${ordinal(rank, LEVEL_GENDER[level])} / ${of}`,
    columns: {
      figure: 'Indicateur',
      value: 'Valeur',
      regionShare: 'Part de la région',
      franceShare: 'Part de la France',
      changeSince: (year) => `Évolution depuis ${year}`,
      rank: 'Rang',
    },
    empty: 'Aucun échange enregistré',
  },
  report: {
    title: `Les indicateurs clés${NO_BREAK_SPACE}: commerce extérieur`,
  },
};
