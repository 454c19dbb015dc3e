import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The demo data, served at /data as in the demo and the tests.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.define = { ...config.define, __TW_DEFAULT_DATA__: JSON.stringify('/data/'), __TW_LAZY__: JSON.stringify('/src/{}.ts') };
    // Without this Lit is pre-bundled twice ("Multiple versions of Lit loaded").
    config.optimizeDeps = { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] };
    return config;
  },
};
export default config;
