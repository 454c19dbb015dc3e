/**
 * trade-widgets: every element, registered on import.
 *   import 'trade-widgets';
 * Elements can also be imported one by one (see package.json "exports").
 */
export { TradeElement } from './components/base/trade-element.ts';
export type { SelectDetail, TableModel, TableCell, WidgetState } from './components/base/trade-element.ts';
export type { TradeData, DataIndex, Flow, Level, FlowTriple, Totals, Territory, Source } from './data/contract.ts';
export { SCHEMA_VERSION } from './data/contract.ts';
export { TradeError } from './data/errors.ts';
export type { TradeErrorKind, Problem, ProblemCode } from './data/errors.ts';
export { validateTradeData, validateIndex } from './data/validate.ts';
export { clearCache } from './data/loader.ts';
