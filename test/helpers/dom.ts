/** Browser-test helpers: waiting for a widget's state, reading its shadow DOM. */
import type { TradeElement, WidgetState } from '../../src/components/base/trade-element.ts';

export const FIXTURES = '/test/fixtures/data/';

/** Resolves when the element reaches one of the states (and has rendered it), or rejects after `ms`. */
export async function waitForState(
  el: TradeElement,
  states: WidgetState | WidgetState[],
  ms = 5000,
): Promise<WidgetState> {
  const want = Array.isArray(states) ? states : [states];
  const start = performance.now();
  while (performance.now() - start < ms) {
    await el.updateComplete;
    // 'ready' also means drawn (a chart's group, or a report's sections with every chart made: none left as a
    // placeholder), and the table alternative built (it follows the chart's first paint, in an idle period).
    const root = el.shadowRoot;
    const drawn =
      root?.querySelector('.chart[role="group"], [part="section"]') &&
      !root.querySelector('[part="table"]:empty, [data-later]');
    if (want.includes(el.state) && (el.state !== 'ready' || drawn)) return el.state;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for state ${want.join('|')}; state is ${el.state}`);
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.tagName} has no shadow root`);
  return el.shadowRoot;
}

/** The element `selector` finds in `el`'s shadow root, as the type the test names (as querySelector<E> does). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the type it expects
export function q<T extends Element = Element>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in ${el.tagName}`);
  return found;
}

export function qa<T extends Element = Element>(el: Element, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/**
 * Visible text with ASCII whitespace collapsed. No-break spaces (U+00A0 before "M€",
 * U+202F in thousands and before "%") are kept, so tests see the exact characters.
 */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

export function errorText(el: Element): string {
  return text(shadow(el).querySelector('[role="alert"]'));
}

export const nextFrame = () =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve(undefined);
    });
  });

/** Table rows of the accessible table alternative, as arrays of cell texts. */
export function tableRows(el: Element, section: 'thead' | 'tbody' | 'tfoot' = 'tbody'): string[][] {
  return qa(el, `table ${section} tr`).map((tr) => [...tr.children].map((c) => text(c)));
}
