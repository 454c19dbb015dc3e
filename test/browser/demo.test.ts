/**
 * The demo site (index.html + demo/main.ts) in an iframe of a desktop width: the
 * report follows the address bar, the picker lists every territory and pushes the
 * choice into the URL, and the "Intégrer" panel shows the exact snippet, with what
 * the address bar holds escaped and never turned into markup.
 */
import { assert, expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
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
async function open(query: string, width = 1200): Promise<Demo> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
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
const input = (d: Demo) => d.doc.getElementById('territory') as HTMLInputElement;
/** What the picker says under the field: the list's heading, or a note on Corse or Monaco. */
const pickerStatus = (d: Demo) => text(d.doc.getElementById('picker-status'));
/** The snippet's first line, for the page the test opened. */
const scriptLine = (d: Demo) => `<script type="module" src="${d.win.location.origin}/autoloader.js"></script>`;
/** The list of matches the picker shows when a text names several territories. */
const choiceButtons = (d: Demo) => [...d.doc.querySelectorAll<HTMLButtonElement>('#picker-choices button')];
const MONACO_ENTRY = '99 — Monaco (compté par les Douanes dans la région Provence-Alpes-Côte d’Azur)';

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

/** An element's parent, across shadow roots: a shadow root's top element has the root's host. */
function parentOf(el: Element): Element | null {
  // Not `instanceof ShadowRoot`: the page's elements are of the iframe's window.
  return el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
}

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
    for (const c of charts) expect(c.state, c.tagName).to.equal('ready');
    // Every chart, whatever the report's order of sections: the Gers charts are for Gers, the
    // comparison Sankeys for Occitanie and France.
    const territoryOf = (c: TradeElement) =>
      (c as unknown as { data?: { territory: { code: string } } }).data?.territory.code;
    const drawn = charts.map((c) => `${c.tagName.toLowerCase()} ${territoryOf(c)}`);
    expect(drawn.sort()).to.deep.equal(
      [
        'trade-balance 32',
        'trade-treemap 32',
        'trade-summary 32',
        // The exposure section's dependency indicators.
        'trade-summary 32',
        ...['32', '76', 'FR', '32', '76', 'FR'].map((code) => `trade-sankey ${code}`),
      ].sort(),
    );
    const input = d.doc.getElementById('territory') as HTMLInputElement;
    expect(input.value).to.equal('32 — Gers (département)');
    expect(d.win.location.search).to.equal('?department=32');
  });

  it('the picker lists the 100 departments, Monaco, every region of the data and France', async () => {
    const index = await (await fetch('/data/index.json')).json();
    const departments: Array<{ code: string; name: string; region?: string }> = index.territories.departments;
    const regions: Array<{ code: string; name: string }> = index.territories.regions;
    // DGDDI's 101 "departments": 100 French ones (Corse as one, 20) and Monaco, 99.
    expect(departments.length).to.equal(101);
    const d = await open('?department=32');
    const options = [...d.doc.querySelectorAll<HTMLOptionElement>('#territories option')].map((o) => o.value);
    expect(options.length).to.equal(101 + regions.length + 1);
    expect(options.filter((o) => o.endsWith('(département)'))).to.have.length(100);
    expect(options.filter((o) => o.endsWith('(région)'))).to.have.length(regions.length);
    expect(options).to.deep.equal([
      ...departments.map((x) => (x.code === '99' ? MONACO_ENTRY : `${x.code} — ${x.name} (département)`)),
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
    // has its own, its region's and France's Sankeys, a region its own and France's, France its own;
    // each has its key figures, treemap, balance and, in its exposure section, its dependency indicators].
    const steps: Array<[string, string, string, string, number]> = [
      ['gers', '?department=32', 'Gers (2024)', '32 — Gers (département)', 10],
      ['Occitanie', '?region=76', 'Occitanie (2024)', '76 — Occitanie (région)', 8],
      ['32', '?department=32', 'Gers (2024)', '32 — Gers (département)', 10],
      ['France', '?level=france', 'France entière (2024)', 'France entière', 6],
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
    const script = `<script type="module" src="${d.win.location.origin}/autoloader.js"></script>`;
    for (const [typed, attr] of [
      [undefined, 'department="32"'],
      ['09', 'department="09"'],
      ['Occitanie', 'region="76"'],
      ['France', 'level="france"'],
    ] as const) {
      if (typed) pick(d, typed);
      for (const [value, tag, fixed] of WIDGETS) {
        chooseWidget(d, value);
        // The year shown is always in the snippet (the latest here).
        expect(code(d), `${typed ?? 'Gers'}, ${value}`).to.equal(
          `${script}\n<${tag} ${attr}${fixed} year="2024"></${tag}>`,
        );
      }
    }
    // The code is shown as text: nothing in the panel is markup from it.
    expect(d.doc.querySelectorAll('#embed-code *')).to.have.length(0);
    // Pasted into a page, it makes the script and the widget, with the right attributes.
    chooseWidget(d, 'trade-sankey flow="export"');
    const pasted = new DOMParser().parseFromString(code(d), 'text/html');
    expect(pasted.head.querySelector('script')!.getAttribute('src')).to.equal(
      new URL('/autoloader.js', d.win.location.href).href,
    );
    const el = pasted.body.firstElementChild!;
    expect(el.tagName.toLowerCase()).to.equal('trade-sankey');
    expect([...el.attributes].map((a) => [a.name, a.value])).to.deep.equal([
      ['level', 'france'],
      ['flow', 'export'],
      ['year', '2024'],
    ]);
  });

  it('"Intégrer": three snippets with territory, year, language and theme, each copied and previewed', async () => {
    const d = await open('?department=32&year=2023&lang=en&theme=dark');
    await ready(d.report);
    chooseWidget(d, 'trade-sankey flow="export"');
    const origin = d.win.location.origin;
    const src = `${origin}/embed.html?widget=trade-sankey&department=32&flow=export&year=2023&lang=en&theme=dark`;
    const snippet = (id: string) => d.doc.getElementById(id)!.textContent;
    expect(snippet('embed-code')).to.equal(
      `${scriptLine(d)}\n` +
        '<trade-sankey department="32" flow="export" year="2023" lang="en" theme="dark"></trade-sankey>',
    );
    /** The iframe snippet, parsed as a page would parse it, and its fixed height. */
    const pasted = (id: string) => {
      const page = new DOMParser().parseFromString(snippet(id), 'text/html');
      const iframe = page.querySelector('iframe')!;
      return { page, iframe, height: Number(iframe.getAttribute('height')) };
    };
    const responsive = pasted('embed-code-responsive');
    const alone = pasted('embed-code-iframe');
    for (const { page, iframe } of [responsive, alone]) {
      expect(iframe.getAttribute('src')).to.equal(src);
      expect(iframe.getAttribute('title')).to.equal("Les flux à l'export — Gers");
      expect(iframe.getAttribute('width')).to.equal('100%');
      expect(page.querySelectorAll('body *').length).to.equal(page.querySelector('script') ? 2 : 1);
    }
    expect(snippet('embed-code-responsive')).to.contain('&amp;department=32&amp;flow=export');
    expect(responsive.page.querySelector('script')!.getAttribute('src')).to.equal(`${origin}/embed.js`);
    expect(responsive.page.querySelector('script')!.hasAttribute('async')).to.equal(true);
    expect(alone.page.querySelector('script')).to.equal(null);
    // Nothing is previewed while the panel is closed.
    expect(d.doc.querySelectorAll('.embed-preview *')).to.have.length(0);

    (d.doc.getElementById('embed') as HTMLDetailsElement).open = true;
    const preview = (id: string) => d.doc.getElementById(id)!;
    const widget = await until(() => preview('embed-preview-script').querySelector('trade-sankey'), 'script preview');
    expect(widget.getAttributeNames().map((n) => `${n}=${widget.getAttribute(n)}`)).to.deep.equal([
      'department=32',
      'flow=export',
      'year=2023',
      'lang=en',
      'theme=dark',
    ]);
    const frames = ['embed-preview-responsive', 'embed-preview-iframe'].map((id) =>
      preview(id).querySelector('iframe')!,
    );
    for (const frame of frames) expect(frame.src).to.equal(src);
    expect(frames[0].getBoundingClientRect().width).to.equal(600);
    // The responsive preview takes its content's height, and the fixed height of both iframe
    // snippets becomes the height measured there, at 600 px.
    const [live, fixed] = frames;
    const content = () => live.contentDocument?.getElementById('embed')?.getBoundingClientRect().height ?? 0;
    await until(
      () => content() > 200 && Math.abs(live.clientHeight - content()) <= 2,
      `the responsive preview fits: ${live.clientHeight} vs ${content()}`,
    );
    await until(() => pasted('embed-code-iframe').height === live.clientHeight, 'the measured height in the snippet');
    expect(pasted('embed-code-responsive').height).to.equal(live.clientHeight);
    expect(fixed.height).to.equal(String(live.clientHeight));
    await waitForState(live.contentDocument!.querySelector('trade-sankey') as TradeElement, 'ready', MS);
    // Each copy button says it copied its own code.
    for (const [button, status] of [
      ['embed-code', 'embed-copied'],
      ['embed-code-responsive', 'embed-copied-responsive'],
      ['embed-code-iframe', 'embed-copied-iframe'],
    ]) {
      d.doc.querySelector<HTMLButtonElement>(`.embed-copy[data-code="${button}"]`)!.click();
      await until(() => d.doc.getElementById(status)!.textContent === 'Code copié.', status);
    }
    // Closed, the panel keeps no preview running.
    (d.doc.getElementById('embed') as HTMLDetailsElement).open = false;
    await until(() => !d.doc.querySelector('.embed-preview *'), 'previews removed');
  });

  it('« 2A » and « 2B » show Corse, department 20, and say that the Douanes publish Corse as one', async () => {
    const d = await open('?department=32');
    await ready(d.report);
    expect(pickerStatus(d)).to.equal('');
    for (const typed of ['2A', '2b', 'Haute-Corse', 'corse du sud']) {
      pick(d, '32');
      expect(pickerStatus(d), `${typed}: no note on Gers`).to.equal('');
      pick(d, typed);
      expect(d.win.location.search, typed).to.equal('?department=20');
      expect(input(d).value, typed).to.equal('20 — Corse (département)');
      expect(d.doc.getElementById('picker-error')!.hidden, typed).to.equal(true);
      const note = pickerStatus(d);
      for (const said of ['Corse', '2A', '2B', '20', 'Douanes']) expect(note, typed).to.contain(said);
    }
    await until(() => title(d.report).includes('Corse (2024)'), `the report on Corse; it is ${title(d.report)}`);
    expect(code(d)).to.contain('department="20"');
    // From the address too: ?department=2A is Corse, with the same note.
    const fromAddress = await open('?department=2A');
    expect(input(fromAddress).value).to.equal('20 — Corse (département)');
    expect(pickerStatus(fromAddress)).to.contain('2A');
    expect(code(fromAddress)).to.contain('department="20"');
  });

  it('names without accents, or in part: one match is shown at once, several listed to choose from', async () => {
    const d = await open('?department=32');
    await ready(d.report);
    const error = d.doc.getElementById('picker-error')!;
    const list = d.doc.getElementById('picker-choices')!;
    for (const [typed, search, entry] of [
      ['ardeche', '?department=07', '07 — Ardèche (département)'],
      ["cote d'or", '?department=21', '21 — Côte-d’Or (département)'],
      ['LOZER', '?department=48', '48 — Lozère (département)'],
      ['provence alpes', '?region=93', '93 — Provence-Alpes-Côte d’Azur (région)'],
    ]) {
      pick(d, typed);
      expect(d.win.location.search, typed).to.equal(search);
      expect(input(d).value, typed).to.equal(entry);
      expect(error.hidden, typed).to.equal(true);
      expect(list.hidden, typed).to.equal(true);
    }
    // « Haute »: every name with a word that starts so, in code order, as buttons; nothing shown yet.
    pick(d, 'Haute');
    expect(error.hidden).to.equal(true);
    expect(list.hidden).to.equal(false);
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(d.win.location.search).to.equal('?region=93');
    const haute = [
      '04 — Alpes-de-Haute-Provence',
      '05 — Hautes-Alpes',
      '31 — Haute-Garonne',
      '43 — Haute-Loire',
      '52 — Haute-Marne',
      '65 — Hautes-Pyrénées',
      '70 — Haute-Saône',
      '74 — Haute-Savoie',
      '87 — Haute-Vienne',
    ].map((e) => `${e} (département)`);
    expect(choiceButtons(d).map((b) => text(b))).to.deep.equal(haute);
    // Said to a screen reader (a status), and named as the list's label.
    const status = d.doc.getElementById('picker-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(pickerStatus(d)).to.contain('9 territoires').and.contain('« Haute »');
    const ul = list.querySelector('ul')!;
    expect(d.doc.getElementById(ul.getAttribute('aria-labelledby')!)).to.equal(status);
    // With the keyboard: focus is on the first match; arrows move, Enter chooses.
    expect(d.doc.activeElement).to.equal(choiceButtons(d)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(d.doc.activeElement).to.equal(choiceButtons(d)[2]);
    await sendKeys({ press: 'ArrowUp' });
    expect(d.doc.activeElement).to.equal(choiceButtons(d)[1]);
    await sendKeys({ press: 'Enter' });
    expect(d.win.location.search).to.equal('?department=05');
    expect(input(d).value).to.equal(haute[1]);
    expect(list.hidden).to.equal(true);
    expect(pickerStatus(d)).to.equal('');
    expect(d.doc.activeElement).to.equal(input(d));
    await until(() => title(d.report).includes('Hautes-Alpes (2024)'), `Hautes-Alpes; it is ${title(d.report)}`);
    // Escape closes the list without choosing, back to the field.
    pick(d, 'garonne');
    expect(choiceButtons(d).map((b) => text(b))).to.deep.equal([
      '31 — Haute-Garonne (département)',
      '47 — Lot-et-Garonne (département)',
      '82 — Tarn-et-Garonne (département)',
    ]);
    await sendKeys({ press: 'Escape' });
    expect(list.hidden).to.equal(true);
    expect(d.doc.activeElement).to.equal(input(d));
    expect(d.win.location.search).to.equal('?department=05');
    // Typing again closes them: they were for the text before.
    pick(d, 'garonne');
    input(d).dispatchEvent(new Event('input'));
    expect(list.hidden).to.equal(true);
    expect(pickerStatus(d)).to.equal('');
    // A click chooses too.
    pick(d, 'garonne');
    choiceButtons(d)[2].click();
    expect(d.win.location.search).to.equal('?department=82');
  });

  it('the year is kept in the address and in the snippet, also when chosen in the report’s own selector', async () => {
    const d = await open('?department=32&year=2023');
    await ready(d.report);
    expect(title(d.report)).to.contain('Gers (2023)');
    expect(code(d)).to.equal(`${scriptLine(d)}\n<trade-report department="32" year="2023"></trade-report>`);
    chooseWidget(d, 'trade-sankey flow="export"');
    expect(code(d)).to.equal(
      `${scriptLine(d)}\n<trade-sankey department="32" flow="export" year="2023"></trade-sankey>`,
    );
    chooseWidget(d, 'trade-report');
    // Another territory keeps the year.
    pick(d, 'Occitanie');
    expect(d.win.location.search).to.equal('?region=76&year=2023');
    await until(() => title(d.report).includes('Occitanie (2023)'), `Occitanie 2023; it is ${title(d.report)}`);
    await ready(d.report);
    // The report's own selector: the latest year leaves the address without one; the snippet keeps the year
    // shown, so that a pasted chart does not move on to the next year under the article that quotes it.
    const chooseYear = (year: string) => {
      const select = q<HTMLSelectElement>(d.report, '.head select');
      select.value = year;
      select.dispatchEvent(new Event('change'));
    };
    chooseYear('2024');
    await until(() => d.win.location.search === '?region=76', `?region=76; it is ${d.win.location.search}`);
    expect(code(d)).to.equal(`${scriptLine(d)}\n<trade-report region="76" year="2024"></trade-report>`);
    await until(() => title(d.report).includes('Occitanie (2024)'), `Occitanie 2024; it is ${title(d.report)}`);
    await ready(d.report);
    chooseYear('2023');
    await until(
      () => d.win.location.search === '?region=76&year=2023',
      `?region=76&year=2023; it is ${d.win.location.search}`,
    );
    expect(code(d)).to.equal(`${scriptLine(d)}\n<trade-report region="76" year="2023"></trade-report>`);
    // Each year chosen is a history entry: Back returns to the latest year.
    d.win.history.back();
    await until(() => d.win.location.search === '?region=76', `Back to ?region=76; it is ${d.win.location.search}`);
    await until(() => title(d.report).includes('Occitanie (2024)'), `Back: 2024; it is ${title(d.report)}`);
    expect(code(d)).to.equal(`${scriptLine(d)}\n<trade-report region="76" year="2024"></trade-report>`);
  });

  it('the language and theme controls set the report, the page’s theme, the address and the snippet', async () => {
    const d = await open('?department=32');
    await ready(d.report);
    const radio = (name: string, value: string) =>
      d.doc.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`)!;
    expect(radio('lang', 'fr').checked).to.equal(true);
    expect(radio('theme', 'auto').checked).to.equal(true);
    // The language switch speaks both languages, each option in its own.
    const langGroup = radio('lang', 'en').closest('fieldset')!;
    expect(text(langGroup.querySelector('legend')))
      .to.contain('Langue')
      .and.contain('language');
    expect(radio('lang', 'en').closest('label')!.getAttribute('lang')).to.equal('en');
    expect(text(radio('lang', 'en').closest('label'))).to.equal('English');
    expect(text(radio('lang', 'fr').closest('label'))).to.equal('Français');
    expect(['Automatique', 'Clair', 'Sombre']).to.deep.equal(
      ['auto', 'light', 'dark'].map((v) => text(radio('theme', v).closest('label'))),
    );
    const root = d.doc.documentElement;
    const pageIsDark = () => {
      const [r, g, b] = d.win.getComputedStyle(d.doc.body).backgroundColor.match(/\d+/g)!.map(Number);
      return r + g + b < 3 * 64;
    };

    radio('lang', 'en').click();
    expect(d.report.getAttribute('lang')).to.equal('en');
    expect(d.win.location.search).to.equal('?department=32&lang=en');
    expect(code(d)).to.equal(`${scriptLine(d)}\n<trade-report department="32" year="2024" lang="en"></trade-report>`);
    await until(
      () => d.report.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === 'en',
      'the report in English',
    );
    // The site's own text stays French.
    expect(root.lang).to.equal('fr');

    radio('theme', 'dark').click();
    expect(d.report.getAttribute('theme')).to.equal('dark');
    expect(root.getAttribute('data-fr-theme')).to.equal('dark');
    expect(pageIsDark(), 'the page is dark with the widget').to.equal(true);
    expect(d.win.location.search).to.equal('?department=32&lang=en&theme=dark');
    expect(code(d)).to.equal(
      `${scriptLine(d)}\n<trade-report department="32" year="2024" lang="en" theme="dark"></trade-report>`,
    );

    radio('theme', 'light').click();
    expect(d.report.getAttribute('theme')).to.equal('light');
    expect(root.getAttribute('data-fr-theme')).to.equal('light');
    expect(pageIsDark()).to.equal(false);
    expect(code(d)).to.contain(' theme="light"');

    radio('theme', 'auto').click();
    radio('lang', 'fr').click();
    expect(d.report.hasAttribute('theme')).to.equal(false);
    expect(root.hasAttribute('data-fr-theme')).to.equal(false);
    expect(d.report.hasAttribute('lang')).to.equal(false);
    expect(d.win.location.search).to.equal('?department=32');
    expect(code(d)).to.equal(`${scriptLine(d)}\n<trade-report department="32" year="2024"></trade-report>`);
    // « Automatique »: the page and the widget both follow the system's setting.
    const widgetScheme = () => d.report.shadowRoot!.querySelector('[part="base"]')!.classList.contains('dark');
    expect(pageIsDark()).to.equal(false);
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await until(() => pageIsDark() && widgetScheme(), 'the page and the widget dark with the system');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    // Back undoes the last control.
    d.win.history.back();
    await until(() => d.win.location.search === '?department=32&lang=en', `Back; it is ${d.win.location.search}`);
    expect(radio('lang', 'en').checked).to.equal(true);
    expect(d.report.getAttribute('lang')).to.equal('en');

    // From the address.
    const e = await open('?region=76&year=2023&lang=en&theme=dark');
    expect(e.report.getAttribute('lang')).to.equal('en');
    expect(e.report.getAttribute('theme')).to.equal('dark');
    expect(e.doc.documentElement.getAttribute('data-fr-theme')).to.equal('dark');
    expect(e.doc.querySelector<HTMLInputElement>('input[name="lang"][value="en"]')!.checked).to.equal(true);
    expect(e.doc.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.checked).to.equal(true);
    expect(code(e)).to.equal(
      `${scriptLine(e)}\n<trade-report region="76" year="2023" lang="en" theme="dark"></trade-report>`,
    );
  });

  it('Monaco (99) is not called a department: its entry and a note say the Douanes count it in PACA', async () => {
    const d = await open('?department=99');
    expect(input(d).value).to.equal(MONACO_ENTRY);
    const entries = [...d.doc.querySelectorAll<HTMLOptionElement>('#territories option')].map((o) => o.value);
    expect(entries).to.include(MONACO_ENTRY);
    expect(entries.filter((o) => o.startsWith('99 '))).to.deep.equal([MONACO_ENTRY]);
    expect(pickerStatus(d)).to.contain('Monaco').and.contain('Provence-Alpes-Côte d’Azur');
    expect(pickerStatus(d)).not.to.contain('est un département');
    // The page says so, whatever is shown.
    const note = text(d.doc.getElementById('territory-note'));
    expect(note).to.contain('Monaco').and.contain('Provence-Alpes-Côte d’Azur').and.contain('Corse');
    pick(d, '32');
    expect(text(d.doc.getElementById('territory-note'))).to.equal(note);
    for (const typed of ['monaco', 'Principauté de Monaco', '99']) {
      pick(d, typed);
      expect(d.win.location.search, typed).to.equal('?department=99');
      expect(input(d).value, typed).to.equal(MONACO_ENTRY);
    }
  });

  it('at 320 px nothing is wider than the page: picker, matches, controls, the Intégrer panel, its code', async () => {
    const d = await open('?region=93&year=2023&lang=en&theme=dark', 320);
    await ready(d.report);
    (d.doc.getElementById('embed') as HTMLDetailsElement).open = true;
    chooseWidget(d, 'trade-sankey flow="export"');
    expect(code(d)).to.contain('theme="dark"');
    pick(d, 'Haute');
    expect(choiceButtons(d)).to.have.length(9);
    await new Promise((r) => requestAnimationFrame(r));
    const root = d.doc.documentElement;
    expect(root.clientWidth).to.be.at.most(320).and.greaterThan(280);
    expect(root.scrollWidth, 'the page scrolls sideways').to.be.at.most(root.clientWidth);
    // Every element, in the page and in the widgets' shadow roots, unless a box of the page clips it
    // (the charts' tables are there for screen readers only, in a box clipped to nothing).
    const outside = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > root.clientWidth + 0.5 || r.left < -0.5);
    };
    const clipped = (el: Element) => {
      for (let up = parentOf(el); up; up = parentOf(up)) {
        const style = d.win.getComputedStyle(up);
        const clips = style.overflowX !== 'visible' || style.clipPath !== 'none';
        if (clips && !outside(up)) return true;
      }
      return false;
    };
    const wider = allElements(d.doc)
      .filter((el) => outside(el) && !clipped(el))
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.getAttribute('class') ?? ''}`);
    expect(wider).to.deep.equal([]);
    // The snippet wraps inside its box.
    const pre = d.doc.querySelector('.embed pre')!;
    expect(pre.scrollWidth).to.be.at.most(pre.clientWidth);
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
          `<script type="module" src="${d.win.location.origin}/autoloader.js"></script>\n` +
            `<${tag} department="${escaped(hostile)}"${fixed.map((f) => ` ${f}`).join('')} year="2024"></${tag}>`,
        );
      }
      // The iframe snippets: one iframe (and embed.js), the value inside its address, as text.
      for (const id of ['embed-code-responsive', 'embed-code-iframe']) {
        const pasted = new DOMParser().parseFromString(d.doc.getElementById(id)!.textContent, 'text/html');
        expect(pasted.querySelectorAll('img, svg')).to.have.length(0);
        expect(pasted.querySelectorAll('body *').length, id).to.equal(id === 'embed-code-iframe' ? 1 : 2);
        const src = new URL(pasted.querySelector('iframe')!.getAttribute('src')!);
        expect(src.searchParams.get('department')).to.equal(hostile);
      }
      expect(d.doc.querySelectorAll('#embed-code *, #embed-code-responsive *, #embed-code-iframe *')).to.have.length(0);
      expect(pwned).to.deep.equal([]);
    });
  }
});
