/**
 * The demo site (index.html + demo/main.ts) in an iframe of a desktop width: the
 * report follows the address bar, the picker lists every territory and pushes the
 * choice into the URL, and the "Intégrer" panel shows the exact snippet, with what
 * the address bar holds escaped and never turned into markup.
 */
import { assert, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TradeElement } from '../../src/components/base/trade-element.ts';
import { errorText, q, qa, text, waitForState } from '../helpers/dom.ts';

const MS = 25_000;

type DemoWindow = Window & { __pwned?: string[] };
interface Demo {
  frame: HTMLIFrameElement;
  win: DemoWindow;
  doc: Document;
  report: TradeElement;
}

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

/** Opens the demo page with the given query and waits until its script has filled the picker. */
async function open(query: string): Promise<Demo> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.style.border = '0';
  frame.src = `/index.html${query}`;
  document.body.append(frame);
  await new Promise((r) => {
    frame.addEventListener('load', r, { once: true });
  });
  const win = frame.contentWindow as DemoWindow;
  const doc = frame.contentDocument!;
  const report = doc.getElementById('report') as TradeElement;
  // demo/main.ts has run: <trade-report> is defined and init() has filled the datalist.
  await until(
    () => win.customElements.get('trade-report') && doc.querySelectorAll('#territories option').length > 1,
    'the demo script filling the picker',
  );
  return { frame, win, doc, report };
}

/** The report and every chart in it (the key figures included), ready. */
async function ready(report: TradeElement): Promise<TradeElement[]> {
  await waitForState(report, 'ready', MS);
  await report.updateComplete;
  const charts = qa<TradeElement>(report, 'trade-balance, trade-treemap, trade-sankey, trade-summary');
  await Promise.all(charts.map((c) => waitForState(c, 'ready', MS)));
  return charts;
}

const title = (report: TradeElement) => text(q(report, '[part="title"]'));

/** Types into the picker and submits the form, as a reader pressing Enter or "Afficher". */
function pick(d: Demo, typed: string): void {
  const input = d.doc.getElementById('territory') as HTMLInputElement;
  input.value = typed;
  (d.doc.getElementById('picker') as HTMLFormElement).requestSubmit();
}

const code = (d: Demo) => d.doc.getElementById('embed-code')!.textContent;

/** Every widget of the "Intégrer" select: [option value, the tag and fixed attributes expected]. */
const WIDGETS: Array<[string, string, string]> = [
  ['trade-report', 'trade-report', ''],
  ['trade-summary', 'trade-summary', ''],
  ['trade-balance', 'trade-balance', ''],
  ['trade-treemap', 'trade-treemap', ''],
  ['trade-sankey flow="export"', 'trade-sankey', ' flow="export"'],
  ['trade-sankey flow="import"', 'trade-sankey', ' flow="import"'],
];

