/**
 * scripts/chrome.mjs, the browser lookup of the browser tests and benchmarks:
 * CHROME_PATH, then /usr/bin/chromium, then the usual Chrome paths; one clear
 * line and exit 1 when there is none. Each case runs the script in a child
 * process with its own CHROME_PATH and candidate list (TW_CHROME_CANDIDATES).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a JavaScript module without types
import { CANDIDATES } from '../../scripts/chrome.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/chrome.mjs', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'tw-chrome-'));
process.on('exit', () => {
  rmSync(dir, { recursive: true, force: true });
});
const missing = (name: string) => join(dir, 'missing', name);
/** A file where a browser would be: the lookup only checks that the path exists. */
function fakeBrowser(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  return path;
}

function lookup(env: { CHROME_PATH?: string; candidates: string[] }) {
  // The lookup must see only the variables each test sets.
  const rest = { ...process.env };
  delete rest.CHROME_PATH;
  delete rest.TW_CHROME_CANDIDATES;
  const r = spawnSync(process.execPath, [SCRIPT], {
    encoding: 'utf8',
    env: {
      ...rest,
      ...(env.CHROME_PATH === undefined ? {} : { CHROME_PATH: env.CHROME_PATH }),
      TW_CHROME_CANDIDATES: env.candidates.join(delimiter),
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const INSTALL = new RegExp(
  String.raw`^trade-widgets: .*Install Chromium \(Debian/Ubuntu: apt-get install -y chromium\) ` +
    String.raw`or set CHROME_PATH to its binary\.\n$`,
);

test('the built-in order: /usr/bin/chromium first (after CHROME_PATH), then the usual Chrome paths', () => {
  assert.equal(CANDIDATES[0], '/usr/bin/chromium');
  for (const chrome of [
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ]) {
    assert.ok(CANDIDATES.indexOf(chrome) > 0, chrome);
  }
});

test('nothing found: exit 1 and exactly one stderr line naming apt-get install -y chromium', () => {
  for (const CHROME_PATH of [undefined, missing('chrome')]) {
    const r = lookup({ CHROME_PATH, candidates: [missing('chromium'), missing('google-chrome')] });
    assert.equal(r.status, 1, `CHROME_PATH=${CHROME_PATH}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, INSTALL);
    assert.equal(r.stderr.split('\n').length, 2, r.stderr);
    if (CHROME_PATH) assert.ok(r.stderr.includes(`CHROME_PATH=${CHROME_PATH} does not exist`), r.stderr);
  }
});

test('a CHROME_PATH that does not exist falls through to the next candidates, with a one-line warning', () => {
  const fallback = fakeBrowser('chromium');
  const r = lookup({
    CHROME_PATH: missing('chrome'),
    candidates: [missing('chromium'), fallback, fakeBrowser('google-chrome')],
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${fallback}\n`);
  assert.equal(r.stderr, `trade-widgets: CHROME_PATH=${missing('chrome')} does not exist; using ${fallback}\n`);
});

test('an existing CHROME_PATH comes before every candidate; without it, the first candidate that exists', () => {
  const chosen = fakeBrowser('my-chrome');
  const first = fakeBrowser('first');
  assert.deepEqual(lookup({ CHROME_PATH: chosen, candidates: [first] }), {
    status: 0,
    stdout: `${chosen}\n`,
    stderr: '',
  });
  assert.deepEqual(lookup({ candidates: [missing('a'), first, chosen] }), {
    status: 0,
    stdout: `${first}\n`,
    stderr: '',
  });
});
