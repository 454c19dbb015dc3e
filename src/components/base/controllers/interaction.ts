/**
 * Pointer and keyboard interaction with a chart's marks, as a reactive controller:
 * a roving tab stop (one mark takes Tab, the arrow keys move between marks), the
 * mark under the pointer or the focus (which the chart lights up and the tooltip
 * describes), and choosing a mark (click, Enter or Space), which selects it and
 * tells the page with a `trade-select` event. The widget also follows the
 * `trade-select` events of the page's other widgets, unless `sync="none"`.
 *
 * Marks are elements with a `data-key` attribute; the chart says which keys take
 * the focus, in which order, and what each one selects and shows in its tooltip.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Flow } from '../../../data/contract.ts';

/** `trade-select` detail. `code` and `label` are null when a selection is cleared. */
export interface SelectDetail {
  kind: 'country' | 'product';
  code: string | null;
  label: string | null;
  flow?: Flow;
}

/** Where a tooltip points, in chart pixels: above `y`, or from `below` down when there is no room above. */
export interface Anchor {
  x: number;
  y: number;
  below?: number;
}

export interface InteractionHost<Layout> extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The layout drawn, if any. */
  readonly layout?: Layout;
  selected?: string;
  sync?: string;
  emit(name: string, detail: unknown): void;
}

export interface InteractionOptions<Layout> {
  /** The marks that take the focus, in keyboard order. */
  keys(layout: Layout): string[];
  /** The mark an arrow, Home or End key leads to; by default one step along `keys`, or to either end. */
  next?(current: string, key: string, layout: Layout): string | undefined;
  /** What choosing a mark selects; undefined when there is nothing to select ("Autres"). */
  select?(key: string): SelectDetail | undefined;
  /** The tooltip of a mark, and where it points. */
  tooltip?(key: string): TemplateResult | undefined;
  anchor?(key: string, layout: Layout): Anchor | undefined;
}

/** How far a key moves along the marks; other keys do not move. */
const STEPS: Partial<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/** One step along `keys` from `current`, or to either end; undefined for another key. */
export function stepAlong(keys: string[], current: string, key: string): string | undefined {
  const step = STEPS[key];
  if (step === undefined) return undefined;
  const index = Math.max(0, Math.min(keys.length - 1, keys.indexOf(current) + step));
  return keys[index];
}

export class InteractionController<Layout> implements ReactiveController {
  /** The mark under the pointer or the focus: its tooltip is shown, and the chart lights it up. */
  activeKey?: string;
  /** The mark that takes Tab. */
  focusKey?: string;

  readonly #host: InteractionHost<Layout>;
  readonly #options: InteractionOptions<Layout>;

