/**
 * `<trade-map>`'s texts in French, in the element's folder: they are part of its cost,
 * not of the translations every element loads (src/data/i18n/fr.ts composes them).
 */
import { plural } from '../../data/i18n/grammar.fr.ts';
import type { MapTexts } from './texts.ts';

const map: MapTexts = {
  title: {
    export: 'Exportations par pays de destination',
    import: 'Importations par pays d’origine',
    balance: 'Solde commercial par pays partenaire',
  },
  byDepartment: {
    export: 'Exportations des départements',
    import: 'Importations des départements',
    balance: 'Solde commercial des départements',
  },
  byRegion: {
    export: 'Exportations des régions',
    import: 'Importations des régions',
    balance: 'Solde commercial des régions',
  },
  department: 'Département',
  region: 'Région',
  corse: 'La Corse-du-Sud (2A) et la Haute-Corse (2B) portent le chiffre unique que la DGDDI publie pour la Corse.',
  below: (max) => `moins de ${max}`,
  between: (min, max) => `${min} à ${max}`,
  above: (min) => `${min} ou plus`,
  empty: {
    export: 'Aucune exportation n’est enregistrée',
    import: 'Aucune importation n’est enregistrée',
    balance: 'Aucun échange avec l’étranger n’est enregistré',
  },
  notOnMap: 'Hors carte',
  onMap: 'Sur la carte',
  yes: 'oui',
  listed: 'non (sous la carte)',
  klass: 'Classe de couleur',
  rank: 'Rang',
  main: (partners) => `${partners} ${plural(partners, 'pays partenaire')} ; premier partenaire`,
  mapCredit: 'Fond de carte : ',
  publicDomain: 'domaine public',
  mapFailed: 'Le fond de carte n’a pas pu être chargé : les pays sont listés ci-dessous.',
};

export default map;
