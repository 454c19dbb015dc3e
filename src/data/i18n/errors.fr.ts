/**
 * French error messages, loaded on demand: only a widget that fails needs them.
 * Typography as in fr.ts: a no-break space before ":", "«»" quotation marks.
 */
import { describer } from './describe-error.ts';

export default describer({
  errors: {
    http: (status, statusText) =>
      `Le serveur a répondu HTTP ${status}${statusText ? ` (${statusText})` : ''}.` +
      // Most often, no data folder where the widget looked: say how to make one and point to it.
      (status === 404
        ? ' Si le dossier de données manque à cette adresse, créez-le avec « npm run data » et indiquez-le' +
          ' avec l’attribut base-url (par défaut : le dossier data/ à côté du script).'
        : ''),
    network: 'Le réseau n’a pas permis de charger les données.',
    timeout: (seconds) => `Le chargement a dépassé le délai de ${seconds} s.`,
    tooLarge: (megabytes) => `Le fichier dépasse la taille maximale autorisée (${megabytes} Mo).`,
    json: (detail) => `Le fichier n’est pas du JSON valide${detail ? ` (${detail})` : ''}.`,
    schema: (field, problem) => `Données invalides : le champ « ${field} » ${problem}.`,
    notFound: (field, problem) => `Données introuvables : « ${field} » ${problem}.`,
    input: (field, problem) => `Attribut invalide : « ${field} » ${problem}.`,
    root: '(racine)',
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
});
