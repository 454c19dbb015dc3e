/**
 * English grammar shared by the translation (en.ts) and the texts of the elements
 * that keep theirs in their own folder.
 */

/** "1 country", "2 countries". */
export const countries = (count: number): string => (count > 1 ? 'countries' : 'country');

/** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th, 21st. */
export function ordinal(rank: number): string {
  const lastTwo = rank % 100;
  const last = rank % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${rank}${suffix}`;
}
