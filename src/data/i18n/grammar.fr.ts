/**
 * French grammar and typography shared by the translation (fr.ts) and the texts of
 * the elements that keep theirs in their own folder.
 */
import type { Gender } from './translation.ts';

export const NO_BREAK_SPACE = '\u00a0';

/** "1 pays", "2 pays"; "1 autre", "2 autres": French plural of a regular word. */
export const plural = (count: number, word: string): string => (count > 1 ? `${word}s` : word);

/** « 1er », « 1re », « 2e »: French ordinals, as abbreviated by the Imprimerie nationale. */
export function ordinal(rank: number, gender: Gender = 'masculine'): string {
  if (rank !== 1) return `${rank}e`;
  return gender === 'feminine' ? '1re' : '1er';
}
