/**
 * The shared base, through the smallest widget built on it: attributes to request,
 * the shared loader, every error path ending in the visible error state, locale,
 * theme, size, keyboard, tooltip, table alternative and events.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clearCache, loaderStats, pendingRequests } from '../../src/data/loader.ts';
import { makeData, mutate } from '../helpers/data.ts';
import { FIXTURES, errorText, q, qa, shadow, tableRows, text, waitForState } from '../helpers/dom.ts';
import './test-widget.ts';
import type { TestWidget } from './test-widget.ts';
import '../../src/components/trade-sankey/trade-sankey.ts';
import '../../src/components/trade-summary/trade-summary.ts';
import type { TradeElement } from '../../src/components/base/trade-element.ts';
import { fr } from '../../src/data/i18n/fr.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// "modules loaded on demand" reads resource timings: the default buffer (250 entries)
// is full before the end of this file, and later requests would not be listed.
performance.setResourceTimingBufferSize(10_000);

async function counts(): Promise<Record<string, number>> {
  return (await fetch('/__test/counts')).json();
}

beforeEach(async () => {
  clearCache();
  await fetch('/__test/counts-reset');
});

describe('loading by attribute', () => {
  it('without a year, asks for the file in latest/ at once, without index.json', async () => {
    const base = '/__test/count/test/fixtures/data/';
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${base}></test-widget>`);
    const loaded = oneEvent(el, 'trade-load');
    await waitForState(el, 'ready');
    const { detail } = await loaded.catch(() => ({ detail: { url: el.dataUrl } }));
    expect(detail.url).to.match(/\/test\/fixtures\/data\/latest\/departments\/32\.json$/);
    expect(text(q(el, '[part="title"]'))).to.equal('Test, Gers (2024)');
    expect(el.data?.totals.export).to.equal(300_000_000);
    expect(await counts()).to.deep.equal({ 'test/fixtures/data/latest/departments/32.json': 1 });
  });

  it('a data folder without latest/ (written before it existed): the latest year named by index.json', async () => {
    const base = '/__test/count/test/fixtures/data-without-latest/';
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${base}></test-widget>`);
    await waitForState(el, 'ready');
    expect(el.dataUrl).to.match(/\/data-without-latest\/2024\/departments\/32\.json$/);
    expect(el.data?.year).to.equal(2024);
    expect(await counts()).to.deep.equal({
      'test/fixtures/data-without-latest/latest/departments/32.json': 1,
      'test/fixtures/data-without-latest/index.json': 1,
      'test/fixtures/data-without-latest/2024/departments/32.json': 1,
    });
    // A territory the index does not have: said as such, not as a 404.
    const missing = await fixture<TestWidget>(html`<test-widget department="31" base-url=${base}></test-widget>`);
    await waitForState(missing, 'error');
    expect(missing.error?.kind).to.equal('not-found');
    expect(text(q(missing, '[part="error"]'))).to.contain('« department » 31 n’existe pas dans les données');
  });

  it('loads the year asked for', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget department="32" year="2023" base-url=${FIXTURES}></test-widget>`,
    );
    await waitForState(el, 'ready');
    expect(el.data?.year).to.equal(2023);
    expect(text(q(el, '[part="title"]'))).to.equal('Test, Gers (2023)');
  });

  it('loads a region and France', async () => {
    const r = await fixture<TestWidget>(html`<test-widget region="76" base-url=${FIXTURES}></test-widget>`);
    const f = await fixture<TestWidget>(html`<test-widget level="france" base-url=${FIXTURES}></test-widget>`);
    await waitForState(r, 'ready');
    await waitForState(f, 'ready');
    expect(r.data?.territory.level).to.equal('region');
    expect(f.data?.territory.code).to.equal('FR');
  });

  it('loads an explicit src', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="${FIXTURES}2024/departments/31.json"></test-widget>`);
    await waitForState(el, 'ready');
    expect(el.data?.territory.name).to.equal('Haute-Garonne');
  });

  it('reads 2A as Corse (20) and 1 as 01 when building the URL', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget department="2A" year="2024" base-url="/__test/count/test/fixtures/data/"></test-widget>`,
    );
    await waitForState(el, 'error');
    expect(el.error?.url).to.match(/\/2024\/departments\/20\.json$/);
  });

  it('six widgets on one department fetch its file once', async () => {
    const base = '/__test/count/test/fixtures/data/';
    const before = loaderStats.requests;
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        ${[1, 2, 3, 4, 5, 6].map(() => html`<test-widget department="32" base-url=${base}></test-widget>`)}
      </div>`,
    );
    const els = [...wrap.querySelectorAll<TestWidget>('test-widget')];
    await Promise.all(els.map((e) => waitForState(e, 'ready')));
    const c = await counts();
    expect(c).to.deep.equal({ 'test/fixtures/data/latest/departments/32.json': 1 });
    expect(loaderStats.requests - before).to.equal(1);
  });

  it('a changed attribute aborts the request in flight: a late answer never overwrites a newer one', async () => {
    const loads: string[] = [];
    const el = await fixture<TestWidget>(
      html`<test-widget year="2024" department="32" base-url="/__test/delay/600/test/fixtures/data/"></test-widget>`,
    );
    el.addEventListener('trade-load', (e) => loads.push((e as CustomEvent).detail.data.territory.code));
    await sleep(50);
    expect(el.state).to.equal('loading');
    expect(pendingRequests()).to.equal(1);
    el.baseUrl = '/__test/delay/0/test/fixtures/data/';
    el.department = '31';
    await waitForState(el, 'ready');
    expect(pendingRequests()).to.equal(0); // the slow request was cancelled, not left running
    await sleep(800); // past the slow answer's arrival
    expect(loads).to.deep.equal(['31']);
    expect(el.data?.territory.code).to.equal('31');
    expect(text(q(el, '[part="title"]'))).to.contain('Haute-Garonne');
  });

  it('a burst of attribute changes in one task makes one request and one chart render', async () => {
    const el = await fixture<TestWidget>(html`<test-widget base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'error'); // no territory yet
    const before = loaderStats.requests;
    let renders = 0;
    el.addEventListener('trade-render', () => renders++);
    for (let i = 0; i < 50; i++) el.department = i % 2 ? '31' : '32';
    await waitForState(el, 'ready');
    await sleep(50);
    expect(el.data?.territory.code).to.equal('31');
    expect(renders).to.equal(1);
    expect(loaderStats.requests - before).to.equal(1); // one file
  });

  it('removing the element while its fetch is in flight cancels the request', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget src="/__test/delay/500/test/fixtures/data/2024/departments/32.json"></test-widget>`,
    );
    await sleep(30);
    expect(pendingRequests()).to.equal(1);
    el.remove();
    await sleep(10);
    expect(pendingRequests()).to.equal(0);
  });

  it("every request of the loader is sent with credentials: 'omit' (index and file)", async () => {
    const seen: { url: string; credentials: RequestCredentials }[] = [];
    const original = fetch;
    // What the browser would send: the credentials mode of the Request built from the loader's arguments.
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const req = new Request(input, init);
      seen.push({ url: req.url, credentials: req.credentials });
      return original.call(window, input, init);
    };
    try {
      const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
      await waitForState(el, 'ready');
      const byUrl = await fixture<TestWidget>(
        html`<test-widget src="${FIXTURES}2024/departments/31.json"></test-widget>`,
      );
      await waitForState(byUrl, 'ready');
      // A year the data does not have: the index explains the 404.
      const missing = await fixture<TestWidget>(
        html`<test-widget department="32" year="2022" base-url=${FIXTURES}></test-widget>`,
      );
      await waitForState(missing, 'error');
    } finally {
      window.fetch = original;
    }
    const ours = seen.filter((r) => r.url.includes('/test/fixtures/data/'));
    expect(ours.map((r) => r.url.replace(/^.*\/test\/fixtures\/data\//, ''))).to.deep.equal([
      'latest/departments/32.json',
      '2024/departments/31.json',
      '2022/departments/32.json',
      'index.json',
    ]);
    for (const r of ours) expect(r.credentials, r.url).to.equal('omit');
    expect(fetch).to.equal(original);
  });

  it('reload() recovers after a server error', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget
        src="/__test/flaky/base-${Date.now()}/test/fixtures/data/2024/departments/32.json"
      ></test-widget>`,
    );
    await waitForState(el, 'error');
    expect(errorText(el)).to.contain('HTTP 500');
    el.reload();
    await waitForState(el, 'ready');
    expect(el.data?.territory.code).to.equal('32');
  });
});

describe('every failure ends in the visible error state', () => {
  async function failing(src: string, extra: Partial<TestWidget> = {}): Promise<TestWidget> {
    const el = document.createElement('test-widget');
    Object.assign(el, extra);
    el.src = src;
    const errored = oneEvent(el, 'trade-error');
    await fixture(el);
    await errored;
    await waitForState(el, 'error');
    return el;
  }

  it('HTTP 404, with the URL', async () => {
    const el = await failing('/test/fixtures/data/2024/departments/nope.json');
    expect(el.error?.kind).to.equal('http');
    expect(errorText(el)).to.contain('Impossible d’afficher ce graphique');
    expect(errorText(el)).to.contain('HTTP 404');
    expect(errorText(el)).to.contain('/test/fixtures/data/2024/departments/nope.json');
  });

  it('HTTP 500', async () => {
    const el = await failing('/__test/status/500');
    expect(errorText(el)).to.contain('HTTP 500');
  });

  it('network failure', async () => {
    const el = await failing('http://127.0.0.1:9/data.json');
    expect(el.error?.kind).to.equal('network');
    expect(errorText(el)).to.contain('réseau');
  });

  it('invalid JSON', async () => {
    const el = await failing('/__test/text?body=%7B%22schema%22%3A');
    expect(el.error?.kind).to.equal('json');
    expect(errorText(el)).to.contain('pas du JSON valide');
  });

  it('HTML instead of JSON says so', async () => {
    const el = await failing('/__test/text?body=%3C!doctype%20html%3E');
    expect(errorText(el)).to.contain('HTML');
  });

  it('an empty body', async () => {
    const el = await failing('/__test/text?body=');
    expect(el.error?.kind).to.equal('schema');
    expect(errorText(el)).to.contain('est vide');
  });

  it('a timeout, for an answer that never ends', async () => {
    const el = await failing('/__test/hang', { timeout: 300 });
    expect(el.error?.kind).to.equal('timeout');
    expect(errorText(el)).to.contain('Le chargement a dépassé le délai de 0,3 s.');
    expect(pendingRequests()).to.equal(0);
  });

  it('a 50 MB answer is refused under the size limit', async () => {
    const el = await failing('/__test/big/50');
    expect(el.error?.kind).to.equal('too-large');
    expect(errorText(el)).to.contain('taille maximale');
  });

  it('a declared Content-Length over the limit is refused before reading', async () => {
    const el = await failing('/__test/big-declared/50');
    expect(el.error?.kind).to.equal('too-large');
  });

  it('a schema violation names the field and the problem', async () => {
    const bad = mutate(makeData(), ['flows', 'export', 0, 2], -5);
    const el = await failing(`/__test/text?body=${encodeURIComponent(JSON.stringify(bad))}`);
    expect(el.error?.kind).to.equal('schema');
    expect(errorText(el)).to.contain('« flows.export[0][2] »');
    expect(errorText(el)).to.contain('est négatif (-5)');
  });

  it('a department that is not in the data', async () => {
    const el = document.createElement('test-widget');
    el.setAttribute('department', '33');
    el.setAttribute('base-url', FIXTURES);
    await fixture(el);
    await waitForState(el, 'error');
    expect(el.error?.kind).to.equal('not-found');
    expect(errorText(el)).to.contain('33 n’existe pas dans les données');
  });

  it('a year that is not in the data lists the years that are', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget department="32" year="2019" base-url=${FIXTURES}></test-widget>`,
    );
    await waitForState(el, 'error');
    expect(el.error?.kind).to.equal('not-found');
    expect(errorText(el)).to.contain('2019 n’existe pas dans les données (années disponibles : 2023, 2024)');
  });

  it('an invalid department attribute', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="ABC" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'error');
    expect(el.error?.kind).to.equal('input');
    expect(errorText(el)).to.contain('Attribut invalide : « department »');
  });

  it('no territory at all', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await waitForState(el, 'error');
    expect(errorText(el)).to.contain('level="france"');
  });

  it('a file for another territory than the one asked for', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget department="31" year="2024" base-url="/test/fixtures/mismatch/"></test-widget>`,
    );
    await waitForState(el, 'error');
    expect(el.error?.problem?.code).to.equal('mismatch');
  });

  it('speaks English with lang="en", also inherited from an ancestor', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en"><test-widget src="/__test/status/503"></test-widget></div>`,
    );
    const el = wrap.querySelector('test-widget') as TestWidget;
    await waitForState(el, 'error');
    expect(errorText(el)).to.contain('This chart cannot be shown');
    expect(errorText(el)).to.contain('The server answered HTTP 503');
  });
});

describe('the table alternative follows the first paint', () => {
  /** A widget given its data, caught at its first paint, before any idle period. */
  async function atFirstPaint(): Promise<TestWidget> {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('test-widget');
    el.data = makeData();
    const drawn = oneEvent(el, 'trade-render');
    wrap.append(el);
    await drawn;
    return el;
  }
  const built = (el: TestWidget) => shadow(el).querySelectorAll('[part="table"] tbody tr').length;

  it('painted without its table, whose place the toolbar names; the table comes in an idle period', async () => {
    const el = await atFirstPaint();
    expect(q(el, '[part="chart"] svg').getBoundingClientRect().height).to.be.greaterThan(0);
    expect(built(el)).to.equal(0);
    // The one-sentence summary is there from the first paint.
    expect(text(q(el, '.sr-only[id$="-summary"]'))).to.equal('Gers: 300,0\u00a0M€, 215,0\u00a0M€');
    const place = q(el, '[part="table"]');
    expect(q(el, '[aria-controls]').getAttribute('aria-controls')).to.equal(place.id);
    // What a screen-reader user then meets: the whole table.
    await waitUntil(() => built(el) === 2, 'the table is built when the page is idle', { timeout: 2000 });
    expect(tableRows(el)).to.have.length(2);
    expect(q(el, '[part="table"]').classList.contains('sr-only')).to.equal(true);
  });

  it('built at once when asked for: « Voir les données », the keyboard entering the chart, print', async () => {
    const opened = await atFirstPaint();
    q<HTMLButtonElement>(opened, '[aria-controls]').click();
    await opened.updateComplete;
    expect(built(opened)).to.equal(2);
    expect(q(opened, '[part="table"]').classList.contains('sr-only')).to.equal(false);

    const focused = await atFirstPaint();
    q<HTMLElement>(focused, '[tabindex="0"]').focus();
    await focused.updateComplete;
    expect(built(focused)).to.equal(2);

    const printed = await atFirstPaint();
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await printed.updateComplete;
      expect(built(printed)).to.equal(2);
      // A widget added while the page prints (as <trade-report> makes its charts below the first screen) is drawn
      // with its table in the microtasks that follow, without waiting for its width to be observed a frame later.
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const late = document.createElement('test-widget');
      late.data = makeData();
      wrap.append(late);
      while (!(await late.updateComplete));
      expect(q(late, '[part="chart"] svg').getBoundingClientRect().width).to.equal(600);
      expect(built(late)).to.equal(2);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('downloads hold every row before the table is built', async () => {
    const el = await atFirstPaint();
    expect(built(el)).to.equal(0);
    const lines = (await el.toCsv()).split('\r\n');
    expect(lines.slice(1, 3).map((line) => line.split(';')[0])).to.deep.equal(['export', 'import']);
  });
});

