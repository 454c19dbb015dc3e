/**
 * What `npm run build` produces and what package.json promises: every export
 * target exists, the manifest documents every element, the bundles call no
 * host but the data's (no fonts, analytics or CDN), the autoloader knows every
 * element, and neither dist/ nor the package carries the demo data.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

import { ELEMENTS } from '../../src/elements.ts';

const TAGS: readonly string[] = ELEMENTS;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

before(() => {
  execFileSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'pipe' });
});

test('package.json: exports, types, customElements, sideEffects, licence and files', () => {
  assert.equal(pkg.license, 'MIT');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(Array.isArray(pkg.sideEffects) && pkg.sideEffects.length > 0);
  assert.deepEqual(pkg.files.sort(), ['LICENSE', 'README.md', 'custom-elements.json', 'dist', 'schema']);
  assert.ok(existsSync(pkg.types));
  for (const tag of TAGS) assert.ok(pkg.exports[`./${tag}`], `exports ./${tag}`);
  for (const [key, target] of Object.entries<string | Record<string, string>>(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      if (file.includes('*')) assert.ok(existsSync(file.slice(0, file.indexOf('*'))), `${key} → ${file}`);
      else assert.ok(existsSync(file), `${key} → ${file} exists`);
    }
  }
});

test('the build: the ES modules, the single-file script, the autoloader, the on-demand modules, the schema', () => {
  for (const f of [
    'dist/trade-widgets.js',
    'dist/trade-widgets.iife.js',
    'dist/autoloader.js',
    'dist/lazy/prose.fr.js',
    'dist/lazy/errors.fr.js',
    'dist/lazy/en.js',
    'dist/schema/trade-data.schema.json',
    'dist/types/index.d.ts',
  ]) {
    assert.ok(existsSync(f), f);
  }
  // The single-file script finds its data from its own address, not import.meta.
  assert.doesNotMatch(readFileSync('dist/trade-widgets.iife.js', 'utf8'), /import\.meta/);
});

test('the autoloader knows every element of src/elements.ts, and loads each from next to itself', () => {
  const code = readFileSync('dist/autoloader.js', 'utf8');
  for (const tag of TAGS) {
    assert.match(code, new RegExp(`[\`'"]${tag}[\`'"]`), tag);
    assert.ok(existsSync(`dist/${tag}.js`), `dist/${tag}.js`);
  }
  assert.match(code, /\.\/\{tag\}\.js/);
  assert.match(code, /import\.meta\.url/);
});

test('no demo data in dist/ (it stays in public/data, for npm start and the demo site)', () => {
  assert.ok(!existsSync('dist/data'), 'dist/data');
  assert.ok(existsSync('public/data/index.json'), 'public/data/index.json');
  // No JSON in dist/ but the schemas.
  const json = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
  assert.deepEqual(
    json.filter((f) => !f.startsWith('schema/')),
    [],
  );
});

test('npm pack: the library, types, manifest and schema, and no data', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: 'pipe' }),
  ) as Array<{ files: Array<{ path: string }>; unpackedSize: number }>;
  const files = pack.files.map((f) => f.path);
  for (const f of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/autoloader.js',
    'dist/trade-widgets.js',
    'dist/trade-widgets.iife.js',
    'dist/types/index.d.ts',
    'dist/schema/trade-data.schema.json',
    'schema/trade-data.schema.json',
  ])
    assert.ok(files.includes(f), f);
  // No year folder, no latest/, no data folder (but the type declarations of src/data/).
  const dataFiles = files.filter(
    (f) => /(^|\/)(\d{4}|latest)\//.test(f) || (/(^|\/)data\//.test(f) && !f.startsWith('dist/types/')),
  );
  assert.deepEqual(dataFiles, []);
  // No JSON but the manifest, package.json and the schemas.
  assert.deepEqual(files.filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort(), [
    'custom-elements.json',
    'package.json',
  ]);
  // The demo data weighed 7.8 MB: the package is well under 2 MB unpacked.
  assert.ok(pack.unpackedSize < 2_000_000, `${pack.unpackedSize} bytes unpacked`);
});

test('no host but the data’s: no URL in the bundles except the SVG namespace', () => {
  for (const f of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
    const urls = readFileSync(`dist/${f}`, 'utf8').match(/https?:\/\/[^\s"'`)]+/g) ?? [];
    assert.deepEqual(
      urls.filter((u) => u !== 'http://www.w3.org/2000/svg'),
      [],
      f,
    );
  }
});

test('custom-elements.json documents every element: attributes, events, parts, CSS properties', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const decls = manifest.modules.flatMap((m: any) => m.declarations ?? []).filter((d: any) => d.tagName);
  assert.deepEqual(decls.map((d: any) => d.tagName).sort(), [...TAGS].sort());
  for (const d of decls) {
    const attrs = d.attributes.map((a: any) => a.name);
    for (const a of [
      'department',
      'region',
      'level',
      'src',
      'year',
      'base-url',
      'lang',
      'theme',
      'selected',
      'toolbar',
    ])
      assert.ok(attrs.includes(a), `${d.tagName} @attr ${a}`);
    assert.ok(
      !attrs.includes('status') && !attrs.includes('activeKey'),
      `${d.tagName}: internal state is not an attribute`,
    );
    assert.deepEqual(
      d.events.map((e: any) => e.name).sort(),
      ['trade-error', 'trade-load', 'trade-render', 'trade-select'],
      d.tagName,
    );
    for (const e of d.events) assert.ok(e.description, `${d.tagName} ${e.name} is described`);
    assert.ok(
      d.cssProperties.some((p: any) => p.name === '--trade-color-import'),
      `${d.tagName} CSS properties`,
    );
    assert.ok(d.cssParts.length >= 5, `${d.tagName} parts`);
    // Properties: every public field behind an attribute is described, as its attribute is.
    const fields = d.members.filter(
      (m: any) => m.kind === 'field' && m.attribute && m.privacy !== 'private' && m.privacy !== 'protected',
    );
    assert.ok(fields.length >= 14, `${d.tagName}: public properties`);
    for (const f of fields) assert.ok(f.description, `${d.tagName} property ${f.name} is described`);
  }
  const own: Record<string, string[]> = {
    'trade-balance': ['limit'],
    'trade-treemap': ['limit', 'flow'],
    'trade-sankey': ['flow', 'limit', 'highlight'],
    'trade-summary': ['flow'],
    'trade-report': ['texts'],
    'trade-partner': ['country', 'limit'],
    'trade-trend': ['period', 'show', 'flow'],
    'trade-map': ['flow', 'scope'],
  };
  for (const d of decls)
    for (const a of own[d.tagName])
      assert.ok(
        d.attributes.some((x: any) => x.name === a && x.description),
        `${d.tagName} @attr ${a} is described`,
      );
});
