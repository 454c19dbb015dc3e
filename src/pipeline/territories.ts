/**
 * From DGDDI territory codes to INSEE ones. Pure code, no Node imports.
 *
 * DGDDI numbers regions its own way (12 = Occitanie, INSEE 76) and groups the
 * five overseas departments in one region, 24 "DOM", while INSEE has one region
 * per overseas department. Departments keep their code, except the overseas
 * ones (9A…9E → 971…976). Corse is one department, 20; Monaco, 99, is in PACA.
 */
import { MONACO } from '../data/codes.ts';
import type { RegionRef } from '../data/contract.ts';
import { typographicApostrophes } from './label-fixes.ts';

/** DGDDI region code → INSEE region, with its proper French name. */
const REGIONS: Partial<Record<string, { code: string; name: string }>> = {
  '01': { code: '32', name: 'Hauts-de-France' },
  '03': { code: '11', name: 'Île-de-France' },
  '04': { code: '24', name: 'Centre-Val de Loire' },
  '05': { code: '28', name: 'Normandie' },
  '07': { code: '53', name: 'Bretagne' },
  '08': { code: '52', name: 'Pays de la Loire' },
  '09': { code: '75', name: 'Nouvelle-Aquitaine' },
  '12': { code: '76', name: 'Occitanie' },
  '13': { code: '44', name: 'Grand Est' },
  '16': { code: '27', name: 'Bourgogne-Franche-Comté' },
  '18': { code: '84', name: 'Auvergne-Rhône-Alpes' },
  '21': { code: '93', name: 'Provence-Alpes-Côte d’Azur' },
  '22': { code: '94', name: 'Corse' },
};

/** DGDDI's overseas region, split by department into INSEE regions. */
const DOM_REGION = '24';
const OVERSEAS: Partial<Record<string, { department: string; region: string; name: string }>> = {
  '9A': { department: '971', region: '01', name: 'Guadeloupe' },
  '9B': { department: '972', region: '02', name: 'Martinique' },
  '9C': { department: '973', region: '03', name: 'Guyane' },
  '9D': { department: '974', region: '04', name: 'La Réunion' },
  '9E': { department: '976', region: '06', name: 'Mayotte' },
};

/** INSEE's two Corse departments, which DGDDI publishes as one, 20. */
const CORSE_PARTS: Partial<Record<string, string>> = { '2A': '20', '2B': '20' };

/**
 * Obvious casing slips in `Departement_region.txt`, fixed in the output
 * (the copy in data/dgddi stays as published).
 */
const NAME_FIXES: Partial<Record<string, string>> = { "Côte-d'or": "Côte-d'Or" };

/** The INSEE code of a DGDDI department code: "9A" → "971", "32" → "32". */
export function inseeDepartment(dgddiDepartment: string): string {
  return OVERSEAS[dgddiDepartment]?.department ?? dgddiDepartment;
}

/**
 * The output code of a department given by its DGDDI or its INSEE code, as
 * other sources write them: "9A" and "971" → "971"; Corse's "2A" and "2B" →
 * "20", the one Corse of DGDDI's files.
 */
export function outputDepartment(code: string): string {
  return CORSE_PARTS[code] ?? inseeDepartment(code);
}

/** A department code as another source may write it: 2 digits, 2A/2B, 9A…9E or 971…974, 976. */
export const DEPARTMENT_CODE = /^(\d\d|2[AB]|9[A-E]|97[1-46])$/;

/**
 * Ranked among the departments: every DGDDI department but Monaco (99, in PACA:
 * region 21 for DGDDI), which is in the French customs territory but is not a
 * French department; PACA's figures keep its trade.
 */
export function isRankedDepartment(dgddiDepartment: string): boolean {
  return dgddiDepartment !== MONACO;
}

/** A department's name as written in the output: casing slips fixed, typographic apostrophes ("Val-d’Oise"). */
export function departmentName(published: string): string {
  return typographicApostrophes(NAME_FIXES[published] ?? published);
}

/**
 * The INSEE region of a department, from its DGDDI department and region codes;
 * undefined when the DGDDI region code is not one this table knows.
 */
export function inseeRegion(dgddiDepartment: string, dgddiRegion: string): Required<RegionRef> | undefined {
  if (dgddiRegion === DOM_REGION) {
    const dom = OVERSEAS[dgddiDepartment];
    return dom && { code: dom.region, name: dom.name, dgddiCode: DOM_REGION };
  }
  const region = REGIONS[dgddiRegion];
  return region && { code: region.code, name: region.name, dgddiCode: dgddiRegion };
}
