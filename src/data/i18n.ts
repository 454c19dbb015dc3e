/**
 * The shared UI text, French by default with English available. Each element keeps
 * its own chart-specific text next to it; what every element says lives here.
 */
import type { Territory } from './contract.ts';
import type { Problem, TradeError } from './errors.ts';
import type { Locale } from './format.ts';
import { translated } from './translations.ts';

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
  downloadFailed: 'Le téléchargement a échoué : ',
  total: 'Total',
  others: 'Autres',
  france: 'France entière',
  regionOf: (name: string) => `la région ${name}`,
  export: 'Exportations',
  import: 'Importations',
  balance: 'Solde',
  country: 'Pays',
  product: 'Produit',
  flowAdj: { export: 'exportée', import: 'importée' },
  error: {
    http: (status: number, text?: string) => `Le serveur a répondu HTTP ${status}${text ? ` (${text})` : ''}.`,
    network: 'Le réseau n’a pas permis de charger les données.',
    timeout: (s: number) => `Le chargement a dépassé le délai de ${String(s).replace('.', ',')} s.`,
    tooLarge: (mb: number) => `Le fichier dépasse la taille maximale autorisée (${mb} Mo).`,
    json: (detail?: string) => `Le fichier n’est pas du JSON valide${detail ? ` (${detail})` : ''}.`,
    schema: (field: string, problem: string) => `Données invalides : le champ « ${field} » ${problem}.`,
    notFound: (field: string, problem: string) => `Données introuvables : « ${field} » ${problem}.`,
    input: (field: string, problem: string) => `Attribut invalide : « ${field} » ${problem}.`,
    root: '(racine)',
    url: 'Adresse : ',
  },
  /** Problem phrases: `$f` is what was found, `$e` what was expected; a found value not placed is appended in brackets. */
  problem: {
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
  } as Record<Problem['code'], string>,
};

export type Messages = typeof fr;



/** The shared UI text in a locale: French built in, other languages once their module is loaded. */
export function messages(locale: Locale): Messages {
  return translated<Messages>(locale, 'base') ?? fr;
}

/** The visible sentence for an error: what failed, in the element's language. */
export function describeError(error: TradeError, locale: Locale, timeoutMs?: number, maxBytes?: number): string {
  const m = messages(locale);
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
      return say(p.path || m.error.root, phrase(m.problem[p.code], p));
    }
  }
}

/** Fills a problem phrase: `$f` found, `$e` expected; an unplaced found value goes in brackets. */
function phrase(template: string, p: Problem): string {
  const text = template.replace('$e', p.expected ?? '').replace('$f', p.found ?? '');
  return p.found !== undefined && !template.includes('$f') ? `${text} (${p.found})` : text;
}

/** "Gers", "Occitanie", "France entière". */
export function territoryName(t: Pick<Territory, 'level' | 'name'>, locale: Locale): string {
  return t.level === 'france' ? messages(locale).france : t.name;
}