function chooseWidget(d: Demo, value: string): void {
  const select = d.doc.getElementById('embed-widget') as HTMLSelectElement;
  select.value = value;
  expect(select.value, `option ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change'));
}

/** A value as the snippet must hold it: `&`, `"`, `<` and `>` as character references. */
const escaped = (s: string) => s.replace(/[&"<>]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);

/** Every element in the document and in every shadow root below it. */
function allElements(root: Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

describe('the demo site', function () {
  this.timeout(90_000);
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('?department=32: the report is for Gers and every chart in it is drawn', async () => {
    const d = await open('?department=32');
    const charts = await ready(d.report);
    expect(title(d.report)).to.contain('Gers (2024)');
    expect((d.report as unknown as { department?: string }).department).to.equal('32');
    expect(charts.map((c) => c.tagName.toLowerCase())).to.deep.equal([
      'trade-balance',
      'trade-treemap',
      ...Array(6).fill('trade-sankey'),
      'trade-summary',
    ]);
    for (const c of charts) expect(c.state, c.tagName).to.equal('ready');
    // The Gers charts are for Gers, the comparison Sankeys for Occitanie and France.
    const codes = charts.map((c) => (c as unknown as { data?: { territory: { code: string } } }).data?.territory.code);
    expect(codes).to.deep.equal(['32', '32', '32', '76', 'FR', '32', '76', 'FR', '32']);
    const input = d.doc.getElementById('territory') as HTMLInputElement;
    expect(input.value).to.equal('32 — Gers (département)');
    expect(d.win.location.search).to.equal('?department=32');
  });

  it('the picker lists the 101 departments, every region of the data and France', async () => {
    const index = await (await fetch('/data/index.json')).json();
    const departments: Array<{ code: string; name: string; region?: string }> = index.territories.departments;
    const regions: Array<{ code: string; name: string }> = index.territories.regions;
    expect(departments.length).to.equal(101);
    const d = await open('?department=32');
    const options = [...d.doc.querySelectorAll<HTMLOptionElement>('#territories option')].map((o) => o.value);
    expect(options.length).to.equal(101 + regions.length + 1);
    expect(options.filter((o) => o.endsWith('(département)'))).to.have.length(101);
    expect(options.filter((o) => o.endsWith('(région)'))).to.have.length(regions.length);
    expect(options).to.deep.equal([
      ...departments.map((x) => `${x.code} — ${x.name} (département)`),
      ...regions.map((r) => `${r.code} — ${r.name} (région)`),
      'France entière',
    ]);
    expect(new Set(options).size).to.equal(options.length);
    // A department's entry names its region.
    const gers = d.doc.querySelector<HTMLOptionElement>('#territories option[value="32 — Gers (département)"]')!;
    expect(gers.label).to.equal('Occitanie');
  });

  it('typing a name, a code, a region or France and submitting shows it and puts it in the address bar', async () => {
    const d = await open('?department=09');
    await ready(d.report);
    expect(title(d.report)).to.contain('Ariège (2024)');
    // [typed, the address bar, the report's title, the picker's entry, the charts: a department
    // has its own, its region's and France's Sankeys, a region its own and France's, France its own].
    const steps: Array<[string, string, string, string, number]> = [
      ['gers', '?department=32', 'Gers (2024)', '32 — Gers (département)', 9],
      ['Occitanie', '?region=76', 'Occitanie (2024)', '76 — Occitanie (région)', 7],
      ['32', '?department=32', 'Gers (2024)', '32 — Gers (département)', 9],
      ['France', '?level=france', 'France entière (2024)', 'France entière', 5],
    ];
    for (const [typed, search, shown, entry, count] of steps) {
      pick(d, typed);
      expect(d.win.location.search, typed).to.equal(search);
      expect((d.doc.getElementById('territory') as HTMLInputElement).value, typed).to.equal(entry);
      expect(d.doc.getElementById('picker-error')!.hidden, typed).to.equal(true);
      await until(
        () => title(d.report).includes(shown),
        `${typed}: the report's title to show ${shown}; it is ${title(d.report)}`,
      );
      const charts = await ready(d.report);
      expect(title(d.report), typed).to.contain(shown);
      expect(charts.length, typed).to.equal(count);
      for (const c of charts)
        assert.exists((c as unknown as { data?: { territory: { code: string } } }).data, `${typed}: ${c.tagName}`);
    }
    // Each choice is a history entry: Back returns to the previous one.
    d.win.history.back();
    await until(() => d.win.location.search === '?department=32', 'Back to ?department=32');
    await until(
      () => title(d.report).includes('Gers (2024)'),
      `Back: the report to show Gers; it is ${title(d.report)}`,
    );
    expect((d.doc.getElementById('territory') as HTMLInputElement).value).to.equal('32 — Gers (département)');
  });

  it('with the keyboard: typing "gers" and Enter shows Gers, and Back returns to the territory before', async () => {
    const d = await open('?department=09');
    await ready(d.report);
    const input = d.doc.getElementById('territory') as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ type: 'gers' });
    await sendKeys({ press: 'Enter' });
    await until(() => d.win.location.search === '?department=32', `?department=32; it is ${d.win.location.search}`);
    await until(() => title(d.report).includes('Gers (2024)'), `the report to show Gers; it is ${title(d.report)}`);
    // Back returns to the previous territory, not to a second Gers entry. (history.length
    // cannot tell: the test page's session history keeps forward entries of earlier iframes.)
    d.win.history.back();
    await until(
      () => d.win.location.search === '?department=09',
      `Back to ?department=09; it is ${d.win.location.search}`,
      5000,
    );
    await until(
      () => title(d.report).includes('Ariège (2024)'),
      `Back: the report to show Ariège; it is ${title(d.report)}`,
    );
  });

  it('an unknown text shows the picker’s error and changes neither the report nor the address bar', async () => {
    const d = await open('?department=32');
    await ready(d.report);
    const error = d.doc.getElementById('picker-error')!;
    expect(error.hidden).to.equal(true);
    pick(d, 'Atlantide');
    expect(error.hidden).to.equal(false);
    expect(d.win.getComputedStyle(error).display).not.to.equal('none');
    expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('« Atlantide »');
    expect(d.win.location.search).to.equal('?department=32');
    await new Promise((r) => setTimeout(r, 100));
    expect(title(d.report)).to.contain('Gers (2024)');
    // A good choice afterwards hides the error again.
    pick(d, 'gers');
    expect(error.hidden).to.equal(true);
  });

  it('?department=09 on load shows Ariège', async () => {
    const d = await open('?department=09');
    const charts = await ready(d.report);
    expect(title(d.report)).to.contain('Ariège (2024)');
    expect(text(q(charts[2], '[part="title"]'))).to.contain('Ariège (2024)');
    expect((d.doc.getElementById('territory') as HTMLInputElement).value).to.equal('09 — Ariège (département)');
    expect(code(d)).to.contain('department="09"');
  });

  it('"Intégrer": for every widget, the exact snippet for the current territory', async () => {
    const d = await open('?department=32');
    await ready(d.report);
    const options = [...d.doc.querySelectorAll<HTMLOptionElement>('#embed-widget option')].map((o) => o.value);
    expect(options).to.deep.equal(WIDGETS.map((w) => w[0]));
    const script = `<script type="module" src="${d.win.location.origin}/trade-widgets.js"></script>`;
    for (const [typed, attr] of [
      [undefined, 'department="32"'],
      ['09', 'department="09"'],
      ['Occitanie', 'region="76"'],
      ['France', 'level="france"'],
    ] as const) {
      if (typed) pick(d, typed);
      for (const [value, tag, fixed] of WIDGETS) {
        chooseWidget(d, value);
        expect(code(d), `${typed ?? 'Gers'}, ${value}`).to.equal(`${script}\n<${tag} ${attr}${fixed}></${tag}>`);
      }
    }
    // The code is shown as text: nothing in the panel is markup from it.
    expect(d.doc.querySelectorAll('#embed-code *')).to.have.length(0);
    // Pasted into a page, it makes the script and the widget, with the right attributes.
    chooseWidget(d, 'trade-sankey flow="export"');
    const pasted = new DOMParser().parseFromString(code(d), 'text/html');
    expect(pasted.head.querySelector('script')!.getAttribute('src')).to.equal(
      new URL('/trade-widgets.js', d.win.location.href).href,
    );
    const el = pasted.body.firstElementChild!;
    expect(el.tagName.toLowerCase()).to.equal('trade-sankey');
    expect([...el.attributes].map((a) => [a.name, a.value])).to.deep.equal([
      ['level', 'france'],
      ['flow', 'export'],
    ]);
  });

  for (const hostile of [
    '"><img src=x onerror=parent.__pwned.push(1)>',
    "'><svg onload=parent.__pwned.push(2)><script>parent.__pwned.push(3)</script>",
  ]) {
    it(`a hostile value in the address bar never becomes an element: ${hostile.slice(0, 20)}…`, async () => {
      const pwned: string[] = [];
      (window as DemoWindow).__pwned = pwned;
      const d = await open(`?department=${encodeURIComponent(hostile)}`);
      // No such department: the report says so.
      expect(await waitForState(d.report, ['error', 'empty', 'ready'], MS)).to.equal('error');
      expect(errorText(d.report)).not.to.equal('');
      await new Promise((r) => setTimeout(r, 200));
      expect(pwned).to.deep.equal([]);
      // Nothing of the value became an element, in the page or in any shadow root.
      const all = allElements(d.doc);
      expect(all.filter((e) => /^(img|iframe|object|embed)$/i.test(e.tagName)).map((e) => e.outerHTML)).to.deep.equal(
        [],
      );
      expect(
        all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML),
      ).to.deep.equal([]);
      // The page's own scripts only (the dev server adds its web socket client).
      expect(
        [...d.doc.querySelectorAll('script')]
          .map((s) => s.getAttribute('src'))
          .filter((src) => !src?.startsWith('/__web-dev-server')),
      ).to.deep.equal(['./demo/main.ts']);
      expect(d.doc.querySelectorAll('img, svg, iframe, object, embed')).to.have.length(0);
      const error = d.doc.getElementById('picker-error')!;
      const shown = code(d);
      if (!shown) {
        // An error instead of a snippet: say so.
        expect(error.hidden).to.equal(false);
        return;
      }
      for (const [value] of WIDGETS) {
        chooseWidget(d, value);
        const snippet = code(d);
        expect(snippet).not.to.contain('<img');
        expect(snippet).not.to.contain('<svg');
        expect(snippet.split('<script').length, snippet).to.equal(2);
        // Parsed as a page would parse it: one script, one widget whose department is the value, as text.
        const pasted = new DOMParser().parseFromString(snippet, 'text/html');
        expect(pasted.querySelectorAll('*').length - 3, snippet).to.equal(2); // html, head, body + script + widget
        expect(pasted.querySelectorAll('img, svg')).to.have.length(0);
        const el = pasted.body.firstElementChild!;
        expect(el.tagName.toLowerCase()).to.equal(value.split(' ')[0]);
        expect(el.getAttribute('department')).to.equal(hostile);
        expect(el.children).to.have.length(0);
        // Exactly the expected code, with every markup character as a character reference.
        const [tag, ...fixed] = value.split(' ');
        expect(snippet).to.equal(
          `<script type="module" src="${d.win.location.origin}/trade-widgets.js"></script>\n` +
            `<${tag} department="${escaped(hostile)}"${fixed.map((f) => ` ${f}`).join('')}></${tag}>`,
        );
      }
      expect(d.doc.querySelectorAll('#embed-code *')).to.have.length(0);
      expect(pwned).to.deep.equal([]);
    });
  }
});
