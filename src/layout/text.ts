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
  // A binary search for the longest prefix that fits with the ellipsis: about
  // log2(length) measures rather than one per character. It relies on a longer
  // prefix never being narrower, which holds for text up to kerning (where it may
  // settle a character short). `low` characters fit; more than `high` do not.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (measure(text.slice(0, middle).trimEnd() + ELLIPSIS, fontSize, fontWeight) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  // Never half of a character outside the BMP (an emoji, say): that would draw "�".
  let cut = text.slice(0, low).replace(/[\ud800-\udbff]$/, '');
  if (!cut) return '';
  // Cut at a word boundary: back to the last space when the cut falls inside a word
  // (only a first word too long for the line is cut inside).
  const space = cut.lastIndexOf(' ');
  if (space > 0 && /\S/.test(text[low] ?? ' ')) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:–—-]+$/, '') + ELLIPSIS;
}

/**
 * Shortens `text` to fit `maxWidth` by keeping its beginning and its end, with the
 * ellipsis between them: "Produits de la … automobile". Whole words only, as many
 * as fit, the end first served: the end is what tells apart names that begin
 * alike. Falls back to `truncate` when not even the first and last words fit.
 */
export function truncateMiddle(
  text: string,
  maxWidth: number,
  measure: Measure,
  fontSize: number,
  fontWeight?: number,
): string {
  if (measure(text, fontSize, fontWeight) <= maxWidth) return text;
  const words = text.split(' ');
  const fits = (candidate: string) => measure(candidate, fontSize, fontWeight) <= maxWidth;
  let best = '';
  // Each number of end words, with as many start words as then fit (n² measures at
  // worst, on names of a few words).
  for (let endCount = 1; endCount < words.length; endCount++) {
    const end = words.slice(-endCount).join(' ');
    for (let startCount = words.length - endCount - 1; startCount >= 1; startCount--) {
      const candidate = `${words.slice(0, startCount).join(' ')} ${ELLIPSIS} ${end}`;
      if (!fits(candidate)) continue;
      if (candidate.length > best.length) best = candidate;
      break;
    }
  }
  return best || truncate(text, maxWidth, measure, fontSize, fontWeight);
}

/**
 * Shortens each text to its own width (`truncate`), then makes different texts
 * that came out the same tell themselves apart: "Produits de la construction…"
 * twice becomes "Produits de la … aéronautique et spatiale" and "Produits de la …
 * automobile" (`truncateMiddle`). Texts that still collide keep their plain shortening.
 */
export function truncateDistinct(
  texts: readonly string[],
  maxWidths: readonly number[],
  measure: Measure,
  fontSize: number,
  fontWeight?: number,
): string[] {
  const short = texts.map((text, i) => truncate(text, maxWidths[i], measure, fontSize, fontWeight));
  const sources = new Map<string, Set<string>>();
  short.forEach((text, i) => sources.set(text, (sources.get(text) ?? new Set()).add(texts[i])));
  return short.map((text, i) => {
    if ((sources.get(text)?.size ?? 0) < 2) return text;
    return truncateMiddle(texts[i], maxWidths[i], measure, fontSize, fontWeight);
  });
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
  // A greedy algorithm: each line takes the next words while the line, measured
  // whole with each word added, still fits. It does not balance the lines' lengths
  // as Knuth–Plass would, and breaks only at whitespace: no hyphenation, and no
  // break after a hyphen or a slash. Whitespace runs collapse to one space.
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  // The first word of the line being filled.
  let start = 0;
  while (start < words.length && lines.length < maxLines) {
    let line = words[start];
    let next = start + 1;
    while (next < words.length && measure(`${line} ${words[next]}`, fontSize, fontWeight) <= maxWidth) {
      line = `${line} ${words[next]}`;
      next++;
    }
    const last = lines.length === maxLines - 1;
    if (last && next < words.length) {
      // Text is left over: the last line shows as much as fits, with an ellipsis.
      const rest = `${line} ${words.slice(next).join(' ')}`;
      const fitted = truncate(rest, maxWidth, measure, fontSize, fontWeight);
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
    start = next;
  }
  return lines;
}

/** A fixed-width measure for unit tests: each character is `ratio` × the font size. */
export function monospaceMeasure(ratio = 0.6): Measure {
  return (text, fontSize) => text.length * fontSize * ratio;
}
