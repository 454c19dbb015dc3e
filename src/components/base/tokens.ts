/**
 * The widgets' colours, defined once. Each is the CSS custom property
 * `--trade-color-<name>`, whose default is its light value, or its dark value in
 * the dark theme: DSFR colours (Système de design de l'État). The styles, the
 * Custom Elements Manifest (custom-elements-manifest.config.mjs) and the README's
 * table (checked by a test) are made from this module.
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** Each colour's default, in the light and in the dark theme. */
export const COLORS = {
  import: ['#000091', '#8585f6'],
  export: ['#a558a0', '#ce70cc'],
  positive: ['#18753c', '#27a658'],
  negative: ['#ce0500', '#ff5655'],
  highlight: ['#e1000f', '#ff5655'],
  link: ['#b7b7b7', '#4a4a4a'],
  text: ['#161616', '#cecece'],
  muted: ['#666666', '#a3a3a3'],
  background: ['transparent', '#161616'],
  surface: ['#ffffff', '#242424'],
  border: ['#dddddd', '#3a3a3a'],
  focus: ['#0a76f6', '#4d9bff'],
  'tile-text': ['#ffffff', '#161616'],
} as const satisfies Record<string, readonly [light: string, dark: string]>;

export type ColorName = keyof typeof COLORS;

/**
 * What each colour is for, and the elements that use it (all when not said): for
 * the documentation only. Nothing reads it at run time, so the build leaves it out.
 */
export const COLOR_DOCS: Record<ColorName, { description: string; elements?: readonly string[] }> = {
  import: { description: 'Imports (DSFR blue France).' },
  export: { description: 'Exports (DSFR purple glycine).' },
  positive: { description: 'A positive balance (DSFR success).' },
  negative: { description: 'A negative balance (DSFR error).' },
  highlight: { description: 'The largest flows of a Sankey diagram (DSFR red Marianne).' },
  link: { description: 'The other flows of a Sankey diagram.' },
  text: { description: 'Text.' },
  muted: { description: 'Secondary text.' },
  background: { description: 'The widget’s background.' },
  surface: { description: 'Tooltips, buttons and messages.' },
  border: { description: 'Borders and rules.' },
  focus: { description: 'The keyboard focus ring (DSFR focus).' },
  'tile-text': {
    description: 'Labels on treemap tiles (dark in the dark theme, where tiles are light).',
    elements: ['trade-treemap'],
  },
};

/**
 * The colour variables of a scheme: `--_import` holds `--trade-color-import` when
 * the page sets it, else the scheme's default. The styles use the `--_*` variables only.
 */
export function colorDeclarations(scheme: 'light' | 'dark'): CSSResult {
  const index = scheme === 'light' ? 0 : 1;
  const declarations = Object.entries(COLORS).map(
    ([name, values]) => `--_${name}: var(--trade-color-${name}, ${values[index]});`,
  );
  return unsafeCSS(declarations.join(''));
}
