/**
 * The smallest possible widget on the shared base: two bars, exports and imports.
 * It lets the base's loading, states, keyboard, tooltip and table be tested on
 * their own, apart from any real chart.
 */
import { html, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Flow, TradeData } from '../../src/data/contract.ts';
import { formatEuros, type Locale } from '../../src/data/format.ts';
import { TradeElement, type SelectDetail, type TableModel } from '../../src/components/base/trade-element.ts';

interface Model {
  name: string;
  rows: { flow: Flow; value: number }[];
  locale: Locale;
}
interface Layout {
  bars: { key: string; flow: Flow; y: number; width: number }[];
  width: number;
}

@customElement('test-widget')
export class TestWidget extends TradeElement<Model, Layout> {
  renders = 0;

  protected computeModel(data: TradeData, locale: Locale): Model {
    return { name: data.territory.name, locale, rows: (['export', 'import'] as Flow[]).map((flow) => ({ flow, value: data.totals[flow] })) };
  }
  protected computeLayout(model: Model, width: number): Layout {
    const max = Math.max(1, ...model.rows.map((r) => r.value));
    return { width, bars: model.rows.map((r, i) => ({ key: r.flow, flow: r.flow, y: i * 30, width: (r.value / max) * width })) };
  }
  protected renderChart(layout: Layout, model: Model) {
    this.renders++;
    return html`<svg width=${layout.width} height="60" viewBox="0 0 ${layout.width} 60">
      ${layout.bars.map(
        (b, i) => svg`<rect data-key=${b.key} role="button" tabindex=${this.tabIndexFor(b.key)}
          aria-label=${`${b.flow} ${formatEuros(model.rows[i].value, this.locale)}`}
          x="0" y=${b.y} width=${b.width} height="24" fill="currentColor"></rect>`,
      )}
      <text x="4" y="56" aria-hidden="true">${formatEuros(model.rows[0].value, this.locale)}</text>
    </svg>`;
  }
  protected chartTitle(data: TradeData | undefined): string {
    return data ? `Test, ${data.territory.name} (${data.year})` : 'Test';
  }
  protected summary(model: Model): string {
    return `${model.name}: ${model.rows.map((r) => formatEuros(r.value, this.locale)).join(', ')}`;
  }
  protected tableModel(model: Model): TableModel {
    return {
      caption: `Test ${model.name}`,
      columns: [{ label: 'Flux' }, { label: 'Valeur', numeric: true, unit: 'eur' }],
      rows: model.rows.map((r) => [r.flow, { text: formatEuros(r.value, this.locale), value: r.value }]),
    };
  }
  protected override emptyMessage(model: Model): string | undefined {
    return model.rows.every((r) => r.value === 0) ? 'Aucun échange' : undefined;
  }
  protected override focusKeys(layout: Layout): string[] {
    return layout.bars.map((b) => b.key);
  }
  protected override tooltipContent(key: string, model: Model) {
    const r = model.rows.find((x) => x.flow === key);
    return r ? html`<strong>${r.flow}</strong>${formatEuros(r.value, this.locale)}` : undefined;
  }
  protected override tooltipAnchor(key: string, layout: Layout) {
    const b = layout.bars.find((x) => x.key === key);
    return b ? { x: b.width / 2, y: b.y } : undefined;
  }
  protected override selectionFor(key: string): SelectDetail {
    return { kind: 'product', code: key, label: key };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
