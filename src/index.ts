/**
 * trade-widgets: every element, registered on import.
 *   import 'trade-widgets';
 * Elements can also be imported one by one (see package.json "exports"); the list
 * of elements is src/elements.ts.
 */
export { TradeBalance } from './components/trade-balance/trade-balance.ts';
export { TradeTreemap } from './components/trade-treemap/trade-treemap.ts';
export { TradeSankey } from './components/trade-sankey/trade-sankey.ts';
export { TradeSummary } from './components/trade-summary/trade-summary.ts';
export { TradeReport } from './components/trade-report/trade-report.ts';
export { TradePartner } from './components/trade-partner/trade-partner.ts';
export { TradeMap } from './components/trade-map/trade-map.ts';
export { TradeTrend } from './components/trade-trend/trade-trend.ts';
export { TradeElement } from './components/base/trade-element.ts';
export { TradeChart } from './components/base/trade-chart.ts';
export type { WidgetState } from './components/base/trade-element.ts';
export type { SelectDetail } from './components/base/controllers/interaction.ts';
export type { TableModel, TableCell, TableColumn } from './components/base/table-model.ts';
export type { TradeData, DataIndex, Flow, Level, FlowTriple, Totals, Territory, Source } from './data/contract.ts';
export { SCHEMA_VERSION } from './data/contract.ts';
export { TradeError } from './data/errors.ts';
export type { TradeErrorKind, Problem, ProblemCode } from './data/errors.ts';
export { validateTradeData } from './data/validate.ts';
export { clearCache, loadIndex } from './data/loader.ts';
export type { Translation } from './data/i18n/translation.ts';
