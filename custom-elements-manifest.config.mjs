// Custom Elements Manifest: attributes, properties, events, parts and CSS properties
// come from the JSDoc on each element; the colour properties from the colour tokens
// (src/components/base/tokens.ts), where they are defined once. Storybook's docs and
// controls read it.
import { tsImport } from 'tsx/esm/api';

const { COLOR_TOKENS } = await tsImport('./src/components/base/tokens.ts', import.meta.url);

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/test/**', 'src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // --trade-color-<name>, its default (light theme) and what it colours, on the elements that use it.
      name: 'color-tokens',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (!d.tagName) continue;
            const tokens = Object.entries(COLOR_TOKENS).filter(
              ([, t]) => !t.elements || t.elements.includes(d.tagName),
            );
            const colors = tokens.map(([name, t]) => ({
              name: `--trade-color-${name}`,
              default: t.light,
              description: `${t.description} Dark theme: ${t.dark}.`,
            }));
            d.cssProperties = [...(d.cssProperties ?? []), ...colors];
          }
        }
      },
    },
    {
      // The base dispatches every event through one `emit(name, detail)`: the analyzer
      // reads that call as an event called "name". The real ones are in @fires.
      name: 'drop-emit-helper-event',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name !== 'name');
        }
      },
    },
    {
      // Internal reactive state (`{ state: true }` in `static properties`) has no
      // attribute in Lit; the analyzer lists it as one. The public API is what is
      // neither private nor protected.
      name: 'drop-internal-state-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            const internal = new Set(
              (d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
            );
            for (const m of d.members ?? []) if (internal.has(m.name)) delete m.attribute;
            if (d.attributes) d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
  ],
};
