/**
 * `<trade-map>`'s texts in English, in the element's folder: they are part of its cost,
 * not of the translations every element loads (src/data/i18n/en.ts composes them).
 */
import { countries } from '../../data/i18n/grammar.en.ts';
import type { MapTexts } from './texts.ts';

const map: MapTexts = {
  title: {
    export: 'Exports by country of destination',
    import: 'Imports by country of origin',
    balance: 'Trade balance by partner country',
  },
  byDepartment: {
    export: 'Exports of the departments',
    import: 'Imports of the departments',
    balance: 'Trade balance of the departments',
  },
  byRegion: {
    export: 'Exports of the regions',
    import: 'Imports of the regions',
    balance: 'Trade balance of the regions',
  },
  department: 'Department',
  region: 'Region',
  corse: 'Corse-du-Sud (2A) and Haute-Corse (2B) both show the single figure DGDDI publishes for Corsica.',
  below: (max) => `under ${max}`,
  between: (min, max) => `${min} to ${max}`,
  above: (min) => `${min} or more`,
  empty: {
    export: 'No exports are recorded',
    import: 'No imports are recorded',
    balance: 'No foreign trade is recorded',
  },
  notOnMap: 'Not on the map',
  onMap: 'On the map',
  yes: 'yes',
  listed: 'no (listed below it)',
  klass: 'Colour class',
  rank: 'Rank',
  main: (partners) => `${partners} partner ${countries(partners)}; first partner`,
  mapCredit: 'Base map: ',
  publicDomain: 'public domain',
  mapFailed: 'The base map could not be loaded: the countries are listed below.',
};

export default map;