describe('rendering states', () => {
  it('shows a skeleton of the expected height while loading, with aria-busy', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget src="/__test/delay/300/test/fixtures/data/2024/departments/32.json"></test-widget>`,
    );
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const sk = q<HTMLElement>(el, '.skeleton');
    expect(sk.getBoundingClientRect().height).to.equal(320);
    expect(q(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    await waitForState(el, 'ready');
    expect(q(el, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
  });

  describe('the skeleton is as high as the chart that replaces it (no layout jump)', () => {
    // The demo file of a real department: 48 products, 75 countries, the previous year and the ranks.
    const DEMO = '/__test/delay/300/data/2024/departments/32.json';
    const cases: [string, string, number][] = [
      ['trade-sankey', '', 900],
      ['trade-sankey', '', 600],
      ['trade-sankey', 'flow="import"', 900],
      ['trade-sankey', '', 320],
      ['trade-summary', '', 900],
      ['trade-summary', '', 400],
      ['trade-summary', '', 320],
      ['trade-summary', 'flow="export"', 320],
    ];
    for (const [tag, attrs, width] of cases) {
      it(`<${tag}${attrs ? ' ' + attrs : ''}> at ${width} px`, async () => {
        const wrap = document.createElement('div');
        wrap.style.width = `${width}px`;
        wrap.innerHTML = `<${tag} ${attrs} src="${DEMO}"></${tag}>`;
        await fixture(wrap);
        const el = wrap.firstElementChild as TradeElement & { size: { width: number } };
        // The first width comes from a ResizeObserver: the skeleton is sized for it.
        for (let i = 0; i < 200 && el.size.width === 0; i++) await sleep(5);
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        const skeleton = q(el, '.skeleton').getBoundingClientRect().height;
        const loading = q(el, '[part="chart"]').getBoundingClientRect().height;
        expect(skeleton).to.be.greaterThan(50);
        await waitForState(el, 'ready');
        await el.updateComplete;
        const chart = q(el, '[part="chart"]').getBoundingClientRect().height;
        expect(Math.abs(chart - skeleton), `chart ${chart} px, skeleton ${skeleton} px`).to.be.at.most(2);
        expect(Math.abs(chart - loading), `chart area ${loading} px while loading, ${chart} px drawn`).to.be.at.most(2);
      });
    }
  });

  it('says "Données de démonstration" for demo data, and links the source', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    const source = q(el, '[part="source"]');
    expect(text(source)).to.contain('Données de démonstration (simulées)');
    expect(source.querySelector('a')?.getAttribute('href')).to.equal('https://www.data.gouv.fr/');
    const real = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    real.data = makeData({ demo: false });
    await waitForState(real, 'ready');
    expect(text(q(real, '[part="source"]'))).not.to.contain('démonstration');
  });

  it('the empty state explains itself', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    el.data = makeData({ export: [['C11Z', 'ES', 0]], import: [] });
    await waitForState(el, 'empty');
    expect(text(q(el, '[part="empty"]'))).to.equal('Aucun échange');
    expect(shadow(el).querySelector('svg')).to.equal(null);
  });

  it('data given as a property is validated: invalid data shows the error, never a chart', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const bad = makeData();
    (bad.totals as any).export = 1;
    el.data = bad;
    await waitForState(el, 'error');
    expect(errorText(el)).to.contain('« totals.export »');
    expect(shadow(el).querySelector('svg')).to.equal(null);
  });

  it('draws at the width of its container and redraws on resize', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 400px"><test-widget department="32" base-url=${FIXTURES}></test-widget></div>`,
    );
    const el = wrap.querySelector('test-widget') as TestWidget;
    await waitForState(el, 'ready');
    expect(q(el, 'svg').getAttribute('width')).to.equal('400');
    const rendered = oneEvent(el, 'trade-render');
    wrap.style.width = '640px';
    expect((await rendered).detail.width).to.equal(640);
    await el.updateComplete;
    expect(q(el, 'svg').getAttribute('width')).to.equal('640');
  });

  it(
    'the table alternative is in the shadow root, ' +
      'hidden until "Voir les données", always readable by assistive technology',
    async () => {
      const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
      await waitForState(el, 'ready');
      const wrap = q<HTMLElement>(el, '[part="table"]');
      const button = q<HTMLButtonElement>(el, '[part="toolbar"] button');
      expect(text(button)).to.equal('Voir les données');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(wrap.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(wrap).display).not.to.equal('none');
      expect(getComputedStyle(wrap).visibility).not.to.equal('hidden');
      expect(tableRows(el)).to.deep.equal([
        ['export', '300,0\u00a0M€'],
        ['import', '215,0\u00a0M€'],
      ]);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Masquer les données');
      expect(wrap.getBoundingClientRect().width).to.be.greaterThan(100);
    },
  );

  it('toolbar="none" hides the toolbar, not the table', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget toolbar="none" department="32" base-url=${FIXTURES}></test-widget>`,
    );
    await waitForState(el, 'ready');
    expect(shadow(el).querySelector('[part="toolbar"]')).to.equal(null);
    expect(tableRows(el)).to.have.length(2);
  });

  it('has a title, a one-sentence summary and labelled marks', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget department="32" base-url=${FIXTURES} heading-level="3"></test-widget>`,
    );
    await waitForState(el, 'ready');
    const title = q(el, '[part="title"]');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    const chart = q(el, '[part="chart"]');
    const summary = shadow(el).getElementById(chart.getAttribute('aria-describedby')!);
    expect(text(summary)).to.equal('Gers: 300,0\u00a0M€, 215,0\u00a0M€');
  });

  it('heading replaces the title', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget heading="Mon titre" department="32" base-url=${FIXTURES}></test-widget>`,
    );
    await waitForState(el, 'ready');
    expect(text(q(el, '[part="title"]'))).to.equal('Mon titre');
  });

  it('is axe-clean when ready and in the error state', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    await expect(el).to.be.accessible();
    const bad = await fixture<TestWidget>(html`<test-widget src="/__test/status/500"></test-widget>`);
    await waitForState(bad, 'error');
    await expect(bad).to.be.accessible();
  });
});

describe('theme', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-fr-theme');
  });

  it('theme="dark" and DSFR data-fr-theme="dark" switch to the dark scheme', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget theme="dark" department="32" base-url=${FIXTURES}></test-widget>`,
    );
    await waitForState(el, 'ready');
    const root = q(el, '[part="base"]');
    expect(root.classList.contains('dark')).to.equal(true);
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(22, 22, 22)');
    el.theme = 'auto';
    await el.updateComplete;
    expect(q(el, '[part="base"]').classList.contains('dark')).to.equal(false);
    document.documentElement.setAttribute('data-fr-theme', 'dark');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(q(el, '[part="base"]').classList.contains('dark')).to.equal(true);
  });

  describe('system colour scheme (theme left at auto)', () => {
    // The emulated preference is the browser's, for the rest of the file too: always back to light.
    afterEach(async () => {
      document.documentElement.style.removeProperty('color-scheme');
      document.querySelector('meta[name="color-scheme"]')?.remove();
      await emulateMedia({ colorScheme: 'light' });
    });
    /** A page that says it can be shown dark, as a page that follows the system does. */
    const pageAllowsDark = () => {
      document.documentElement.style.setProperty('color-scheme', 'light dark');
    };
    const isDark = (el: TestWidget) => q(el, '[part="base"]').classList.contains('dark');
    const background = (el: TestWidget) => getComputedStyle(q(el, '[part="base"]')).backgroundColor;
    /**
     * Switches the emulated system preference and waits for the page to see it: the
     * media query's change event comes a few frames after the DevTools command.
     */
    async function system(scheme: 'light' | 'dark'): Promise<void> {
      const mq = matchMedia('(prefers-color-scheme: dark)');
      if (mq.matches === (scheme === 'dark')) return;
      const changed = new Promise((r) => {
        mq.addEventListener('change', r, { once: true });
      });
      await emulateMedia({ colorScheme: scheme });
      await changed;
    }
    /** Waits for the widget to take the scheme (it re-renders on the change event), 2 s at most. */
    const becomes = (el: TestWidget, dark: boolean) =>
      waitUntil(
        async () => (await el.updateComplete, isDark(el) === dark),
        `the widget never turned ${dark ? 'dark' : 'light'}`,
        { timeout: 2000 },
      );

    it('a white page on a system in dark mode keeps a light widget: the page did not ask for dark', async () => {
      await system('dark');
      const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
      await waitForState(el, 'ready');
      expect(isDark(el)).to.equal(false);
      expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
      // The page then says it follows the system (a meta tag, as many sites do): the widget turns dark.
      const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
      document.head.append(meta);
      await becomes(el, true);
      meta.remove();
      await becomes(el, false);
    });

    it(
      'on a page whose color-scheme allows dark, prefers-color-scheme: dark gives the dark scheme, ' +
        'and the widget follows the system back to light and again to dark',
      async () => {
        pageAllowsDark();
        await system('dark');
        const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
        await waitForState(el, 'ready');
        expect(el.theme ?? 'auto').to.equal('auto');
        expect(isDark(el)).to.equal(true);
        expect(background(el)).to.equal('rgb(22, 22, 22)');
        expect(getComputedStyle(q(el, '[part="base"]')).color).to.equal('rgb(206, 206, 206)');
        expect(getComputedStyle(q(el, 'rect[data-key="export"]')).fill).to.equal('rgb(206, 206, 206)'); // currentColor

        await system('light');
        await becomes(el, false);
        expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(q(el, '[part="base"]')).color).to.equal('rgb(22, 22, 22)');

        await system('dark');
        await becomes(el, true);
        expect(background(el)).to.equal('rgb(22, 22, 22)');
      },
    );

    it('a widget drawn in light follows a switch of the system to dark, on a page that allows dark', async () => {
      pageAllowsDark();
      await system('light');
      const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
      await waitForState(el, 'ready');
      expect(isDark(el)).to.equal(false);
      await system('dark');
      await becomes(el, true);
      expect(background(el)).to.equal('rgb(22, 22, 22)');
    });

    it(
      'DSFR data-fr-theme="light" on <html> wins over a dark system preference, ' +
        'and removing it gives the system back',
      async () => {
        pageAllowsDark();
        await system('dark');
        document.documentElement.setAttribute('data-fr-theme', 'light');
        const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
        await waitForState(el, 'ready');
        expect(isDark(el)).to.equal(false);
        expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
        // The system going light and dark again while the DSFR says light changes nothing.
        await system('light');
        await system('dark');
        await sleep(50);
        await el.updateComplete;
        expect(isDark(el)).to.equal(false);
        document.documentElement.removeAttribute('data-fr-theme');
        await becomes(el, true);
        // theme="light" on the element wins over the system.
        el.theme = 'light';
        await el.updateComplete;
        expect(isDark(el)).to.equal(false);
      },
    );
  });

  it('custom properties override the DSFR colours', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget style="--trade-color-text: rgb(1, 2, 3)" department="32" base-url=${FIXTURES}></test-widget>`,
    );
    await waitForState(el, 'ready');
    expect(getComputedStyle(q(el, '[part="base"]')).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('interaction', () => {
  it('Tab reaches one mark, arrows move, Enter selects, Escape hides the tooltip', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    const marks = qa<SVGElement>(el, '[data-key]');
    expect(marks.map((m) => m.getAttribute('tabindex'))).to.deep.equal(['0', '-1']);
    marks[0].focus();
    await el.updateComplete;
    const tip = q<HTMLElement>(el, '[part="tooltip"]');
    expect(tip.hidden).to.equal(false);
    expect(text(tip)).to.equal('export300,0\u00a0M€');
    marks[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-key')).to.equal('import');
    expect(qa(el, '[data-key]').map((m) => m.getAttribute('tabindex'))).to.deep.equal(['-1', '0']);
    const selected = oneEvent(el, 'trade-select');
    shadow(el).activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    const { detail } = await selected;
    expect(detail).to.deep.equal({ kind: 'product', code: 'import', label: 'import' });
    expect(el.selected).to.equal('import');
    shadow(el).activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(q<HTMLElement>(el, '[part="tooltip"]').hidden).to.equal(true);
  });

  it('a click selects, a second click clears, and other widgets follow the page’s trade-select', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <test-widget id="a" department="32" base-url=${FIXTURES}></test-widget>
        <test-widget id="b" department="31" base-url=${FIXTURES}></test-widget>
        <test-widget id="c" sync="none" department="31" base-url=${FIXTURES}></test-widget>
      </div>`,
    );
    const [a, b, c] = [...wrap.querySelectorAll<TestWidget>('test-widget')];
    await Promise.all([a, b, c].map((e) => waitForState(e, 'ready')));
    const first = oneEvent(wrap, 'trade-select');
    (qa(a, '[data-key]')[0] as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await first).detail.code).to.equal('export');
    expect(b.selected).to.equal('export');
    expect(c.selected).to.equal(undefined);
    const second = oneEvent(wrap, 'trade-select');
    (qa(a, '[data-key]')[0] as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await second).detail).to.deep.equal({ kind: 'product', code: null, label: null });
    expect(a.selected).to.equal(undefined);
    expect(b.selected).to.equal(undefined);
  });

  it('hovering a mark shows the tooltip inside the chart', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    const mark = qa<SVGElement>(el, '[data-key]')[1];
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = q<HTMLElement>(el, '[part="tooltip"]');
    expect(tip.hidden).to.equal(false);
    const chart = q(el, '[part="chart"]').getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    expect(box.left).to.be.at.least(chart.left - 0.5);
    expect(box.right).to.be.at.most(chart.right + 0.5);
    q(el, '[part="chart"]').dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(q<HTMLElement>(el, '[part="tooltip"]').hidden).to.equal(true);
  });
});