  constructor(host: InteractionHost<Layout>, options: InteractionOptions<Layout>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('trade-select', this.#onPageSelect);
  }

  hostDisconnected(): void {
    document.removeEventListener('trade-select', this.#onPageSelect);
  }

  hostUpdated(): void {
    if (this.activeKey !== undefined) this.#placeTooltip();
  }

  /**
   * After a new layout: nothing is pointed at any more when nothing is drawn, and a
   * vanished mark loses the tab stop.
   */
  layoutChanged(layout: Layout | undefined): void {
    if (!layout) this.activeKey = undefined;
    else if (this.focusKey !== undefined && !this.#options.keys(layout).includes(this.focusKey))
      this.focusKey = undefined;
  }

  /** The mark's `tabindex`: 0 for the one that takes Tab, -1 for the others. */
  tabIndex(key: string): number {
    const layout = this.#host.layout;
    const current = this.focusKey ?? (layout ? this.#options.keys(layout)[0] : undefined);
    return key === current ? 0 : -1;
  }

  /** The tooltip's content, when a mark is pointed at. */
  tooltip(): TemplateResult | undefined {
    return this.activeKey === undefined ? undefined : this.#options.tooltip?.(this.activeKey);
  }

  /** Selects a mark, or clears the selection if it is the selected one, and tells the page. */
  choose(key: string): void {
    const detail = this.#options.select?.(key);
    if (!detail) return;
    const clearing = detail.code !== null && this.#host.selected === detail.code;
    const sent: SelectDetail = clearing ? { ...detail, code: null, label: null } : detail;
    this.#host.selected = sent.code ?? undefined;
    this.#host.emit('trade-select', sent);
  }

  // The chart area's listeners (render/chart.ts binds them).

  readonly onPointerOver = (event: PointerEvent): void => {
    this.#setActive(this.#keyOf(event));
  };

  readonly onPointerLeave = (): void => {
    this.#setActive(undefined);
  };

  readonly onClick = (event: MouseEvent): void => {
    const key = this.#keyOf(event);
    if (key === undefined) return;
    // Only focusable marks take the tab stop: a clicked Sankey link must not steal it.
    if (this.#focusable(key)) this.#setFocus(key);
    this.choose(key);
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const key = this.#keyOf(event);
    if (key === undefined) return;
    if (this.#focusable(key)) this.#setFocus(key);
    this.#setActive(key);
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const chart = this.#host.renderRoot.querySelector('.chart');
    if (!next || !chart?.contains(next)) this.#setActive(undefined);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const current = this.#keyOf(event);
    const layout = this.#host.layout;
    if (current === undefined || !layout) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(current);
    } else if (event.key === 'Escape') {
      this.#escape(current);
    } else {
      const next =
        this.#options.next?.(current, event.key, layout) ?? stepAlong(this.#options.keys(layout), current, event.key);
      if (next === undefined) return;
      event.preventDefault();
      this.#setFocus(next);
      this.#setActive(next);
      void this.#host.updateComplete.then(() => {
        this.#host.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(next)}"]`)?.focus();
      });
    }
  };

  /** Escape hides the tooltip first; pressed again, it clears the selection. */
  #escape(current: string): void {
    if (this.activeKey !== undefined) {
      this.#setActive(undefined);
      return;
    }
    if (this.#host.selected === undefined) return;
    this.#host.selected = undefined;
    const detail = this.#options.select?.(current);
    if (detail) this.#host.emit('trade-select', { ...detail, code: null, label: null });
  }

  readonly #onPageSelect = (event: Event): void => {
    if (this.#host.sync === 'none' || event.composedPath().includes(this.#host)) return;
    // Any script of the page may send a `trade-select`, with or without a detail.
    const detail = (event as CustomEvent<SelectDetail | null | undefined>).detail;
    this.#host.selected = detail?.code ?? undefined;
  };

  #setActive(key: string | undefined): void {
    if (key === this.activeKey) return;
    this.activeKey = key;
    this.#host.requestUpdate();
  }

  #setFocus(key: string): void {
    if (key === this.focusKey) return;
    this.focusKey = key;
    this.#host.requestUpdate();
  }

  #focusable(key: string): boolean {
    const layout = this.#host.layout;
    return !!layout && this.#options.keys(layout).includes(key);
  }

  /** The key of the mark an event happened on, looking up from its target to the widget. */
  #keyOf(event: Event): string | undefined {
    for (const node of event.composedPath()) {
      if (node === this.#host) break;
      if (node instanceof Element && node.hasAttribute('data-key')) return node.getAttribute('data-key') ?? undefined;
    }
    return undefined;
  }

  /** Places the tooltip over its mark, inside the chart's width, above it or else below it. */
  #placeTooltip(): void {
    const root = this.#host.renderRoot;
    const tip = root.querySelector<HTMLElement>('.tooltip');
    const chart = root.querySelector<HTMLElement>('.chart');
    const layout = this.#host.layout;
    if (!tip || !chart || tip.hidden || !layout || this.activeKey === undefined) return;
    const anchor = this.#options.anchor?.(this.activeKey, layout);
    if (!anchor) return;
    const x = Math.max(0, Math.min(chart.clientWidth - tip.offsetWidth, anchor.x - tip.offsetWidth / 2));
    const above = anchor.y - tip.offsetHeight - 8;
    const y = above >= 0 ? above : (anchor.below ?? anchor.y) + 8;
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}
