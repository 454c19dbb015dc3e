/**
 * The smallest possible chart on the shared base: two bars, exports and imports.
 * It lets the base's loading, states, keyboard, tooltip and table be tested on
 * their own, apart from any real chart.
 */
import { html, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Flow, TradeData } from '../../src/data/contract.ts';
import { formatEuros } from '../../src/data/format.ts';
import { InteractionController } from '../../src/components/base/controllers/interaction.ts';
import type { TableModel } from '../../src/components/base/table-model.ts';
import { TradeChart } from '../../src/components/base/trade-chart.ts';

interface Model {
  name: string;
  rows: { flow: Flow; value: number }[];
}
interface Layout {
  bars: { key: string; flow: Flow; y: number; width: number }[];
  width: number;
}

@customElement('test-widget')
export class TestWidget extends TradeChart<Model, Layout> {
  renders = 0;

  protected readonly interaction = new InteractionController<Layout>(this, {
    keys: (layout) => layout.bars.map((bar) => bar.key),
    select: (key) => ({ kind: 'product', code: key, label: key }),
    tooltip: (key) => {
      const row = this.model?.rows.find((r) => r.flow === key);
      return row ? html`<strong>${row.flow}</strong>${formatEuros(row.value, this.t)}` : undefined;
    },
    anchor: (key, layout) => {
      const bar = layout.bars.find((b) => b.key === key);
      return bar ? { x: bar.width / 2, y: bar.y } : undefined;
    },
  });

  protected buildModel(data: TradeData): Model {
    return {
      name: data.territory.name,
      rows: (['export', 'import'] as Flow[]).map((flow) => ({ flow, value: data.totals[flow] })),
    };
  }
  protected buildLayout(model: Model, width: number): Layout {
    const max = Math.max(1, ...model.rows.map((r) => r.value));
    return {
      width,
      bars: model.rows.map((r, i) => ({ key: r.flow, flow: r.flow, y: i * 30, width: (r.value / max) * width })),
    };
  }
  protected renderChart(layout: Layout, model: Model) {
    this.renders++;
    return html`<svg width=${layout.width} height="60" viewBox="0 0 ${layout.width} 60">
      ${layout.bars.map(
        (b, i) => svg`<rect data-key=${b.key} role="button" tabindex=${this.interaction.tabIndex(b.key)}
          aria-label=${`${b.flow} ${formatEuros(model.rows[i].value, this.t)}`}
          x="0" y=${b.y} width=${b.width} height="24" fill="currentColor"></rect>`,
      )}
      <text x="4" y="56" aria-hidden="true">${formatEuros(model.rows[0].value, this.t)}</text>
    </svg>`;
  }
  protected titleFor(data: TradeData | undefined): string {
    return data ? `Test, ${data.territory.name} (${data.year})` : 'Test';
  }
  protected describe(model: Model): string {
    return `${model.name}: ${model.rows.map((r) => formatEuros(r.value, this.t)).join(', ')}`;
  }
  protected tableFor(model: Model): TableModel {
    return {
      caption: `Test ${model.name}`,
      columns: [{ label: 'Flux' }, { label: 'Valeur', numeric: true, unit: 'eur' }],
      rows: model.rows.map((r) => [r.flow, { text: formatEuros(r.value, this.t), value: r.value }]),
    };
  }
  protected override emptyMessage(model: Model): string | undefined {
    return model.rows.every((r) => r.value === 0) ? 'Aucun échange' : undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
