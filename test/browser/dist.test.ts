/**
 * The built library as embedders use it (npm run build, which `npm test` runs
 * before the browser tests): two copies of the script on one page, data and
 * on-demand modules found next to the script, one element's module fetching only
 * that element, and no request to any other host. Pages are served with
 * `Content-Security-Policy: default-src 'self'`.
 */
import { expect } from '@open-wc/testing';

type Widget = HTMLElement & { state: string; data?: { territory: { code: string } } };

async function page(params: Record<string, string>, selector: string, want = 'ready') {
  const built = await fetch('/dist/trade-widgets.iife.js', { method: 'HEAD' });
  if (!built.ok) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = `/__test/dist-page?${new URLSearchParams(params)}`;
  document.body.append(frame);
  await new Promise((r) => {
    frame.addEventListener('load', r, { once: true });
  });
  const win = frame.contentWindow!;
  const start = performance.now();
  let els: Widget[] = [];
  while (performance.now() - start < 15_000) {
    els = [...win.document.querySelectorAll<Widget>(selector)];
    if (els.length && els.every((e) => e.state === want)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const errors = (win as Window & { __errors: string[] }).__errors;
  const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name));
  return { win, els, errors, requests, frame };
}

describe('the built library', function () {
  this.timeout(30_000);
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('two copies of the single-file script on one page: no error, the widgets work', async () => {
    const { els, errors } = await page(
      {
        scripts: 'trade-widgets.iife.js,trade-widgets.iife.js',
        html: '<trade-summary department="32"></trade-summary>',
      },
      'trade-summary',
    );
    expect(errors).to.deep.equal([]);
    expect(els[0].state).to.equal('ready');
  });

  it('the ES build and the single-file script together: no error', async () => {
    const { els, errors } = await page(
      {
        scripts: 'trade-widgets.iife.js',
        modules: 'trade-widgets.js',
        html: '<trade-balance department="32"></trade-balance>',
      },
      'trade-balance',
    );
    expect(errors).to.deep.equal([]);
    expect(els[0].state).to.equal('ready');
  });

  it('with no base-url, the data is found next to the script', async () => {
    const { els, requests } = await page(
      { scripts: 'trade-widgets.iife.js', html: '<trade-summary department="32"></trade-summary>' },
      'trade-summary',
    );
    expect(els[0].data?.territory.code).to.equal('32');
    const data = requests.filter((u) => u.pathname.endsWith('.json')).map((u) => u.pathname);
    expect(data).to.deep.equal(['/dist/data/latest/departments/32.json']);
    expect(data.every((p) => p.startsWith('/dist/data/'))).to.equal(true);
  });

  it('lang="en" loads the English module from next to the script, once', async () => {
    const { win, els, requests } = await page(
      {
        scripts: 'trade-widgets.iife.js',
        html:
          '<div lang="en">' +
          '<trade-summary department="32"></trade-summary><trade-balance department="32"></trade-balance>' +
          '</div>',
      },
      'trade-summary, trade-balance',
    );
    expect(requests.filter((u) => u.pathname === '/dist/lazy/en.js').length).to.equal(1);
    const title = els[0].shadowRoot!.querySelector('[part="title"]')!.textContent;
    expect(title).to.equal('Foreign trade key figures, Gers (2024)');
    expect(win.document.documentElement.lang).to.equal('fr');
  });

  it('one element imported alone downloads that element’s code only', async () => {
    const { els, requests } = await page(
      { modules: 'trade-sankey.js', html: '<trade-sankey department="32"></trade-sankey>' },
      'trade-sankey',
    );
    expect(els[0].state).to.equal('ready');
    const scripts = requests
      .filter((u) => u.pathname.endsWith('.js'))
      .map((u) => u.pathname.replace(/-[\w-]{8}\.js$/, '.js'));
    expect(scripts.some((s) => s.includes('trade-sankey'))).to.equal(true);
    for (const other of ['trade-balance', 'trade-treemap', 'trade-summary', 'trade-report', 'lazy/']) {
      expect(
        scripts.filter((s) => s.includes(other)),
        other,
      ).to.deep.equal([]);
    }
  });

  it('under the strict CSP, the PNG download works: drawn on a canvas, no blob: or data: image to load', async () => {
    const { els, errors, win } = await page(
      { scripts: 'trade-widgets.iife.js', html: '<trade-sankey department="32"></trade-sankey>' },
      'trade-sankey',
    );
    const el = els[0] as Widget & {
      toPng(scale?: number): Promise<Blob>;
      toSvg(): Promise<{ width: number; height: number }>;
    };
    const { width, height } = await el.toSvg();
    const png = await el.toPng();
    const view = new DataView(await png.arrayBuffer());
    expect(view.getUint32(16)).to.equal(Math.round(width * 2));
    expect(view.getUint32(20)).to.equal(Math.round(height * 2));
    // Not blank: the chart's ink is there (the drawing, not only the background).
    const img = await win.createImageBitmap(png);
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) ink++;
    expect(ink / (img.width * img.height), 'share of non-white pixels').to.be.within(0.05, 0.9);
    expect(errors).to.deep.equal([]);
  });

  it('no request leaves for another host: scripts, data and modules all come from the page’s origin', async () => {
    const { requests, els } = await page(
      { scripts: 'trade-widgets.iife.js', html: '<trade-report department="32"></trade-report>' },
      'trade-report',
    );
    expect(els[0].state).to.equal('ready');
    expect(requests.length).to.be.greaterThan(3);
    expect(requests.filter((u) => u.origin !== location.origin).map((u) => u.href)).to.deep.equal([]);
  });
});