describe('downloads', () => {
  /** A minimal CSV reader for the format we write: ";" separator, quotes doubled, CRLF. */
  function parseCsv(csv: string): string[][] {
    return csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
      .map((line) =>
        line
          .match(/("([^"]|"")*"|[^;]*)(;|$)/g)!
          .filter((c, i, all) => c !== '' || i < all.length - 1)
          .map((c) => c.replace(/;$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')),
      );
  }

  it('CSV: UTF-8 BOM, ";" separator, raw euros that match the table', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    const csv = await el.toCsv();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv).to.contain('\r\n');
    // The table, then an empty line and the source.
    const [table, notes] = csv.split(/\r\n;*\r\n/);
    expect(notes).to.match(/^Source;/);
    const rows = parseCsv(table);
    expect(rows[0]).to.deep.equal(['Flux', 'Valeur (€)']);
    expect(rows.slice(1)).to.deep.equal([
      ['export', '300000000'],
      ['import', '215000000'],
    ]);
    // the table shows the same numbers, formatted
    const { formatEuros } = await import('../../src/data/format.ts');
    expect(rows.slice(1).map((r) => formatEuros(Number(r[1]), fr))).to.deep.equal(tableRows(el).map((r) => r[1]));
  });

  it('CSV: English uses "," and a decimal point', async () => {
    const el = await fixture<TestWidget>(
      html`<test-widget lang="en" department="32" base-url=${FIXTURES}></test-widget>`,
    );
    await waitForState(el, 'ready');
    expect((await el.toCsv()).split('\r\n')[0]).to.equal('\ufeffFlux,Valeur (€)');
  });

  it('SVG: valid, self-contained, with the title and the source line', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    const { markup, width, height } = await el.toSvg();
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('viewBox')).to.equal(`0 0 ${width} ${height}`);
    expect(markup).not.to.contain('var(');
    expect(markup).not.to.match(/\sclass=/);
    expect(markup).not.to.match(/href=/);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).to.equal('Test, Gers (2024)');
    expect(texts).to.include('300,0\u00a0M€'); // a no-break space, kept as a character (no &nbsp; in XML)
    expect(texts.some((t) => t.includes('Données de démonstration'))).to.equal(true);
    expect(doc.querySelector('rect[data-key]')).to.equal(null);
    expect(doc.querySelectorAll('rect').length).to.equal(3); // background + two bars
  });

  it('PNG: twice the chart’s size, a real PNG', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 500px"><test-widget department="32" base-url=${FIXTURES}></test-widget></div>`,
    );
    const el = wrap.querySelector('test-widget') as TestWidget;
    await waitForState(el, 'ready');
    const { width, height } = await el.toSvg();
    const png = new Uint8Array(await (await el.toPng()).arrayBuffer());
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).to.equal('PNG');
    const view = new DataView(png.buffer);
    expect(view.getUint32(16)).to.equal(width * 2);
    expect(view.getUint32(20)).to.equal(Math.round(height * 2));
    expect(width).to.equal(500);
  });

  it('the download menu opens, lists CSV, SVG and PNG, and closes with Escape', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    const toggle = q<HTMLButtonElement>(el, '.menu > button');
    expect(text(toggle)).to.equal('Télécharger');
    expect(q<HTMLElement>(el, '.menu ul').hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(qa(el, '.menu li button').map((b) => text(b))).to.deep.equal([
      'Les données (CSV)',
      'L’image (SVG)',
      'L’image (PNG)',
    ]);
    qa<HTMLButtonElement>(el, '.menu li button')[0].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(q<HTMLElement>(el, '.menu ul').hidden).to.equal(true);
    expect(shadow(el).activeElement).to.equal(toggle);
  });

  it('clicking "Les données (CSV)" downloads a .csv named after the title', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    const clicked: HTMLAnchorElement[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back, never called
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      q<HTMLButtonElement>(el, '.menu > button').click();
      await el.updateComplete;
      qa<HTMLButtonElement>(el, '.menu li button')[0].click();
      // The download code loads on this first click.
      for (let i = 0; i < 200 && clicked.length === 0; i++) await sleep(10);
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0].download).to.equal('test-gers-2024.csv');
    expect(clicked[0].href).to.match(/^blob:/);
  });
});

