/**
 * What the stories share: their arguments (one per attribute, by attribute name), a
 * render helper that writes them on the element, the data of the empty state, and
 * the steps of the play functions, which run as tests (`npm run test:stories`).
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { TradeElement, WidgetState } from '../src/components/base/trade-element.ts';

/**
 * A URL whose answer never comes, to show the loading state in Storybook, where
 * there is no test server to hold a request open.
 */
export const PENDING = '/__pending__/never.json';

const realFetch = globalThis.fetch.bind(globalThis);
if (!(globalThis as any).__twPendingFetch) {
  (globalThis as any).__twPendingFetch = true;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/__pending__/')) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as fetch: the abort reason
        reject(init.signal!.reason ?? new DOMException('Aborted', 'AbortError'));
      });
    });
  };
}

/** A file that is not there: the error state. */
export const MISSING = '/data/nope.json';

/** An hour: the loading stories stay loading instead of timing out after 20 s. */
export const LONG_TIMEOUT = 3_600_000;

/** The dark page behind a dark-theme story (the backgrounds are set in .storybook/preview.ts). */
export const darkPage = { backgrounds: { value: 'dark' } };

/**
 * The attributes every element shares, named as in HTML (`base-url`, not `baseUrl`),
 * the `data` property, and handlers for the four events (Storybook's Actions panel).
 * Controls come from the manifest (custom-elements.json).
 */
export interface WidgetArgs {
  src?: string;
  department?: string;
  region?: string;
  level?: string;
  year?: string;
  'base-url'?: string;
  lang?: string;
  theme?: string;
  selected?: string;
  sync?: string;
  toolbar?: string;
  heading?: string;
  'heading-level'?: number;
  timeout?: number;
  /** The data itself, instead of a file: validated like a fetched one. */
  data?: unknown;
  onTradeLoad?: (e: Event) => void;
  onTradeError?: (e: Event) => void;
  onTradeSelect?: (e: Event) => void;
  onTradeRender?: (e: Event) => void;
}

/** Spies on the four events: the Actions panel lists them, play functions check them. */
export function eventArgs(): Pick<WidgetArgs, 'onTradeLoad' | 'onTradeError' | 'onTradeSelect' | 'onTradeRender'> {
  return { onTradeLoad: fn(), onTradeError: fn(), onTradeSelect: fn(), onTradeRender: fn() };
}

const EVENTS = {
  onTradeLoad: 'trade-load',
  onTradeError: 'trade-error',
  onTradeSelect: 'trade-select',
  onTradeRender: 'trade-render',
} as const;

/**
 * `<trade-x ${widget(args)}>`: writes every argument that names one of the
 * element's attributes (as its class observes them) on the element, removes those
 * that became empty, sets `data`, and listens to the events with the `on…` handlers.
 */
class WidgetDirective extends Directive {
  #attributes = new Set<string>();
  #listeners = new Map<string, EventListener>();
  #data: unknown;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('widget() goes in an element tag');
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- gives widget() its argument type; update() reads them
  render(_args: WidgetArgs): unknown {
    return noChange;
  }

