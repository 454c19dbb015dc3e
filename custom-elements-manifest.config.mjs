// Custom Elements Manifest: attributes, properties, events, parts and CSS properties
// come from the JSDoc on each element. Storybook's docs and controls read it.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/test/**', 'src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
