import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { LAZY_MODULES } from '../src/elements.ts';
import { BUILT_LAZY, SERVED_LAZY } from '../vite.config.ts';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The modules the widgets import by URL on demand (English, the downloads; see
 * src/data/lazy.ts). The development server and the Vitest runner serve their
 * TypeScript sources; the static build has no /src, so it emits each as a chunk
 * of its own at assets/lazy/<name>.js.
 */
function lazyModules(): Plugin {
  return {
    name: 'trade-widgets:lazy-modules',
    apply: 'build',
    buildStart() {
      for (const path of LAZY_MODULES) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        this.emitFile({ type: 'chunk', id: `${SRC}${path}.ts`, fileName: `assets/lazy/${name}.js` });
      }
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The demo data, served at /data as in the demo and the tests.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  viteFinal(config, { configType }) {
    // Both paths are resolved against the URL of the bundled module that reads them:
    // /src/data/… when served, assets/<chunk>.js once built. Relative paths in the
    // build keep a Storybook deployed under a sub-path (GitHub Pages) working.
    const built = configType === 'PRODUCTION';
    config.define = {
      ...config.define,
      __TW_DEFAULT_DATA__: JSON.stringify(built ? '../data/' : '/data/'),
      __TW_LAZY__: JSON.stringify(built ? BUILT_LAZY : SERVED_LAZY),
    };
    // vite.config.ts minifies Lit's template literals for the library build; here it
    // would only slow the build down and warn about Storybook's own CSS.
    const plugins = (config.plugins ?? [])
      .flat()
      .filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'minify-literals'));
    config.plugins = built ? [...plugins, lazyModules()] : plugins;
    // Lit's entry points, pre-bundled together up front: found one by one, they are
    // bundled twice ("Multiple versions of Lit loaded") and reload the Vitest page.
    const lit = ['lit', 'lit/directive.js', 'lit/directive-helpers.js', 'lit/directives/keyed.js'];
    config.optimizeDeps = { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), ...lit] };
    return config;
  },
};
export default config;
