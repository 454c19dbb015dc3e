/**
 * Iframe embeds: the embed page (embed.html, demo/embed.ts) and the host page's
 * script (embed.js, demo/embed-host.ts).
 *
 * The host pages are served from a second origin: this test page is on
 * http://localhost:<port>, the host pages on http://127.0.0.1:<port>, and the embed
 * pages inside them on localhost again, so that the test can read the embed pages
 * (same origin as itself) while host and embed talk across origins, as on a CMS.
 */
import { expect } from '@open-wc/testing';
import type { TradeElement } from '../../src/components/base/trade-element.ts';
import { ELEMENTS } from '../../src/elements.ts';
import { waitForState } from '../helpers/dom.ts';
import { HOSTILE } from './robustness/hostile-strings.ts';

const MS = 15_000;
/** The host pages' origin: the same server under another name. */
const HOST = `http://127.0.0.1:${location.port}`;

type PwnedWindow = Window & { __pwned?: string[] };

/** Polls `check` until it returns a truthy value, or fails with `what`. */
async function until<T>(check: () => T, what: string, ms = MS): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** An iframe of this page, loaded. */
async function frame(src: string, width = 800, height = 600): Promise<HTMLIFrameElement> {
  const el = document.createElement('iframe');
  el.style.cssText = `width:${width}px;height:${height}px;border:0`;
  el.src = src;
  document.body.append(el);
  await new Promise((r) => {
    el.addEventListener('load', r, { once: true });
  });
  return el;
}

/**
 * The embed page for a query, as this test page's iframe, once its script has run: at
 * its load event for a query that names no widget (the script then imports nothing),
 * once the widget is in the page otherwise.
 */
async function embed(query: string, width = 800): Promise<{ win: Window; doc: Document; widget: TradeElement | null }> {
  const el = await frame(`/embed.html${query}`, width, 300);
  const win = el.contentWindow!;
  const doc = el.contentDocument!;
  const tag = new URLSearchParams(query).get('widget') ?? '';
  if ((ELEMENTS as readonly string[]).includes(tag))
    await until(() => doc.getElementById('embed')!.firstElementChild, 'the embed script');
  return { win, doc, widget: doc.querySelector<TradeElement>('main > *:first-child') };
}

/** A host page on the second origin, with the given body and policy. */
function hostUrl(html: string, csp?: string): string {
  const params = new URLSearchParams({ html });
  if (csp) params.set('csp', csp);
  return `${HOST}/__test/host-page?${params.toString()}`;
}

/** The embed page's address on this page's origin. */
const embedUrl = (query: string) => `${location.origin}/embed.html?${query}`;

/** The elements of a page's body, but the test server's web socket client. */
const bodyElements = (doc: Document) =>
  [...doc.body.querySelectorAll('*')]
    .filter((e) => !e.getAttribute('src')?.startsWith('/__web'))
    .map((e) => e.localName);

/** Every element of a document and of the shadow roots below it. */
function allElements(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);
}

