/**
 * Whether the page is being printed: from `beforeprint` to `afterprint`, set by
 * listeners registered when this module loads, before any widget's own. A chart
 * made while the page prints (by `<trade-report>`, in the microtasks after
 * `beforeprint`) knows it, and draws at once. A module of its own, so that the
 * on-demand modules that import the environment's helpers do not listen again.
 */
export const page = { printing: false };
addEventListener('beforeprint', () => (page.printing = true));
addEventListener('afterprint', () => (page.printing = false));
