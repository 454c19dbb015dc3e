/**
 * The widgets' colours, defined once. Each is the CSS custom property
 * `--trade-color-<name>`, whose default is its `light` value, or its `dark` value in
 * the dark theme: DSFR colours (Système de design de l'État). The styles, the
 * Custom Elements Manifest (custom-elements-manifest.config.mjs) and the README's
 * table (checked by a test) are made from this list.
 */
export interface ColorToken {
  light: string;
  dark: string;
  description: string;
  /** Only these elements use it; every element when absent. */
  elements?: readonly string[];
}

export const COLOR_TOKENS: Readonly<Record<string, ColorToken>> = {
  import: { light: '#000091', dark: '#8585f6', description: 'Imports (DSFR blue France).' },
  export: { light: '#a558a0', dark: '#ce70cc', description: 'Exports (DSFR purple glycine).' },
  positive: { light: '#18753c', dark: '#27a658', description: 'A positive balance (DSFR success).' },
  negative: { light: '#ce0500', dark: '#ff5655', description: 'A negative balance (DSFR error).' },
  highlight: {
    light: '#e1000f',
    dark: '#ff5655',
    description: 'The largest flows of a Sankey diagram (DSFR red Marianne).',
  },
  link: { light: '#b7b7b7', dark: '#4a4a4a', description: 'The other flows of a Sankey diagram.' },
  text: { light: '#161616', dark: '#cecece', description: 'Text.' },
  muted: { light: '#666666', dark: '#a3a3a3', description: 'Secondary text.' },
  background: { light: 'transparent', dark: '#161616', description: "The widget's background." },
  surface: { light: '#ffffff', dark: '#242424', description: 'Tooltips, buttons and messages.' },
  border: { light: '#dddddd', dark: '#3a3a3a', description: 'Borders and rules.' },
  focus: { light: '#0a76f6', dark: '#4d9bff', description: 'The keyboard focus ring (DSFR focus).' },
  'tile-text': {
    light: '#ffffff',
    dark: '#161616',
    description: 'Labels on treemap tiles (dark in the dark theme, where tiles are light).',
    elements: ['trade-treemap'],
  },
};
