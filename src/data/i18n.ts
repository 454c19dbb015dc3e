/**
 * The shared UI text, French by default with English available. Each element keeps
 * its own chart-specific text next to it; what every element says lives here.
 */
import type { Level, Territory } from './contract.ts';
import type { Problem, TradeError } from './errors.ts';
import type { Locale } from './format.ts';

export type { Locale };

/** The element's locale: its own `lang`, else the closest `lang` up the tree, across shadow roots. */
export function resolveLocale(el: Element): Locale {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
      node = node.parentNode ?? null;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return 'fr';
}

const fr = {
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
  total: 'Total',
  others: 'Autres',
  othersCount: (n: number) => `Autres (${n})`,
  france: 'France entière',
  regionOf: (name: string) => `la région ${name}`,
  level: { department: 'Département', region: 'Région', france: 'France' } as Record<Level, string>,
  export: 'Exportations',
  import: 'Importations',
  balance: 'Solde',
  country: 'Pays',
  product: 'Produit',
  flowAdj: { export: 'exportée', import: 'importée' },
  selectHint: 'Entrée pour sélectionner',
  error: {
    http: (status: number, text?: string) => `Le serveur a répondu HTTP ${status}${text ? ` (${text})` : ''}.`,
    network: 'Le réseau n’a pas permis de charger les données.',
    timeout: (s: number) => `Le chargement a dépassé le délai de ${s} s.`,
    tooLarge: (mb: number) => `Le fichier dépasse la taille maximale autorisée (${mb} Mo).`,
    json: (detail?: string) => `Le fichier n’est pas du JSON valide${detail ? ` (${detail})` : ''}.`,
    schema: (field: string, problem: string) => `Données invalides : le champ « ${field} » ${problem}.`,
    notFound: (field: string, problem: string) => `Données introuvables : « ${field} » ${problem}.`,
    input: (field: string, problem: string) => `Attribut invalide : « ${field} » ${problem}.`,
    root: '(racine)',
    url: 'Adresse : ',
  },
  problem: {
    empty: () => 'est vide',
    missing: () => 'est absent',
    type: (p: Problem) => `n’a pas le bon type (attendu : ${p.expected}${p.found ? `, trouvé : ${p.found}` : ''})`,
    'schema-version': (p: Problem) => `a une version non prise en charge (${p.found} ; versions lues : ${p.expected})`,
    enum: (p: Problem) => `a une valeur inattendue (${p.found} ; attendu : ${p.expected})`,
    'invalid-code': (p: Problem) => `n’est pas un code valide (${p.found})`,
    'empty-label': () => 'est un libellé vide',
    'label-too-long': (p: Problem) => `est un libellé trop long (${p.found} caractères ; ${p.expected})`,
    negative: (p: Problem) => `est négatif (${p.found})`,
    'not-finite': (p: Problem) => `n’est pas un nombre fini (${p.found})`,
    'not-integer': (p: Problem) => `n’est pas un nombre entier d’euros (${p.found})`,
    'too-large': (p: Problem) => `est trop grand (${p.found})`,
    'unknown-code': (p: Problem) => `renvoie à un code inconnu (${p.found} ; attendu : ${p.expected})`,
    duplicate: (p: Problem) => `est en double (${p.found})`,
    'total-mismatch': (p: Problem) => `(${p.found}) ne correspond pas à ${p.expected}`,
    'parent-smaller': (p: Problem) => `(${p.found}) est inférieur au total du territoire`,
    'invalid-url': (p: Problem) => `n’est pas une adresse http(s) (${p.found})`,
    'too-many': (p: Problem) => `contient trop d’éléments (${p.found})`,
    'unknown-year': (p: Problem) => `${p.found} n’existe pas dans les données (années disponibles : ${p.expected})`,
    'unknown-territory': (p: Problem) => `${p.found} n’existe pas dans les données`,
    'no-territory': () => 'manque : indiquez department, region, level="france" ou src',
    mismatch: (p: Problem) => `ne correspond pas à la demande (trouvé : ${p.found} ; attendu : ${p.expected})`,
  } as Record<Problem['code'], (p: Problem) => string>,
};

type Messages = typeof fr;

const en: Messages = {
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
  total: 'Total',
  others: 'Others',
  othersCount: (n: number) => `Others (${n})`,
  france: 'France',
  regionOf: (name: string) => `the ${name} region`,
  level: { department: 'Department', region: 'Region', france: 'France' },
  export: 'Exports',
  import: 'Imports',
  balance: 'Balance',
  country: 'Country',
  product: 'Product',
  flowAdj: { export: 'exported', import: 'imported' },
  selectHint: 'Enter to select',
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
    empty: () => 'is empty',
    missing: () => 'is missing',
    type: (p) => `has the wrong type (expected ${p.expected}${p.found ? `, found ${p.found}` : ''})`,
    'schema-version': (p) => `has an unsupported version (${p.found}; supported: ${p.expected})`,
    enum: (p) => `has an unexpected value (${p.found}; expected ${p.expected})`,
    'invalid-code': (p) => `is not a valid code (${p.found})`,
    'empty-label': () => 'is an empty label',
    'label-too-long': (p) => `is too long a label (${p.found} characters; ${p.expected})`,
    negative: (p) => `is negative (${p.found})`,
    'not-finite': (p) => `is not a finite number (${p.found})`,
    'not-integer': (p) => `is not a whole number of euros (${p.found})`,
    'too-large': (p) => `is too large (${p.found})`,
    'unknown-code': (p) => `refers to an unknown code (${p.found}; expected ${p.expected})`,
    duplicate: (p) => `is a duplicate (${p.found})`,
    'total-mismatch': (p) => `(${p.found}) does not match ${p.expected}`,
    'parent-smaller': (p) => `(${p.found}) is smaller than the territory's own total`,
    'invalid-url': (p) => `is not an http(s) URL (${p.found})`,
    'too-many': (p) => `has too many items (${p.found})`,
    'unknown-year': (p) => `${p.found} is not in the data (years available: ${p.expected})`,
    'unknown-territory': (p) => `${p.found} is not in the data`,
    'no-territory': () => 'is missing: set department, region, level="france" or src',
    mismatch: (p) => `does not match the request (found ${p.found}; expected ${p.expected})`,
  },
};

const MESSAGES: Record<Locale, Messages> = { fr, en };

export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** The visible sentence for an error: what failed, in the element's language. */
export function describeError(error: TradeError, locale: Locale, timeoutMs?: number, maxBytes?: number): string {
  const m = MESSAGES[locale];
  switch (error.kind) {
    case 'http':
      return m.error.http(error.status ?? 0, error.statusText);
    case 'network':
      return m.error.network;
    case 'timeout':
      return m.error.timeout(Math.round((timeoutMs ?? 0) / 100) / 10);
    case 'too-large':
      return m.error.tooLarge(Math.round((maxBytes ?? 0) / 1e5) / 10);
    case 'json':
      return m.error.json(error.detail);
    case 'schema':
    case 'not-found':
    case 'input': {
      const p = error.problem;
      if (!p) return error.message;
      const say = error.kind === 'schema' ? m.error.schema : error.kind === 'not-found' ? m.error.notFound : m.error.input;
      return say(p.path || m.error.root, m.problem[p.code](p));
    }
  }
}

/** "Gers", "Occitanie", "France entière". */
export function territoryName(t: Pick<Territory, 'level' | 'name'>, locale: Locale): string {
  return t.level === 'france' ? MESSAGES[locale].france : t.name;
}