  override update(part: ElementPart, [args]: [WidgetArgs]): unknown {
    const el = part.element as HTMLElement & { data?: unknown };
    const observed =
      (customElements.get(el.localName) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
    const values = args as Record<string, unknown>;
    const set = new Set<string>();
    for (const name of observed) {
      const value = values[name];
      // Attributes take text or numbers (WidgetArgs and the stories' Args): nothing else is written.
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      if (value === '' || (typeof value === 'number' && Number.isNaN(value))) continue;
      set.add(name);
      if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
    }
    for (const name of this.#attributes) if (!set.has(name)) el.removeAttribute(name);
    this.#attributes = set;

    for (const [arg, event] of Object.entries(EVENTS)) {
      const handler = values[arg];
      const old = this.#listeners.get(event);
      if (old === handler) continue;
      if (old) el.removeEventListener(event, old);
      if (typeof handler === 'function') {
        el.addEventListener(event, handler as EventListener);
        this.#listeners.set(event, handler as EventListener);
      } else this.#listeners.delete(event);
    }

    // Once the element is in the page: Storybook also renders each story into a
    // detached element to show its source, which must not validate the data and
    // report a second `trade-error`. (The microtask runs before the element's first update.)
    if (args.data !== this.#data) {
      const value = (this.#data = args.data);
      const apply = () => {
        if (el.isConnected && this.#data === value) el.data = value;
      };
      if (el.isConnected) apply();
      else queueMicrotask(apply);
    }
    return noChange;
  }
}
export const widget = directive(WidgetDirective);

/** No flow either way: the empty state. */
export const EMPTY_DATA = {
  schema: 1,
  year: 2024,
  territory: { level: 'department', code: '32', name: 'Gers', region: { code: '76', name: 'Occitanie' } },
  totals: { export: 0, import: 0 },
  parents: {},
  products: {},
  countries: {},
  flows: { export: [], import: [] },
  source: { name: 'Exemple', licence: 'Licence Ouverte 2.0', url: 'https://www.data.gouv.fr/', demo: true },
};

// --- Play functions ------------------------------------------------------------------

/** Loading the demo data and drawing can take a while on a busy CI machine. */
const WAIT = { timeout: 10_000 };

/** Text as read: runs of spaces (no-break and narrow ones included) as one space. */
export const text = (n: Node | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The story's element. */
export function find<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
): HTMLElementTagNameMap[K] {
  const el = canvasElement.querySelector(tag);
  if (!el) throw new Error(`<${tag}> is not in the story`);
  return el;
}

/**
 * Waits until the element reaches `state` and has rendered it ('ready': the chart
 * is drawn, or the report's charts are), and returns its shadow root's wrapper,
 * for `within()` and `querySelector()`.
 */
export async function settled(el: TradeElement, state: WidgetState): Promise<HTMLElement> {
  await waitFor(() => expect(el.state).toBe(state), WAIT);
  await el.updateComplete;
  const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
  if (state === 'ready' && el.localName !== 'trade-report') {
    await waitFor(() => expect(root.querySelector('[part="chart"][role="group"]')).not.toBeNull(), WAIT);
  }
  // A report makes its charts below the first screen as they come near the viewport or in idle periods: all made.
  if (state === 'ready' && el.localName === 'trade-report')
    await waitFor(() => expect(root.querySelector('[data-later]')).toBeNull(), WAIT);
  return root;
}

/** The chart's title, as a screen reader finds it: the heading of the given level (2 by default). */
export function title(root: HTMLElement, level = 2): string {
  return text(within(root).getByRole('heading', { level }));
}

/** The loading state: a skeleton, aria-busy, and "Chargement des données…" announced. */
export async function expectLoading(el: TradeElement, message = 'Chargement des données…'): Promise<void> {
  await waitFor(() => expect(el.state).toBe('loading'), WAIT);
  await el.updateComplete;
  const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
  await expect(root).toHaveAttribute('aria-busy', 'true');
  await expect(root.querySelector('.skeleton')).not.toBeNull();
  await expect(text(within(root).getByRole('status'))).toBe(message);
  await expect(root.querySelector('[part="chart"] svg')).toBeNull();
}

/** The story of an element's loading state: a file that never comes. */
export function loadingStory<A extends WidgetArgs>(tag: keyof HTMLElementTagNameMap): StoryObj<A> {
  return {
    args: { department: undefined, src: PENDING, timeout: LONG_TIMEOUT } as Partial<A>,
    play: async ({ canvasElement }) => {
      await expectLoading(find(canvasElement, tag) as TradeElement);
    },
  };
}

/** The story of an element's error state: a file that is not there (its stories name it "Error"). */
export function errorStory<A extends WidgetArgs>(tag: keyof HTMLElementTagNameMap): StoryObj<A> {
  return {
    args: { department: undefined, src: MISSING } as Partial<A>,
    play: async ({ canvasElement, args }) => {
      await expectNotFound(find(canvasElement, tag) as TradeElement, args);
    },
  };
}

/** The story of an element's empty state: a file without trade, given as a property; `message` is what it says. */
export function emptyStory<A extends WidgetArgs>(tag: keyof HTMLElementTagNameMap, message: string): StoryObj<A> {
  return {
    args: { department: undefined, data: EMPTY_DATA } as Partial<A>,
    play: async ({ canvasElement, args }) => {
      await expectEmpty(find(canvasElement, tag) as TradeElement, args, message);
    },
  };
}

/** The error state: an alert that says what failed (HTTP 404) and for which URL, and a `trade-error` event. */
export async function expectNotFound(el: TradeElement, args: WidgetArgs): Promise<void> {
  const root = await settled(el, 'error');
  const alert = within(root).getByRole('alert');
  await expect(alert).toHaveAttribute('part', 'error');
  await expect(text(alert)).toContain('Impossible d’afficher ce graphique');
  await expect(text(alert)).toContain('Le serveur a répondu HTTP 404');
  await expect(text(alert)).toContain(MISSING);
  // Not busy: assistive technology reads the alert.
  await expect(root).toHaveAttribute('aria-busy', 'false');
  await expect(args.onTradeError).toHaveBeenCalledTimes(1);
}

/** The empty state: its message, as a status, and no chart. */
export async function expectEmpty(el: TradeElement, args: WidgetArgs, message: string): Promise<void> {
  const root = await settled(el, 'empty');
  // Given as a property, before the first update: no request, so no error on the way.
  await expect(args.onTradeError).not.toHaveBeenCalled();
  await expect(args.onTradeLoad).not.toHaveBeenCalled();
  const status = within(root).getByRole('status');
  await expect(status).toHaveAttribute('part', 'empty');
  await expect(text(status)).toBe(message);
  await expect(root.querySelector('[part="chart"]')).toBeNull();
}

/** The dark theme: the wrapper has the dark class, light text on a dark surface. */
export async function expectDark(root: HTMLElement): Promise<void> {
  await expect(root.classList.contains('dark')).toBe(true);
  const [r, g, b] = (getComputedStyle(root).color.match(/\d+/g) ?? []).map(Number);
  await expect(r + g + b).toBeGreaterThan(3 * 180);
}

/**
 * Keyboard use, as a sighted keyboard user does it: the chart is one Tab stop (its
 * first mark), an arrow moves to the next mark and shows its tooltip, Enter selects
 * it (a `trade-select` event, the mark pressed), Escape closes the tooltip.
 */
export async function expectKeyboard(el: TradeElement, args: WidgetArgs): Promise<void> {
  const root = await settled(el, 'ready');
  const shadow = el.shadowRoot!;
  const marks = [...root.querySelectorAll<HTMLElement | SVGElement>('[part="chart"] [data-key][tabindex]')];
  await expect(marks.length).toBeGreaterThan(1);
  const stops = marks.filter((m) => m.getAttribute('tabindex') === '0');
  await expect(stops).toHaveLength(1);
  // Tab: the browser moves to the chart's one tab stop.
  stops[0].focus();
  await expect(shadow.activeElement).toBe(stops[0]);
  await userEvent.keyboard('{ArrowDown}');
  await waitFor(() => expect(shadow.activeElement).not.toBe(stops[0]));
  const next = shadow.activeElement as HTMLElement | SVGElement;
  await expect(next.getAttribute('tabindex')).toBe('0');
  const tooltip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
  await waitFor(() => expect(tooltip.hidden).toBe(false));
  await expect(text(tooltip)).not.toBe('');
  await userEvent.keyboard('{Enter}');
  await expect(args.onTradeSelect).toHaveBeenCalledTimes(1);
  const detail = (vi(args.onTradeSelect).mock.calls[0][0] as CustomEvent<{ code: string | null; label: string | null }>)
    .detail;
  await expect(detail.code).toBeTruthy();
  await expect(el.selected).toBe(detail.code);
  await expect(text(tooltip)).toContain(detail.label!);
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(tooltip.hidden).toBe(true));
}

/** A spy, typed as one. */
function vi(f: unknown): { mock: { calls: unknown[][] } } {
  return f as { mock: { calls: unknown[][] } };
}
