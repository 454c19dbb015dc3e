/**
 * The widgets inside pages that reproduce real hosts: a DSFR site, a CMS page with
 * hostile global CSS, a 320 px iframe, a strict Content-Security-Policy, and a
 * right-to-left page. Each must draw the same geometry as a plain page with the
 * same font, with nothing sticking out. "The same" is checked twice: the marks in
 * SVG units (`geometry`), and the boxes on the page in CSS px (`boxes`: widgets,
 * SVGs, the summary's figures, every text's size), since a chart scaled by the
 * page's CSS keeps its marks in SVG units.
 */
import { expect } from '@open-wc/testing';

interface HostApi {
  ready(): boolean;
  geometry(): Record<string, number[][]>;
  boxes(): Record<string, number[][]>;
  overflow(): string[];
  states(): string[];
}

/** Opens a host page in an iframe and waits until every widget is drawn. */
async function host(query: string, width = 900): Promise<{ api: HostApi; frame: HTMLIFrameElement; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.style.border = '0';
  frame.src = `/__test/page?${query}`;
  document.body.append(frame);
  await new Promise((r) => {
    frame.addEventListener('load', r, { once: true });
  });
  const win = frame.contentWindow as Window & { __tw?: HostApi };
  const start = performance.now();
  while (!(win.__tw && win.__tw.ready())) {
    if (performance.now() - start > 15_000)
      throw new Error(`host page ${query} never got ready: ${win.__tw?.states().join(', ') ?? 'script not loaded'}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await win.document.fonts.ready; // web fonts: the widgets lay out again when they arrive
  await new Promise((r) => setTimeout(r, 150));
  return { api: win.__tw, frame, errors: (win as unknown as { __errors: string[] }).__errors };
}

function close(a: Record<string, number[][]>, b: Record<string, number[][]>): void {
  expect(Object.keys(a)).to.deep.equal(Object.keys(b));
  for (const key of Object.keys(a)) {
    expect(a[key].length, `${key}: number of marks`).to.equal(b[key].length);
    a[key].forEach((box, i) => {
      box.forEach((v, j) => {
        const message = `${key} mark ${i}: [${box.join(',')}] vs [${b[key][i].join(',')}]`;
        expect(Math.abs(v - b[key][i][j]), message).to.be.at.most(0.5);
      });
    });
  }
}

/** Nothing sticks out, with the list of what does in the message. */
function fits(api: HostApi): void {
  const problems = api.overflow();
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

/** The same chart geometry (SVG units) and the same boxes and text sizes on the page (CSS px). */
function same(a: HostApi, b: HostApi): void {
  close(a.geometry(), b.geometry());
  const boxes = a.boxes();
  // Something to compare: each widget and each chart's SVG has a box, the summary its three figures, texts their sizes.
  for (const w of ['TRADE-BALANCE#b', 'TRADE-TREEMAP#t', 'TRADE-SANKEY#s', 'TRADE-SUMMARY#k']) {
    expect(boxes[`${w} box`][0][0], `${w} width`).to.be.greaterThan(100);
    expect(boxes[`${w} text`].length, `${w} texts`).to.be.greaterThan(2);
    if (w !== 'TRADE-SUMMARY#k') expect(boxes[`${w} svg`].length, `${w} svg`).to.be.at.least(1);
  }
  expect(boxes['TRADE-SUMMARY#k figures'].length).to.equal(3);
  close(boxes, b.boxes());
}

describe('inside real host pages', function () {
  this.timeout(60_000);
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('a page with the DSFR CSS: same geometry as a plain page in the same font, nothing sticks out', async () => {
    const dsfr = await host('css=dsfr');
    const family = getComputedStyle(dsfr.frame.contentDocument!.body).fontFamily;
    expect(family).to.contain('Marianne');
    const plain = await host(`font=${encodeURIComponent(family)}`);
    fits(dsfr.api);
    same(dsfr.api, plain.api);
  });

  it('a page with hostile global CSS changes nothing', async () => {
    const hostile = await host('css=hostile');
    const plain = await host('');
    fits(hostile.api);
    same(hostile.api, plain.api);
  });

  it('a 320 px iframe: everything fits', async () => {
    const narrow = await host('', 320);
    fits(narrow.api);
    const charts = Object.entries(narrow.api.geometry()).filter(([k]) => !k.startsWith('TRADE-SUMMARY'));
    expect(charts.length).to.equal(3);
    for (const [k, marks] of charts) expect(marks.length, k).to.be.greaterThan(3);
    // The summary stacks its three figures, each as wide as the widget (so its checks above see them).
    const boxes = narrow.api.boxes();
    const [[width]] = boxes['TRADE-SUMMARY#k box'];
    expect(width).to.be.at.most(320);
    expect(boxes['TRADE-SUMMARY#k figures'].map((f) => f[2])).to.deep.equal([width, width, width]);
  });

  it(
    'a <trade-report> on the page with hostile global CSS: ' +
      'nothing overflows its width, its charts keep their geometry',
    async () => {
      const hostile = await host('css=hostile&report=1');
      const plain = await host('report=1');
      const states = hostile.api.states().filter((s) => s.startsWith('TRADE-REPORT'));
      expect(states.length, states.join(', ')).to.be.at.least(5);
      fits(hostile.api);
      const report = hostile.frame.contentDocument!.querySelector('trade-report')!.getBoundingClientRect();
      expect(report.width).to.be.within(855, 860); // main's width
      close(hostile.api.geometry(), plain.api.geometry());
      close(hostile.api.boxes(), plain.api.boxes());
    },
  );

  it("a strict Content-Security-Policy (default-src 'self'): everything draws, no violation", async () => {
    const csp = await host('csp=1');
    const plain = await host('');
    expect(csp.errors).to.deep.equal([]);
    same(csp.api, plain.api);
  });

  it('a right-to-left page: the charts keep their geometry', async () => {
    const rtl = await host('dir=rtl');
    const plain = await host('');
    fits(rtl.api);
    same(rtl.api, plain.api);
  });
});
