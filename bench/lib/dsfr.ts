/**
 * DSFR Chart's line chart and map of France, given the figures <trade-trend> and
 * <trade-map scope="france"> draw, in their attributes (JSON strings) as DSFR
 * Chart's README says: what a page would write to show the same figures with it.
 */
import type { TradeSeries } from '../../src/data/contract.ts';
import type { TerritoryTotals } from '../../src/components/trade-map/geo.ts';
import type { DsfrSubject } from './browser.ts';

const LINE = 'DSFR Chart <line-chart>';
const MAP = 'DSFR Chart <map-chart>';

/** The modules of DSFR Chart the first-paint page loads: its bar chart, line chart and map. */
export const DSFR_CHARTS = ['BarChart', 'LineChart', 'MapChart'];

/** "2015 T1": the quarter `index` quarters after the series' first. */
function quarterLabel(start: TradeSeries['quarters']['start'], index: number): string {
  const quarter = start.quarter - 1 + index;
  return `${start.year + Math.floor(quarter / 4)} T${(quarter % 4) + 1}`;
}

/** Exports and imports by quarter, as <trade-trend> draws them by default: two lines. */
export function lineChart(series: TradeSeries, ours: string): DsfrSubject {
  const { start, export: exp, import: imp } = series.quarters;
  const labels = exp.map((_, index) => quarterLabel(start, index));
  return {
    name: LINE,
    tag: 'line-chart',
    ours,
    attrs: {
      x: JSON.stringify([labels, labels]),
      y: JSON.stringify([exp, imp]),
      name: JSON.stringify(['Exportations', 'Importations']),
      'unit-tooltip': '€',
    },
  };
}

/**
 * Every department's exports, as <trade-map scope="france"> colours them: Corse's
 * single figure (20) on 2A and 2B, as it does; Monaco (99), which DSFR Chart's map
 * does not draw, left out.
 */
export function mapChart(totals: TerritoryTotals, ours: string): DsfrSubject {
  const data: Record<string, number> = {};
  for (const [code, [exp]] of Object.entries(totals.departments)) {
    if (code === '99') continue;
    if (code === '20') {
      data['2A'] = exp;
      data['2B'] = exp;
    } else data[code] = exp;
  }
  const total = Object.values(totals.departments).reduce((sum, [exp]) => sum + exp, 0);
  return {
    name: MAP,
    tag: 'map-chart',
    ours,
    attrs: { data: JSON.stringify(data), value: String(total), name: 'Exportations (€)', date: '2024', level: 'dep' },
  };
}
