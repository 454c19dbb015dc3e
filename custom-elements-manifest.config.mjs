// Custom Elements Manifest: attributes, properties, events, parts and CSS properties
// come from the JSDoc on each element; the colour properties from the colour tokens
// (src/components/base/tokens.ts), where they are defined once. Storybook's docs and
// controls read it.
import { tsImport } from 'tsx/esm/api';

const { COLORS, COLOR_DOCS } = await tsImport('./src/components/base/tokens.ts', import.meta.url);

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
            const names = Object.keys(COLORS).filter((name) => COLOR_DOCS[name].elements?.includes(d.tagName) ?? true);
            const colors = names.map((name) => {
              const [light, dark] = COLORS[name];
              const description = `${COLOR_DOCS[name].description} Dark theme: ${dark}.`;
              return { name: `--trade-color-${name}`, default: light, description };
            });
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