describe('modules loaded on demand', () => {
  const requested = (part: string) =>
    performance.getEntriesByType('resource').filter((r) => r.name.includes(part)).length;

  it('the download code is fetched on the first download only, once', async () => {
    const el = await fixture<TestWidget>(html`<test-widget department="32" base-url=${FIXTURES}></test-widget>`);
    await waitForState(el, 'ready');
    const before = requested('/src/components/base/downloads.ts');
    expect(before, 'not before a download').to.be.at.most(1); // at most once in this page, by an earlier test
    await el.toCsv();
    await el.toCsv();
    expect(requested('/src/components/base/downloads.ts')).to.equal(1);
  });

  it('French widgets never fetch the English module; English ones fetch it once for the page', async () => {
    const key = '/src/data/i18n/en.ts';
    const fr = await fixture<TestWidget>(
      html`<test-widget lang="fr" department="32" base-url=${FIXTURES}></test-widget>`,
    );
    await waitForState(fr, 'ready');
    const already = requested(key);
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <test-widget department="32" base-url=${FIXTURES}></test-widget
        ><test-widget department="31" base-url=${FIXTURES}></test-widget>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll<TestWidget>('test-widget')];
    await Promise.all([waitForState(a, 'ready'), waitForState(b, 'ready')]);
    expect(requested(key)).to.equal(Math.max(already, 1));
    expect(text(q(a, '[part="toolbar"] button'))).to.equal('Show the data');
    expect(text(q(fr, '[part="toolbar"] button'))).to.equal('Voir les données');
  });
});
