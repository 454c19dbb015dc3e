// Finds a Chromium/Chrome binary for the browser tests and the benchmarks.
// Order: $CHROME_PATH, /usr/bin/chromium, then the usual Chrome locations.
import { existsSync } from 'node:fs';

const CANDIDATES = [
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

/** @returns {string | undefined} */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Returns the binary or exits with one line that says what to install. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    const why = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist` : 'no Chromium or Chrome found';
    console.error(`trade-widgets: ${why}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its binary.`);
    process.exit(1);
  }
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

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(requireChrome());
}
