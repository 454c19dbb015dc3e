/**
 * French, the widgets' default language, built into the library. Typography as
 * the ANCT report writes it: a no-break space before ":", "«»" quotation marks,
 * "593,3 M€", "1,2 %".
 */
import type { Flow } from '../contract.ts';
import type { Translation } from './translation.ts';

const NO_BREAK_SPACE = '\u00a0';
const NARROW_NO_BREAK_SPACE = '\u202f';

const UNIT_WORDS = { M: "millions d'euros", k: "milliers d'euros", '': 'euros' };

/** "exportation" → "exportations", for the flows' names in sentences. */
const flowNoun: Record<Flow, string> = { export: 'exportation', import: 'importation' };

/** "1 pays", "2 pays"; "1 autre", "2 autres": French plural of a regular word. */
const plural = (count: number, word: string) => (count > 1 ? `${word}s` : word);

/** "Territoires d'industrie du département", "… de la région". */
const INDUSTRY_OF = { department: 'du département', region: 'de la région', france: 'de France' };

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
  ordinal: (rank) => (rank === 1 ? '1er' : `${rank}e`),
  countryName: () => undefined,
  common: {
    loading: 'Chargement des données…',
    errorTitle: "Impossible d'afficher ce graphique",
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
  },
  errors: {
    http: (status, statusText) => `Le serveur a répondu HTTP ${status}${statusText ? ` (${statusText})` : ''}.`,
    network: 'Le réseau n’a pas permis de charger les données.',
    timeout: (seconds) => `Le chargement a dépassé le délai de ${seconds} s.`,
    tooLarge: (megabytes) => `Le fichier dépasse la taille maximale autorisée (${megabytes} Mo).`,
    json: (detail) => `Le fichier n’est pas du JSON valide${detail ? ` (${detail})` : ''}.`,
    schema: (field, problem) => `Données invalides : le champ « ${field} » ${problem}.`,
    notFound: (field, problem) => `Données introuvables : « ${field} » ${problem}.`,
    input: (field, problem) => `Attribut invalide : « ${field} » ${problem}.`,
    root: '(racine)',
    url: 'Adresse : ',
  },
  problems: {
    empty: 'est vide',
    missing: 'est absent',
    type: 'n’a pas le bon type (attendu : $e ; trouvé : $f)',
    'schema-version': 'a une version non prise en charge ($f ; versions lues : $e)',
    enum: 'a une valeur inattendue ($f ; attendu : $e)',
    'invalid-code': 'n’est pas un code valide',
    'empty-label': 'est un libellé vide',
    'label-too-long': 'dépasse $e caractères',
    negative: 'est négatif',
    'not-finite': 'n’est pas un nombre fini',
    'not-integer': 'n’est pas un nombre entier d’euros',
    'too-large': 'est trop grand',
    'unknown-code': 'renvoie à un code absent de « $e »',
    duplicate: 'est en double',
    'total-mismatch': '($f) n’est pas la somme des flux ($e)',
    'parent-smaller': 'est inférieur au total du territoire',
    'invalid-url': 'n’est pas une adresse http(s)',
    'too-many': 'a plus de $e éléments',
    'unknown-year': '$f n’existe pas dans les données (années disponibles : $e)',
    'unknown-territory': '$f n’existe pas dans les données',
    'no-territory': 'manque : indiquez department, region, level="france" ou src',
    mismatch: 'ne correspond pas à la demande (trouvé : $f ; attendu : $e)',
  },
  balance: {
    title: "Principaux pays à l'import et à l'export",
    shareOf: (flowName) => `Part des ${flowName.toLowerCase()}`,
    others: (count) => `Autres (${count} pays)`,
    empty: 'Aucun échange avec l’étranger n’est enregistré',
    notDrawn: (count) => `${count} ${plural(count, 'autre')} pays non ${plural(count, 'représenté')}`,
    main: (drawn, partners) =>
      `${drawn} ${drawn > 1 ? 'principaux' : 'principal'} pays ${plural(drawn, 'partenaire')} ` +
      `sur ${partners} ; premier partenaire`,
    total: 'Solde total',
  },
  treemap: {
    title: (flows) => `Principales activités à l'${flows.join(" et à l'")}`,
    none: (flow) => `aucune ${flowNoun[flow]}`,
    note: (flow, year) => `Aucune ${flowNoun[flow]} en ${year}`,
    empty: (flow, name, year) => {
      const nothing = flow ? `Aucune ${flowNoun[flow]} enregistrée` : 'Aucun échange de marchandises enregistré';
      return `${nothing} pour ${name} en ${year}.`;
    },
    others: (count) => `Autres (${count} produits)`,
    ofFlow: (flow) => `des ${flow}`,
    shareOf: (flow) => `Part des ${flow}`,
    ledBy: "d'abord",
    columns: ['Flux', 'Valeur', 'Part du flux'],
  },
  sankey: {
    title: (flow, kinds) => `Flux à l'${flow}${kinds ? ` par ${kinds.join(' et par ')}` : ''}`,
    total: (flow) => `Total des ${flow}`,
    amountOf: (flow) => `d'${flow}`,
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
  summary: {
    title: 'Chiffres clés du commerce extérieur',
    balance: 'Solde commercial',
    verdict: ['Déficit', 'Équilibre', 'Excédent'],
    shareOf: (flow, where) => `des ${flow.toLowerCase()} de ${where}`,
    region: (name) => `la région ${name}`,
    france: 'la France',
    since: (year) => `par rapport à ${year}`,
    rank: (rank, of, level) =>
      `${rank === 1 ? '1er' : `${rank}e`} ${level === 'region' ? 'région' : 'département'} sur ${of}`,
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
    title: 'Les indicateurs clés : commerce extérieur',
    year: 'Année',
    sections: {
      intro: 'Introduction',
      industry: (level) => `Territoires d’industrie ${INDUSTRY_OF[level]}`,
      method: 'Précisions méthodologiques',
      balance: 'Balance commerciale territoriale',
      activities: 'Activités',
      figures: 'Chiffres clés',
    },
  },
};
