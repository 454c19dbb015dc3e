/**
 * Hostile content: labels (and report texts) holding markup, `</script>`,
 * `javascript:` URLs, event handlers, template syntax, spreadsheet formulas and
 * bidirectional-control characters. They must be inert text everywhere: the chart,
 * the tooltip, the table, the CSV (French and English), the SVG and PNG exports,
 * the report, and the demo's embed snippet. No script runs (each payload would
 * record itself in `window.__pwned`, and a control shows that it does when the
 * same text is parsed as HTML), no element is created from them (every shadow root
 * is walked), and no CSV cell that comes from a label starts as a formula.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/index.ts';
import type { TradeChart } from '../../../src/components/base/trade-chart.ts';

type Chart = TradeChart<unknown, unknown>;
type ChartTag = 'trade-sankey' | 'trade-balance' | 'trade-treemap' | 'trade-summary';
import { canvasMeasure } from '../../../src/components/base/environment.ts';
import { truncate } from '../../../src/layout/text.ts';
import { embedSnippet } from '../../../demo/snippet.ts';
import { waitForState } from '../../helpers/dom.ts';
import { brokenText, frame, parseCsv, sized, sleep } from './checks.ts';
import { csvSafe } from './gen.ts';
import { BIDI, LABELS, checkImageExports, foreign, hostileFile, hoverEveryMark, inert } from './hostile-checks.ts';
import { HOSTILE } from './hostile-strings.ts';

const inertness = inert();

describe('hostile labels are inert text everywhere', function () {
  this.timeout(60_000);

  it(
    'control: the same payloads parsed as HTML do run and do create elements, ' + 'so the checks below can see them',
    async () => {
      const box = document.createElement('div');
      box.innerHTML = HOSTILE[0] + HOSTILE[3];
      document.body.append(box);
      await sleep(100);
      expect(window.__pwned).to.include('img');
      expect(foreign(box).length).to.be.greaterThan(0);
      box.remove();
      inertness.reset();
    },
  );

  const CHARTS: [ChartTag, { flow?: 'export' | 'import'; limit?: number }][] = [
    ['trade-sankey', { flow: 'export', limit: 20 }],
    ['trade-sankey', { flow: 'import', limit: 20 }],
    ['trade-balance', { limit: 20 }],
    ['trade-treemap', { limit: 20 }],
    ['trade-summary', {}],
  ];
  for (const [tag, props] of CHARTS) {
    const flowAttribute = props.flow ? ` flow="${props.flow}"` : '';
    for (const width of [320, 600]) {
      it(`<${tag}${flowAttribute}> at ${width} px: chart, tooltips, table, CSV, SVG and PNG`, async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
        const el: Chart = wrap.appendChild(document.createElement(tag));
        Object.assign(el, props);
        el.data = hostileFile();
        await waitForState(el, 'ready');
        const root = el.shadowRoot!;
        // The title names the territory: its payload, as text.
        expect(root.querySelector('[part="title"]')!.textContent).to.contain(LABELS[0]);
        expect(root.querySelector('[part="source"] a')!.textContent).to.equal(LABELS[2]);

        const tips = await hoverEveryMark(el);
        // The table, opened.
        root.querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click();
        await el.updateComplete;
        expect(foreign(root), 'elements, handlers, links or bidi controls from content').to.deep.equal([]);
        expect(brokenText(root)).to.deep.equal([]);

        const cells = [...root.querySelectorAll('table th, table td')].map((c) => c.textContent.trim());
        if (tag !== 'trade-summary') {
          // Labels: whole in the table and in the marks' names, maybe shortened in the drawing, in a tooltip.
          const inTable = LABELS.filter((l) => cells.includes(l));
          expect(inTable.length, 'labels in the table').to.be.greaterThan(tag === 'trade-treemap' ? 10 : 12);
          const names = [...root.querySelectorAll('[aria-label]')].map((m) => m.getAttribute('aria-label')!).join('\n');
          for (const l of inTable) expect(names, 'every label whole in the marks’ names').to.contain(l);
          const tipText = [...tips].join('\n');
          for (const l of inTable) expect(tipText, `tooltip of "${l}"`).to.contain(l);
          for (const t of root.querySelectorAll('svg text tspan.name, svg text.label, svg text[font-size] tspan')) {
            const s = t.textContent;
            if (!s || /€|%/.test(s)) continue;
            const whole = s.endsWith('…') ? s.slice(0, -1) : s;
            expect(
              LABELS.some((l) => l.startsWith(whole) || l.includes(whole)) || /^Autres/.test(s),
              `drawn "${s}"`,
            ).to.equal(true);
          }
        }

        // CSV, French and English: the same number of cells on every line, label cells neutralised.
        for (const lang of ['fr', 'en'] as const) {
          el.lang = lang;
          el.setAttribute('lang', lang);
          await el.updateComplete;
          await sleep(0);
          await el.updateComplete;
          const rows = parseCsv(await el.toCsv(), lang === 'fr' ? ';' : ',');
          for (const r of rows) expect(r.length, `${lang} CSV line ${JSON.stringify(r)}`).to.equal(rows[0].length);
          // In English, a label without an English name is the French one, marked « (French name) ».
          const asShown = (l: string) => (lang === 'en' ? [l, `${l} (French name)`] : [l]);
          const labelCells = rows
            .flat()
            .filter((c) => LABELS.some((l) => asShown(l).some((v) => csvSafe(v) === c || v === c)));
          if (tag !== 'trade-summary') expect(labelCells.length, `${lang}: labels in the CSV`).to.be.greaterThan(10);
          for (const c of labelCells) expect(c, `${lang} CSV cell from a label`).not.to.match(/^[=+\-@\t\r]/);
          for (const l of LABELS)
            if (/^[=+\-@]/.test(l) && rows.flat().some((c) => c.endsWith(l.slice(1))))
              expect(rows.flat()).to.include(`'${l}`);
        }
        el.setAttribute('lang', 'fr');
        await el.updateComplete;

        if (tag !== 'trade-summary') {
          // SVG and PNG exports: drawing elements only, the payloads as text, the title above the chart.
          await checkImageExports(el, el.chartTitleText);
          expect(el.chartTitleText).to.contain(LABELS[0]);
        }
      });
    }
  }

  it('<trade-report>: its sections, its texts file and every chart in it', async () => {
    const texts = Object.fromEntries(
      ['intro', 'method', 'balance', 'activities', 'export', 'import'].map((k, i) => [
        k,
        [HOSTILE[i], `- ${HOSTILE[i + 1]}`, `**${HOSTILE[i + 2]}**`],
      ]),
    );
    await fetch('/__test/store/hostile-texts', {
      method: 'POST',
      body: JSON.stringify({ ...texts, exportKey: HOSTILE[14], importCompare: HOSTILE[15] }),
    });
    await fetch('/__test/store/hostile-file', { method: 'POST', body: JSON.stringify(hostileFile()) });
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:700px">
        <trade-report src="/__test/stored/hostile-file" texts="/__test/stored/hostile-texts"></trade-report>
      </div>`,
    );
    const el = wrap.firstElementChild as Chart;
    await waitForState(el, 'ready');
    const charts = [
      ...el.shadowRoot!.querySelectorAll<Chart>('trade-balance, trade-treemap, trade-sankey, trade-summary'),
    ];
    await Promise.all(charts.map((c) => waitForState(c, 'ready')));
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('section.intro p'); i++) await frame();
    const text = el.shadowRoot!.textContent;
    for (const l of HOSTILE.slice(0, 8)) expect(text, 'texts shown as text').to.contain(l);
    expect(el.shadowRoot!.querySelectorAll('section.industry li')).to.have.length(3);
    const found = foreign(el.shadowRoot!).filter((f) => !/bidi/.test(f));
    expect(found, 'elements, handlers or links from content').to.deep.equal([]);
    // The texts file is the publisher's prose, shown as it is written; the data's labels are cleaned.
    for (const c of charts) expect(foreign(c.shadowRoot!), c.tagName).to.deep.equal([]);
  });

  it(
    'a refused file’s content quoted in the error message is inert and short: ' + 'no markup, no bidi control',
    async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = wrap.appendChild(document.createElement('trade-balance')) as Chart;
      const messages: string[] = [];
      el.addEventListener('trade-error', (e) => messages.push((e as CustomEvent).detail.message));
      const long = 'x'.repeat(100_000);
      const cases: [string, (f: Record<string, any>) => void][] = [
        ['a product code', (f) => (f.products = { [`\u202e${HOSTILE[0]}`]: 'Libellé', ...f.products })],
        ['a country code', (f) => (f.countries = { [`${HOSTILE[1]}\u2066`]: 'Libellé', ...f.countries })],
        ['a very long code', (f) => (f.products = { [long]: 'Libellé', ...f.products })],
        ['a territory code', (f) => (f.territory.code = `\u202e${HOSTILE[3]}`)],
        ['a level', (f) => (f.territory.level = `\u061c${HOSTILE[0]}${long}`)],
        ['a source URL', (f) => (f.source.url = `javascript:\u202e${HOSTILE[2]}`)],
        ['a flow code', (f) => (f.flows.export[0][0] = `\u202e${HOSTILE[0]}`)],
      ];
      for (const [what, mutate] of cases) {
        const file = hostileFile();
        mutate(file);
        el.data = file;
        await waitForState(el, 'error');
        const shown = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(foreign(el.shadowRoot!), what).to.deep.equal([]);
        expect(shown.querySelectorAll('img, script, svg, iframe'), what).to.have.length(0);
        expect(BIDI.test(shown.textContent), `${what}: no bidi control in "${shown.textContent}"`).to.equal(false);
        expect(shown.textContent.length, `${what}: the message is short`).to.be.below(400);
        expect(BIDI.test(messages.at(-1)!), `${what}: nor in the trade-error message`).to.equal(false);
      }
    },
  );

  it('characters outside the BMP are never cut in half when a label is shortened', async () => {
    const measure = canvasMeasure(getComputedStyle(document.body).fontFamily);
    const labels = ['𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏', '😀😁😂🤣😃😄😅😆😉😊😋😎😍😘', 'ab😀cd😁ef😂gh🤣ij😃kl', '👩‍💻👍🏽🇫🇷👩‍💻👍🏽🇫🇷'];
    for (const l of labels) {
      for (let w = 8; w < 240; w += 0.25) {
        for (const size of [11, 12, 13]) {
          const t = truncate(l, w, measure, size);
          expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(t), `"${t}" (${w} px)`).to.equal(false);
          expect(l.startsWith(t.replace(/…$/, '')), `"${t}" is a prefix`).to.equal(true);
        }
      }
    }
    // And in the charts, at widths that shorten them.
    const file = hostileFile();
    file.products = Object.fromEntries(
      Object.keys(file.products).map((k, i) => [k, labels[i % labels.length].repeat(3)]),
    );
    file.countries = Object.fromEntries(
      Object.keys(file.countries).map((k, i) => [k, labels[(i + 1) % labels.length].repeat(2)]),
    );
    for (const tag of ['trade-sankey', 'trade-balance', 'trade-treemap'] as const) {
      for (const width of [280, 333, 420, 517, 640]) {
        const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
        const el: Chart = wrap.appendChild(document.createElement(tag));
        el.data = file;
        await sized(el);
        await waitForState(el, 'ready');
        expect(brokenText(el.shadowRoot!), `<${tag}> at ${width} px`).to.deep.equal([]);
      }
    }
  });
});

describe('the embed snippet of the demo', () => {
  const SCRIPT = 'https://example.org/trade-widgets.js';

  /** The snippet parsed as a page would: exactly one script and one element, the values back as given. */
  function parsed(snippet: string, value: string): void {
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    const els = [...doc.head.querySelectorAll('*'), ...doc.body.querySelectorAll('*')];
    expect(
      els.map((e) => e.tagName.toLowerCase()),
      snippet,
    ).to.deep.equal(['script', 'trade-summary']);
    expect(els[0].getAttribute('src')).to.equal(SCRIPT);
    expect(els[0].textContent).to.equal('');
    expect(els[1].getAttribute('department'), snippet).to.equal(value);
    expect(els[1].getAttribute('flow')).to.equal('export');
    expect([...els[1].attributes].map((a) => a.name)).to.deep.equal(['department', 'flow']);
    expect(BIDI.test(snippet), 'no bidi control in the code shown').to.equal(false);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b-\u001f]/.test(snippet), 'no control character in the code shown').to.equal(false);
  }

  it('a value from the address bar cannot close the attribute, add markup or hide itself', () => {
    for (const v of [
      ...HOSTILE,
      '32" onmouseover="alert(1)',
      "32' x='1",
      '32></trade-summary><script>alert(1)</script>',
      '&quot;',
      '&amp;lt;',
    ]) {
      parsed(
        embedSnippet(SCRIPT, 'trade-summary', [
          ['department', v],
          ['flow', 'export'],
        ]),
        v,
      );
    }
  });

  it('any value (fast-check, 500 strings of any characters) round-trips exactly', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
            fc.constantFrom('"', "'", '<', '>', '&', '\u202e', '\u0000', '\n', '='),
          ),
          maxLength: 40,
        }),
        (v) => {
          parsed(
            embedSnippet(SCRIPT, 'trade-summary', [
              ['department', v],
              ['flow', 'export'],
            ]),
            v.replaceAll('\u0000', '\ufffd'),
          );
        },
      ),
      { seed: 1, numRuns: 500 },
    );
  });

  it('refuses a tag or an attribute name that would be markup', () => {
    expect(() => embedSnippet(SCRIPT, 'img src=x onerror=alert(1)', [])).to.throw();
    expect(() => embedSnippet(SCRIPT, 'trade-summary', [['department onclick', '1']])).to.throw();
  });
});
