/**
 * The widgets inside pages that reproduce real hosts: a DSFR site, a CMS page with
 * hostile global CSS, a 320 px iframe, a strict Content-Security-Policy, and a
 * right-to-left page. Each must draw the same geometry as a plain page with the
 * same font, with nothing sticking out.
 */
import { expect } from '@open-wc/testing';

interface HostApi {
  ready(): boolean;
  geometry(): Record<string, number[][]>;
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
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & { __tw?: HostApi };
  const start = performance.now();
  while (!(win.__tw && win.__tw.ready())) {
    if (performance.now() - start > 15_000) throw new Error(`host page ${query} never got ready: ${win.__tw?.states().join(', ') ?? 'script not loaded'}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await win.document.fonts.ready; // web fonts: the widgets lay out again when they arrive
  await new Promise((r) => setTimeout(r, 150));
  return { api: win.__tw!, frame, errors: (win as unknown as { __errors: string[] }).__errors };
}

function close(a: Record<string, number[][]>, b: Record<string, number[][]>): void {
  expect(Object.keys(a)).to.deep.equal(Object.keys(b));
  for (const key of Object.keys(a)) {
    expect(a[key].length, `${key}: number of marks`).to.equal(b[key].length);
    a[key].forEach((box, i) => box.forEach((v, j) => expect(Math.abs(v - b[key][i][j]), `${key} mark ${i}`).to.be.at.most(0.5)));
  }
}

describe('inside real host pages', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a page with the DSFR CSS: same geometry as a plain page in the same font, nothing sticks out', async () => {
    const dsfr = await host('css=dsfr');
    const family = getComputedStyle(dsfr.frame.contentDocument!.body).fontFamily;
    expect(family).to.contain('Marianne');
    const plain = await host(`font=${encodeURIComponent(family)}`);
    expect(dsfr.api.overflow()).to.deep.equal([]);
    close(dsfr.api.geometry(), plain.api.geometry());
  });

  it('a page with hostile global CSS changes nothing', async () => {
    const hostile = await host('css=hostile');
    const plain = await host('');
    expect(hostile.api.overflow()).to.deep.equal([]);
    close(hostile.api.geometry(), plain.api.geometry());
  });

  it('a 320 px iframe: everything fits', async () => {
    const narrow = await host('', 320);
    expect(narrow.api.overflow()).to.deep.equal([]);
    const charts = Object.entries(narrow.api.geometry()).filter(([k]) => !k.startsWith('TRADE-SUMMARY'));
    expect(charts.length).to.equal(3);
    for (const [k, marks] of charts) expect(marks.length, k).to.be.greaterThan(3);
  });

  it('a strict Content-Security-Policy (default-src \'self\'): everything draws, no violation', async () => {
    const csp = await host('csp=1');
    const plain = await host('');
    expect(csp.errors).to.deep.equal([]);
    close(csp.api.geometry(), plain.api.geometry());
  });

  it('a right-to-left page: the charts keep their geometry', async () => {
    const rtl = await host('dir=rtl');
    const plain = await host('');
    expect(rtl.api.overflow()).to.deep.equal([]);
    close(rtl.api.geometry(), plain.api.geometry());
  });
});
