/**
 * The README's React 19 and Vue 3 snippets, compiled from README.md as they are
 * written (see the vendor plugin in web-test-runner.config.mjs), rendered, and
 * clicked through: attributes and properties reach the elements, and trade-select
 * reaches the framework's handler.
 */
import { expect } from '@open-wc/testing';
import type { TradeChart } from '../../src/components/base/trade-chart.ts';

type Chart = TradeChart<unknown, unknown>;
import { q, waitForState } from '../helpers/dom.ts';

const load = (path: string): Promise<any> => import(/* @vite-ignore */ path);

async function clickFirstCountry(root: HTMLElement): Promise<{ code: string; sankey: Chart; choice: HTMLElement }> {
  for (let i = 0; i < 100 && !root.querySelector('trade-sankey'); i++) await new Promise((r) => setTimeout(r, 10));
  const balance = root.querySelector('trade-balance') as Chart;
  const sankey = root.querySelector('trade-sankey') as Chart;
  await Promise.all([waitForState(balance, 'ready'), waitForState(sankey, 'ready')]);
  const row = q<SVGElement>(balance, '[data-key]');
  const code = row.getAttribute('data-key')!;
  row.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await new Promise((r) => setTimeout(r, 50));
  return { code, sankey, choice: root.querySelector('.choice') as HTMLElement };
}

describe('framework snippets from the README', function () {
  this.timeout(20_000);

  it('React 19: attributes, the trade-select handler, and state back into an attribute', async () => {
    const { createElement, createRoot } = await load('/__vendor/react.js');
    const { TradePanel } = await load('/__vendor/readme-react.js');
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    root.render(createElement(TradePanel, { department: '32' }));
    try {
      const { code, sankey, choice } = await clickFirstCountry(host);
      expect(choice.textContent).to.equal(`Pays choisi : ${code}`);
      expect(sankey.selected).to.equal(code);
      expect(sankey.department).to.equal('32'); // React 19 sets it as a property
    } finally {
      root.unmount();
      host.remove();
    }
  });

  it('React 19 sets rich values as properties', async () => {
    const { createElement, createRoot, flushSync } = await load('/__vendor/react.js');
    const host = document.createElement('div');
    document.body.append(host);
    const data = await (await fetch('/data/2024/departments/32.json')).json();
    const root = createRoot(host);
    flushSync(() => root.render(createElement('trade-summary', { data })));
    const summary = host.querySelector('trade-summary') as Chart;
    await waitForState(summary, 'ready');
    expect(summary.data?.territory.code).to.equal('32');
    expect(summary.hasAttribute('data')).to.equal(false);
    root.unmount();
    host.remove();
  });

  it('Vue 3: the SFC from the README, with @trade-select and a bound attribute', async () => {
    const { createApp, h } = await load('/__vendor/vue.js');
    const { default: TradePanel } = await load('/__vendor/readme-vue.js');
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp({ render: () => h(TradePanel, { department: '32' }) });
    app.mount(host);
    try {
      const { code, sankey, choice } = await clickFirstCountry(host);
      expect(choice.textContent).to.equal(`Pays choisi : ${code}`);
      expect(sankey.selected).to.equal(code);
    } finally {
      app.unmount();
      host.remove();
    }
  });
});
