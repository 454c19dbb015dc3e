// Custom Elements Manifest: attributes, properties, events, parts and CSS properties
// come from the JSDoc on each element. Storybook's docs and controls read it.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/test/**', 'src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
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
  ],
};
