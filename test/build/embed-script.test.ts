/**
 * embed.js, the script a host page adds beside trade-widgets iframes (demo/embed-host.ts):
 * at most 1 kB gzip, the same bytes at every build, a classic script (no import or
 * export), and no URL of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { buildEmbedScript } from '../../scripts/embed-script.ts';

test('embed.js: at most 1 kB gzip, deterministic, a classic script', async () => {
  const code = await buildEmbedScript();
  const again = await buildEmbedScript();
  assert.equal(again, code, 'two builds give the same bytes');
  const gzip = gzipSync(code, { level: 9 }).length;
  assert.ok(gzip <= 1024, `embed.js is ${gzip} bytes gzip`);
  assert.doesNotMatch(code, /\bimport\b|\bexport\b|import\.meta/);
  assert.doesNotMatch(code, /https?:\/\//);
  // What it listens for and asks for: the embed page's messages (demo/embed.ts).
  assert.match(code, /trade-widgets:height/);
  assert.match(code, /trade-widgets:measure/);
});
