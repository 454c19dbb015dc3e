import type { Flow, TradeData } from '../../data/contract.ts';
import { formatEuros } from '../../data/format.ts';
import { countryName, productName } from '../../data/i18n/names.ts';
import type { Translation } from '../../data/i18n/translation.ts';
import type { SankeyWords } from './layout.ts';
import type { NodeKind } from './model.ts';

/** What `<trade-sankey>` says; each language module (`src/data/i18n/<lang>.ts`) has one. */
export interface SankeyTexts {
  /** "Flux à l’export par produit et par pays"; `kinds` are given for a department, as the report does. */
  title(flow: Flow, kinds?: string[]): string;
  /** In brackets after the territory's name in the title: "en valeur, 2024". */
  inValue(year: number): string;
  /** The caption's total: "Total des exportations". */
  total(flowInSentence: string): string;
  /** In the summary, before the flow: "d'exportations". */
  amountOf(flowInSentence: string): string;
  /** "soit 1,2 % de la valeur exportée par la région Occitanie". */
  share(share: string, flowAdjective: string, where: string): string;
  /** "par la région Occitanie". */
  byRegion(region: string): string;
  /** "au niveau national". */
  national: string;
  empty(flow: Flow, name: string, year: number): string;
  /** Between a product and a country: "vers" (exports), "depuis" (imports). */
  direction: Record<Flow, string>;
  /** The legend: "Les 5 principaux flux". */
  top(count: number): string;
  /** After the legend in the summary: ", en rouge". */
  inRed: string;
  /** An "Autres" node: "Autres produits (22)". */
  others(kind: NodeKind, count: number): string;
  /** The kinds in a sentence, singular and plural: "produit", "pays". */
  kind: Record<NodeKind, [singular: string, plural: string]>;
  /** Tooltip of "Autres": "Regroupe 22 produits". */
  gathers: string;
  value: string;
  /** "Part du produit", "Part du total". */
  shareOf(what: string): string;
  /** "du total", after a share in a node's name. */
  ofTotal: string;
  /** The word "total" in "Part du total". */
  totalWord: string;
}

/** The words the layout measures and draws, in a language: node labels ("Autres (22)") and amounts. */
export function sankeyWords(t: Translation, data: TradeData): SankeyWords {
  return {
    nodeName: (node) => {
      if (node.count) return `${t.common.others} (${node.count})`;
      return node.kind === 'country' ? countryName(data, node.code, t) : productName(data, node.code, t);
    },
    euros: (value) => formatEuros(value, t),
  };
}
