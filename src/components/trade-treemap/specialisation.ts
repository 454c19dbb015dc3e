/**
 * `<trade-treemap>` against France: each product's share of France's flow, and the
 * specialisation index, the ratio of the territory's share of its flow to France's
 * (1: as in France; above 2, the tile is marked ◆). Loaded on demand with France's
 * file, after the chart is drawn, with its texts in every language. `specialise`
 * is pure; the rest writes its figures for the tooltips, the table and the key.
 */
import { PRODUCT, sumBy } from '../../data/aggregate.ts';
import type { Flow, TradeData } from '../../data/contract.ts';
import { formatFixed, formatShare } from '../../data/format.ts';
import type { Lang } from '../../data/i18n/index.ts';
import type { Translation } from '../../data/i18n/translation.ts';
import type { TableCell, TableColumn } from '../base/table-model.ts';
import type { Tile } from './layout.ts';
import { SPECIALISED, type TreemapItem, type TreemapModel } from './model.ts';

const NO_BREAK_SPACE = '\u00a0';

export const TEXTS: Record<Lang, { share: string; index: string; key: string }> = {
  fr: {
    share: 'Part du flux en France',
    index: 'Indice de spécialisation',
    key:
      `◆${NO_BREAK_SPACE}: indice de spécialisation supérieur à 2, une part du flux plus de deux fois celle de ` +
      `la France (indice 1${NO_BREAK_SPACE}: comme la France)`,
  },
  en: {
    share: 'Share of the flow in France',
    index: 'Specialisation index',
    key: '◆: specialisation index above 2, a share of the flow more than twice France’s (index 1: as in France)',
  },
};

const franceSums = new WeakMap<TradeData, Partial<Record<Flow, Map<string, number>>>>();

/** France's sums by product for a flow, made once per file. */
function franceByProduct(france: TradeData, flow: Flow): Map<string, number> {
  const sums = franceSums.get(france) ?? {};
  franceSums.set(france, sums);
  return (sums[flow] ??= sumBy(france.flows[flow], PRODUCT));
}

/**
 * The model with each product's figures against France (`item.france`), when
 * `france` is France's file for the same year and the territory is not France;
 * else the model as it is. "Autres" has none.
 */
export function specialise(model: TreemapModel, france: TradeData): TreemapModel {
  if (france.territory.level !== 'france' || model.territory.level === 'france' || france.year !== model.year)
    return model;
  return {
    ...model,
    flows: model.flows.map((entry) => {
      const total = france.totals[entry.flow];
      const sums = total > 0 ? franceByProduct(france, entry.flow) : undefined;
      const items = entry.items.map((item): TreemapItem => {
        const share = (sums?.get(item.code) ?? 0) / total;
        // A territory's flows are part of France's: a product it trades, France trades.
        return sums && share > 0 ? { ...item, france: { share, index: item.share / share } } : item;
      });
      return { ...entry, items };
    }),
  };
}

/** A tile takes the mark when wider and higher than this, in px: a smaller one's number or label would touch it. */
const MARKED_TILE = { width: 40, height: 26 };

/**
 * ◆ in a marked tile's lower right corner, where its label (from the upper left)
 * leaves room; none in a smaller tile (see MARKED_TILE: its tooltip, name and table
 * say it). Made with the `svg` tag the element passes (the page's own lit).
 */
export function renderMark(svg: typeof import('lit').svg, { item, x0, y0, x1, y1 }: Tile): unknown {
  return isMarked(item) && x1 - x0 > MARKED_TILE.width && y1 - y0 > MARKED_TILE.height
    ? svg`<text aria-hidden="true" class="mark" x=${x1 - 4} y=${y1 - 5} text-anchor="end">◆</text>`
    : undefined;
}

/** Whether a product's index marks its tile. */
export const isMarked = (item: TreemapItem): boolean => !!item.france && item.france.index > SPECIALISED;

/** An index as written, with one decimal: "1,0", "◆ 2,6" above 2. */
function indexText(item: TreemapItem, t: Translation): string {
  const text = formatFixed(item.france?.index ?? 0, t);
  return isMarked(item) ? `◆ ${text}` : text;
}

/** The tooltip's lines against France. */
export function tooltipLines(item: TreemapItem, t: Translation): [string, string][] {
  const texts = TEXTS[t.lang];
  return item.france
    ? [
        [texts.share, formatShare(item.france.share, t)],
        [texts.index, indexText(item, t)],
      ]
    : [];
}

/** In a tile's accessible name: "; indice de spécialisation ◆ 2,6". */
export function nameSuffix(item: TreemapItem, t: Translation): string {
  return item.france ? `${t.listSeparator}${TEXTS[t.lang].index} ${indexText(item, t)}` : '';
}

/** The table's two columns against France, and each row's cells ("–" for "Autres" and the totals). */
export function tableColumns(t: Translation): TableColumn[] {
  const texts = TEXTS[t.lang];
  return [
    { label: texts.share, numeric: true, unit: '%' },
    { label: texts.index, numeric: true },
  ];
}

export function tableCells(item: TreemapItem | undefined, t: Translation): TableCell[] {
  const { france } = item ?? {};
  if (!item || !france) return ['–', '–'];
  return [
    { text: formatShare(france.share, t), value: france.share },
    { text: indexText(item, t), value: france.index },
  ];
}

/** Under the chart, where a tile is marked: what ◆ means. */
export function keyText(model: TreemapModel, t: Translation): string | undefined {
  return model.flows.some(({ items }) => items.some(isMarked)) ? TEXTS[t.lang].key : undefined;
}
