// Finds a Chromium/Chrome binary for the browser tests and the benchmarks.
// Order: $CHROME_PATH, /usr/bin/chromium, then the usual Chrome locations.
// A CHROME_PATH that does not exist is skipped with a warning on stderr.
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * The paths looked at, in order. TW_CHROME_CANDIDATES (paths separated by the
 * platform's PATH delimiter) replaces the built-in list: for the tests.
 * @returns {string[]}
 */
function candidates(env = process.env) {
  const list =
    env.TW_CHROME_CANDIDATES === undefined ? CANDIDATES : env.TW_CHROME_CANDIDATES.split(delimiter).filter(Boolean);
  return env.CHROME_PATH ? [env.CHROME_PATH, ...list] : list;
}

/** @returns {string | undefined} */
export function findChrome(env = process.env) {
  return candidates(env).find((p) => existsSync(p));
}

/** Returns the binary or exits with one line that says what to install. */
export function requireChrome(env = process.env) {
  const path = findChrome(env);
  const badEnv =
    env.CHROME_PATH && !existsSync(env.CHROME_PATH) ? `CHROME_PATH=${env.CHROME_PATH} does not exist` : undefined;
  if (!path) {
    const why = badEnv ? `${badEnv}, and no Chromium or Chrome found elsewhere` : 'no Chromium or Chrome found';
    console.error(
      `trade-widgets: ${why}. ` +
        'Install Chromium (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH to its binary.',
    );
    process.exit(1);
  }
  if (badEnv) console.error(`trade-widgets: ${badEnv}; using ${path}`);
  return path;
}

/** Flags known to work headless, as root, on a closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
  '--font-render-hinting=none',
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(requireChrome());
}
