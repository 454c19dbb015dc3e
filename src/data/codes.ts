import type { Level } from './contract.ts';

/**
 * Territory codes as embedders know them: INSEE codes.
 * Departments 01…95 (Corse is one department, 20, as DGDDI publishes it),
 * 971…976 overseas, and 99 for Monaco, which DGDDI counts in PACA.
 * Regions: the 18 INSEE codes, 01…04 and 06 overseas, 11…94 in mainland France and Corse.
 */
const DEPARTMENT = /^(0[1-9]|[1-8][0-9]|9[0-5]|97[1-6]|99)$/;
const REGION = /^(0[1-46]|11|2[478]|32|44|5[23]|7[56]|84|9[34])$/;

/** Product and country codes: short, no markup, safe in attributes and ids. */
export const ITEM_CODE = /^[A-Za-z0-9_.-]{1,16}$/;

export const FRANCE_CODE = 'FR';

/**
 * Normalises what a person may type: "2A"/"2B" → "20" (DGDDI has one Corse),
 * "1" → "01", surrounding spaces. A number, as a script may set a property
 * (`element.department = 32`), reads as its digits. Returns undefined when it is
 * not a valid code.
 */
export function normalizeTerritoryCode(level: Level, raw: string | number | null | undefined): string | undefined {
  if (level === 'france') return FRANCE_CODE;
  if (raw == null) return undefined;
  let code = String(raw).trim().toUpperCase();
  if (/^\d$/.test(code)) code = `0${code}`;
  if (level === 'department') {
    if (code === '2A' || code === '2B') code = '20';
    return DEPARTMENT.test(code) ? code : undefined;
  }
  return REGION.test(code) ? code : undefined;
}

export function isTerritoryCode(level: Level, code: string): boolean {
  if (level === 'france') return code === FRANCE_CODE;
  return (level === 'department' ? DEPARTMENT : REGION).test(code);
}

/**
 * Monaco: DGDDI files the principality's trade as department 99 of
 * Provence-Alpes-Côte d'Azur (INSEE region 93), which counts it in its totals as the
 * source does. It is not a French department: it is not ranked among them, and
 * its pages never call it one.
 */
export const MONACO = '99';
export const MONACO_REGION = '93';

export function isMonaco(territory: { level: Level; code: string }): boolean {
  return territory.level === 'department' && territory.code === MONACO;
}
