/**
 * Fitting text into boxes, for layouts. Pure: the caller passes a `measure`
 * function (canvas-backed in the browser, a fixed-width stub in unit tests).
 */

/** Width in px of `text` at `fontSize` px and `fontWeight`. */
export type Measure = (text: string, fontSize: number, fontWeight?: number) => number;

const ELLIPSIS = '…';

/**
 * Shortens `text` to fit `maxWidth`, cutting on a word boundary when one is close
 * and ending with "…". Returns '' when not even one character and the ellipsis fit.
 */
export function truncate(
  text: string,
  maxWidth: number,
  measure: Measure,
  fontSize: number,
  fontWeight?: number,
): string {
  if (measure(text, fontSize, fontWeight) <= maxWidth) return text;
  if (measure(ELLIPSIS, fontSize, fontWeight) > maxWidth) return '';
  // Binary search for the longest prefix that fits with the ellipsis.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS, fontSize, fontWeight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  // Never half of a character outside the BMP (an emoji, say): that would draw "�".
  let cut = text.slice(0, lo).replace(/[\ud800-\udbff]$/, '');
  if (!cut) return '';
  // Cut at a word boundary: back to the last space when the cut falls inside a word
  // (only a first word too long for the line is cut inside).
  const space = cut.lastIndexOf(' ');
  if (space > 0 && /\S/.test(text[lo] ?? ' ')) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:–—-]+$/, '') + ELLIPSIS;
}

/**
 * Wraps `text` on word boundaries into at most `maxLines` lines of `maxWidth`.
 * A word longer than a line is cut; the last line ends with "…" when text is left
 * over. Returns [] when nothing fits.
 */
export function wrap(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
  fontSize: number,
  fontWeight?: number,
): string[] {
  if (maxLines < 1 || maxWidth <= 0) return [];
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i];
    let j = i + 1;
    while (j < words.length && measure(`${line} ${words[j]}`, fontSize, fontWeight) <= maxWidth) {
      line = `${line} ${words[j]}`;
      j++;
    }
    const last = lines.length === maxLines - 1;
    if (last && j < words.length) {
      // Text is left over: the last line shows as much as fits, with an ellipsis.
      const fitted = truncate(`${line} ${words.slice(j).join(' ')}`, maxWidth, measure, fontSize, fontWeight);
      if (fitted) lines.push(fitted);
      return lines;
    }
    if (measure(line, fontSize, fontWeight) > maxWidth) {
      const fitted = truncate(line, maxWidth, measure, fontSize, fontWeight);
      if (!fitted) return lines;
      lines.push(fitted);
      if (fitted.endsWith(ELLIPSIS)) return lines;
    } else {
      lines.push(line);
    }
    i = j;
  }
  return lines;
}

/** A fixed-width measure for unit tests: each character is `ratio` × the font size. */
export function monospaceMeasure(ratio = 0.6): Measure {
  return (text, fontSize) => text.length * fontSize * ratio;
}