describe('the embed page (embed.html)', function () {
  this.timeout(60_000);
  afterEach(() => {
    for (const el of document.querySelectorAll('iframe')) el.remove();
  });

  it('renders the widget of the query: its attributes only, title, source line and a link to the report', async () => {
    const { win, doc, widget } = await embed(
      '?widget=trade-sankey&department=32&flow=export&lang=en&year=2024&unknown=1&src=/evil.json&base-url=/evil/',
    );
    expect(widget!.localName).to.equal('trade-sankey');
    expect(await waitForState(widget!, 'ready', MS)).to.equal('ready');
    const attrs = Object.fromEntries([...widget!.attributes].map((a) => [a.name, a.value]));
    expect(attrs).to.deep.equal({ department: '32', flow: 'export', lang: 'en', year: '2024' });
    const root = widget!.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.contain('Gers').and.contain('2024');
    expect(root.querySelector('[part="source"]')!.textContent).to.contain('2024');
    // Only the widget and the link: no header, no picker, no footer.
    expect(bodyElements(doc)).to.deep.equal(['main', 'trade-sankey', 'p', 'a']);
    const link = doc.querySelector('a')!;
    await until(() => link.textContent.includes('Gers'), `the link names Gers: ${link.textContent}`);
    expect(link.textContent).to.equal('Full foreign trade report: Gers');
    expect(link.href).to.equal(`${location.origin}/?department=32&year=2024&lang=en`);
    expect(link.target).to.equal('_blank');
    expect(doc.documentElement.lang).to.equal('en');
    expect(win.getComputedStyle(doc.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(win.getComputedStyle(doc.documentElement).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('takes the attributes the Custom Elements Manifest documents, but those that fetch files', async () => {
    const { win } = await embed('?widget=trade-summary&department=32');
    const manifest = await fetch('/custom-elements.json');
    // The manifest is written by `npm run manifest` and `npm run build`.
    const declared = manifest.ok
      ? (
          (await manifest.json()) as {
            modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
          }
        ).modules.flatMap((m) => m.declarations ?? [])
      : [];
    const attributes = (tag: string) =>
      (win.customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
    for (const tag of ELEMENTS) {
      const documented = declared.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name);
      if (documented) expect([...attributes(tag)].sort(), tag).to.deep.equal([...documented].sort());
    }
    // Every documented attribute but src, base-url and texts goes from the query to the element.
    const pages = await Promise.all(
      ELEMENTS.map((tag) => {
        const query = new URLSearchParams({ widget: tag });
        for (const name of attributes(tag)) query.set(name, `v-${name}`);
        return embed(`?${query.toString()}`, 300);
      }),
    );
    for (const [i, tag] of ELEMENTS.entries()) {
      const expected = attributes(tag).filter((n) => !['src', 'base-url', 'texts'].includes(n));
      expect(pages[i].widget!.getAttributeNames().sort(), tag).to.deep.equal(expected.sort());
    }
  });

  it('an unknown widget creates nothing', async () => {
    for (const query of [
      '?widget=trade-nope&department=32',
      '?widget=div',
      '?widget=TRADE-SUMMARY',
      '?department=32',
    ]) {
      const { doc } = await embed(query);
      expect(doc.getElementById('embed')!.children.length, query).to.equal(0);
      for (const el of document.querySelectorAll('iframe')) el.remove();
    }
  });

  it('hostile query strings create no element and run no script', async () => {
    const pwned: string[] = [];
    (window as PwnedWindow).__pwned = pwned;
    // Each payload pushes its name into this page's __pwned if it ever runs in an embed page.
    const payloads = HOSTILE.map((h) => h.replaceAll('window.__pwned', 'top.__pwned'));
    // The control: the same payload, parsed as HTML in a page, does run.
    const control = document.createElement('div');
    control.innerHTML = payloads[0];
    await until(() => pwned.length > 0, 'the control payload runs');
    pwned.length = 0;
    const enc = encodeURIComponent;
    const queries = payloads.flatMap((h) => [
      // As the widget, a parameter's name and value: no element at all.
      `?widget=${enc(h)}&department=${enc(h)}&${enc(h)}=${enc(h)}`,
      // In every attribute of a real widget: one widget, the values as inert attributes; then
      // not encoded at all, as a hand-made link would be.
      `?widget=trade-summary&department=${enc(h)}&lang=${enc(h)}&theme=${enc(h)}&year=${enc(h)}&${enc(h)}=1` +
        `&heading=${h}`,
    ]);
    const pages = await Promise.all(queries.map(async (query) => ({ query, ...(await embed(query, 400)) })));
    // Every widget has shown what it makes of its values (an error, for these).
    await Promise.all(
      pages.flatMap(({ doc }) =>
        [...doc.querySelectorAll<TradeElement>('main > trade-summary')].map((w) =>
          waitForState(w, ['error', 'empty', 'ready'], MS),
        ),
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    for (const { query, doc } of pages) {
      const main = doc.getElementById('embed')!;
      const light = bodyElements(doc);
      if (main.children.length) expect(light, query).to.deep.equal(['main', 'trade-summary', 'p', 'a']);
      else expect(light, query).to.deep.equal(['main']);
      const all = allElements(doc);
      expect(
        all.filter((e) => /^(img|iframe|object|embed|script|style|svg)$/i.test(e.localName) && e.closest('main')),
        query,
      ).to.deep.equal([]);
      expect(
        all.filter((e) => e.getAttributeNames().some((n) => /^on/i.test(n))).map((e) => e.outerHTML),
        query,
      ).to.deep.equal([]);
      // The page's own script only (the test server adds its web socket client).
      const scripts = [...doc.scripts].map((s) => s.getAttribute('src')).filter((s) => !s?.startsWith('/__web'));
      expect(scripts, query).to.deep.equal(['./demo/embed.ts']);
    }
    const hostileWidget = pages.filter((p) => p.query.startsWith('?widget=trade-summary&department='));
    expect(hostileWidget.map((p) => p.doc.querySelector('trade-summary')!.getAttribute('department'))).to.deep.equal(
      payloads,
    );
    expect(pwned).to.deep.equal([]);
  });

  it('in a host page of another origin, under script-src none, the iframe alone draws its chart', async () => {
    const src = embedUrl('widget=trade-sankey&department=32&flow=export');
    const host = await frame(
      hostUrl(
        `<iframe src="${src}" title="Gers" width="100%" height="640" style="border:0"></iframe>`,
        "script-src 'none'",
      ),
      700,
      700,
    );
    const inner = await until(() => {
      try {
        return (host.contentWindow!.frames[0] as Window | undefined)?.document.querySelector<TradeElement>(
          'trade-sankey',
        );
      } catch {
        return undefined;
      }
    }, 'the embed page inside the host page');
    expect(await waitForState(inner, 'ready', MS)).to.equal('ready');
    expect(inner.shadowRoot!.querySelectorAll('svg path').length).to.be.greaterThan(5);
    // The fixed height, with no script on the host page: the iframe keeps it.
    expect(host.contentWindow!.frames[0].innerHeight).to.equal(640);
  });
});

describe('embed.js on the host page', function () {
  this.timeout(60_000);
  afterEach(() => {
    for (const el of document.querySelectorAll('iframe')) el.remove();
  });

  /** A host page on the second origin with one embed iframe (too short) and embed.js. */
  async function hosted(query: string, extra = '') {
    const src = embedUrl(query);
    const host = await frame(
      hostUrl(
        `<iframe src="${src}" title="Gers" width="100%" height="150" style="border:0;display:block"></iframe>` +
          `${extra}<script src="/demo/embed-host.ts"></script>`,
        "script-src 'self'",
      ),
      1000,
      700,
    );
    const win = await until(() => {
      try {
        const inner = host.contentWindow!.frames[0] as Window | undefined;
        return inner?.document.querySelector('trade-sankey') && inner;
      } catch {
        return undefined;
      }
    }, 'the embed page inside the host page');
    const widget = win.document.querySelector<TradeElement>('trade-sankey')!;
    await waitForState(widget, 'ready', MS);
    /** The content's height, and the iframe's: its viewport's. */
    const content = () => win.document.getElementById('embed')!.getBoundingClientRect().height;
    const fits = () => Math.abs(win.innerHeight - content()) <= 2;
    return { host, win, widget, content, fits };
  }

  it('sizes the iframe to its content: after load, at 375 px, with the data table open', async () => {
    const { host, win, widget, content, fits } = await hosted('widget=trade-sankey&department=32&flow=export');
    await until(fits, 'fits after load');
    const wide = win.innerHeight;
    expect(wide).to.be.greaterThan(300);

    host.style.width = '375px';
    await until(() => win.innerWidth <= 375 && fits() && win.innerHeight !== wide, 'fits at 375 px');
    expect(Math.abs(win.innerHeight - content())).to.be.at.most(2);
    const narrow = win.innerHeight;

    // « Voir les données »: the table opens below the chart, and the iframe grows with it.
    const show = [...widget.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Voir les'))!;
    show.click();
    await until(() => fits() && win.innerHeight > narrow + 50, `fits with the table: ${win.innerHeight}`);
  });

  it('ignores messages of the wrong shape, or from a frame that is not an embed page', async () => {
    const other = `${location.origin}/__test/host-page?html=other`;
    const { host, win, fits } = await hosted(
      'widget=trade-sankey&department=32&flow=export',
      `<iframe src="${other}" title="other" height="100"></iframe>`,
    );
    await until(fits, 'fits after load');
    const height = win.innerHeight;
    const send = (from: Window, message: unknown) =>
      // Posted from the frame's own realm, so that the message's source is that frame.
      new (from as unknown as { Function: FunctionConstructor }).Function('m', "parent.postMessage(m, '*')")(message);
    for (const bad of [
      { type: 'trade-widgets:height', height: '40' },
      { type: 'trade-widgets:height', height: -40 },
      { type: 'trade-widgets:height', height: Number.NaN },
      { type: 'trade-widgets:height', height: 1e9 },
      { type: 'other', height: 40 },
      'trade-widgets:height',
      null,
    ])
      send(win, bad);
    const otherWin = host.contentWindow!.frames[1];
    send(otherWin, { type: 'trade-widgets:height', height: 40 });
    // This page is not the iframe, though on the embed's origin.
    host.contentWindow!.postMessage({ type: 'trade-widgets:height', height: 40 }, '*');
    await new Promise((r) => setTimeout(r, 300));
    expect(win.innerHeight).to.equal(height);
    // A good message from the embed page itself is taken.
    send(win, { type: 'trade-widgets:height', height: 222 });
    await until(() => win.innerHeight === 222, `222: ${win.innerHeight}`);
  });
});
