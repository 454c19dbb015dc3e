/**
 * embed.js, for the page that hosts trade-widgets iframes (`npm run build:demo`
 * builds it into dist-demo/embed.js; `npm start` serves this source as /embed.js):
 *
 *   <iframe src="https://…/embed.html?widget=trade-sankey&department=32" height="640" …></iframe>
 *   <script async src="https://…/embed.js"></script>
 *
 * Each embed page (demo/embed.ts) tells its parent the height of its content, now
 * and whenever it changes (a narrower window, « Voir les données » opened), with
 * `postMessage({ type: 'trade-widgets:height', height })`. This script gives each
 * iframe that height. A message counts only if it comes from an iframe of this page
 * whose address is an `embed.html`, from that address's origin, and has that shape.
 * When this script starts, it asks every such iframe for its height, in case an
 * iframe loaded first. At most 1 kB gzip (test/build/embed-script.test.ts).
 *
 * A classic script with no import or export: it runs as it is, wherever it is put.
 */
(() => {
  const HEIGHT = 'trade-widgets:height';
  const MEASURE = 'trade-widgets:measure';

  /** The origin of an iframe showing an embed page, or undefined for any other iframe. */
  const embedOrigin = (frame: HTMLIFrameElement): string | undefined => {
    try {
      const url = new URL(frame.src, document.baseURI);
      return url.pathname.endsWith('/embed.html') ? url.origin : undefined;
    } catch {
      return undefined;
    }
  };

  addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== HEIGHT || typeof height !== 'number' || !(height > 0 && height < 100_000)) return;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === event.source && embedOrigin(frame) === event.origin)
        frame.style.height = `${Math.ceil(height)}px`;
  });

  for (const frame of document.querySelectorAll('iframe')) {
    const origin = embedOrigin(frame);
    if (origin) frame.contentWindow?.postMessage({ type: MEASURE }, origin);
  }
})();
