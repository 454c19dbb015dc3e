import type { Flow, TradeData } from '../../data/contract.ts';
import { formatEuros, formatShare } from '../../data/format.ts';
import { productName } from '../../data/i18n/names.ts';
import type { Translation } from '../../data/i18n/translation.ts';
import type { TreemapWords } from './layout.ts';
import { OTHER } from './model.ts';

/** What `<trade-treemap>` says; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface TreemapTexts {
  /** "Principales activités à l'import et à l'export", for the flows drawn. */
  title(flows: Flow[]): string;
  /** In the summary, for a flow with no trade: "aucune importation". */
  none(flow: Flow): string;
  /** Above the chart, for a flow with no trade: "Aucune importation en 2024". */
  note(flow: Flow, year: number): string;
  /** The empty state, for one flow or (`flow` false) both. */
  empty(flow: Flow | false, name: string, year: number): string;
  /** The tile of the products not drawn: "Autres (12 produits)". */
  others(count: number): string;
  /** "des importations", after a share or a total. */
  ofFlow(flowInSentence: string): string;
  /** "Part des importations". */
  shareOf(flowInSentence: string): string;
  /** Before the largest product in the summary: "d'abord". */
  ledBy: string;
  /** Table columns after the product: flow, value, share of the flow. */
  columns: [flow: string, value: string, share: string];
}

/**
 * The words the layout measures and draws, in a language: flow names, item labels
 * ("Autres" for the products not drawn: the tile's tooltip and the table say how
 * many), amounts and shares.
 */
export function treemapWords(t: Translation, data: TradeData): TreemapWords {
  return {
    flowName: (flow) => t.common.flow[flow],
    itemLabel: (item) => (item.code === OTHER ? t.common.others : productName(data, item.code, t)),
    euros: (value) => formatEuros(value, t),
    share: (ratio) => formatShare(ratio, t),
  };
}
