/**
 * The built library as embedders use it (npm run build, which `npm test` runs
 * before the browser tests): two copies of the script on one page, data and
 * on-demand modules found next to the script, one element's module fetching only
 * that element, the autoloader fetching only the elements on the page, and no
 * request to any other host. Pages are served with
 * `Content-Security-Policy: default-src 'self'`.
 *
 * dist/ carries no data: the test server answers /dist/data/ with the demo data, as
 * an embedder's server answers with the output of `npm run data` put next to the script.
 */
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../../src/elements.ts';

type Widget = HTMLElement & { state: string; data?: { territory: { code: string } } };

/** A page on the built library, once every element `selector` finds is in the state `want` (any state if null). */
async function page(params: Record<string, string>, selector: string, want: string | string[] | null = 'ready') {
  const wanted = want === null ? null : Array.isArray(want) ? want : [want];
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
    if (els.length && (!wanted || els.every((e) => wanted.includes(e.state)))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const errors = (win as Window & { __errors: string[] }).__errors;
  const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name));
  return { win, els, errors, requests, frame };
}

/** A built module and every module it imports statically, through its chunks, as /dist/ paths. */
async function imports(path: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = await (await fetch(path)).text();
  // `from"./x.js"` and `import"./x.js"`; not `import("…")`, the modules loaded on demand.
  for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) await imports(`/dist/${m[1]}`, seen);
  return seen;
}

/** The scripts a page downloaded, without their chunks' hashes: /dist/trade-summary.js, /dist/trade-chart.js… */
const scriptsOf = (requests: URL[]) =>
  requests.filter((u) => u.pathname.endsWith('.js')).map((u) => u.pathname.replace(/-[\w-]{8}\.js$/, '.js'));

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
    expect(data[0]).to.equal('/dist/data/latest/departments/32.json');
    // Then, once drawn, what its dependency indicators and five-year change read: from the same folder.
    for (const later of data.slice(1))
      expect(['/dist/data/2024/france.json', '/dist/data/series/departments/32.json']).to.include(later);
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

  it('the autoloader: one <trade-summary> downloads the base and that element, nothing else', async () => {
    const { els, errors, win } = await page(
      { modules: 'autoloader.js', html: '<trade-summary department="32"></trade-summary>' },
      'trade-summary',
    );
    expect(els[0].state).to.equal('ready');
    expect(errors).to.deep.equal([]);
    // Once the figures are drawn, the dependency indicators come (their code, France's file, the series).
    for (let i = 0; i < 300 && !els[0].shadowRoot?.querySelector('[part="dependency"] li'); i++)
      await new Promise((r) => setTimeout(r, 20));
    const all = win.performance.getEntriesByType('resource').map((r) => new URL(r.name));
    const scripts = scriptsOf(all);
    expect(scripts).to.include('/dist/autoloader.js').and.include('/dist/trade-summary.js');
    // The other elements' modules, the all-in-one module and the on-demand modules but the summary's: none.
    for (const other of [...ELEMENTS.filter((t) => t !== 'trade-summary'), 'trade-widgets', 'lazy/'])
      expect(
        scripts.filter((s) => s.includes(other) && s !== '/dist/lazy/extras.js'),
        other,
      ).to.deep.equal([]);
    // Exactly the autoloader, the element's module and what it imports (the shared base chunks), and the
    // code of its dependency indicators and five-year change, on demand.
    const loaded = all.map((u) => u.pathname).filter((p) => p.startsWith('/dist/') && p.endsWith('.js'));
    const expected = await imports('/dist/trade-summary.js');
    expect(loaded.sort()).to.deep.equal(['/dist/autoloader.js', ...expected, '/dist/lazy/extras.js'].sort());
    const data = all.filter((u) => u.pathname.endsWith('.json')).map((u) => u.pathname);
    expect(data.sort()).to.deep.equal([
      '/dist/data/2024/france.json',
      '/dist/data/latest/departments/32.json',
      '/dist/data/series/departments/32.json',
    ]);
  });

  it('the autoloader defines an element added later, and only then downloads it', async () => {
    const { win, els, requests } = await page({ modules: 'autoloader.js', html: '<p>Rien encore.</p>' }, 'p', [
      undefined as unknown as string,
    ]);
    expect(els.length).to.equal(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(scriptsOf(requests).filter((s) => s.includes('trade-'))).to.deep.equal([]);
    expect(win.customElements.get('trade-balance')).to.equal(undefined);
    // Later, a block of the page brings a widget, nested in other markup.
    const block = win.document.createElement('section');
    block.innerHTML = '<div><trade-balance department="32"></trade-balance></div>';
    win.document.body.append(block);
    const balance = block.querySelector('trade-balance') as Widget;
    const start = performance.now();
    while (balance.state !== 'ready' && performance.now() - start < 15_000) await new Promise((r) => setTimeout(r, 50));
    expect(balance.state).to.equal('ready');
    const later = scriptsOf(win.performance.getEntriesByType('resource').map((r) => new URL(r.name)));
    expect(later).to.include('/dist/trade-balance.js');
    for (const other of ELEMENTS.filter((t) => t !== 'trade-balance'))
      expect(
        later.filter((s) => s.includes(other)),
        other,
      ).to.deep.equal([]);
  });

  it('without its data folder, a widget says where it looked and what to do', async () => {
    const { els } = await page(
      {
        scripts: 'trade-widgets.iife.js',
        html: '<trade-summary department="32" base-url="/nowhere/"></trade-summary>',
      },
      'trade-summary',
      'error',
    );
    const alert = els[0].shadowRoot!.querySelector('[part="error"]')!.textContent.replace(/\s+/g, ' ');
    expect(alert).to.contain('HTTP 404');
    // Where it looked: the data folder the page gave (its index, once the latest year is not there).
    expect(alert).to.contain(`${location.origin}/nowhere/`);
    expect(alert).to.contain('npm run data').and.contain('base-url');
  });
});
