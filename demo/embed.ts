/**
 * The embed page (embed.html), for iframes: one widget from the address, e.g.
 * `embed.html?widget=trade-sankey&department=32&flow=export&lang=en&year=2024`,
 * with its own title and source line, and a link to the territory's full report on
 * this site. No site chrome; the background is the host page's.
 *
 * The address is not trusted: it may come from anyone's link.
 * - `widget` must be one of the library's tags (src/elements.ts); otherwise nothing is created.
 * - Every other parameter is taken only if it is one of that element's attributes, as the
 *   element itself declares them (its `observedAttributes`, which the Custom Elements
 *   Manifest documents: test/browser/embed.test.ts checks that they agree), except the
 *   ones that point the widget at other files (`src`, `base-url`, `texts`): an embed of
 *   this site shows this site's data. Unknown parameters are ignored.
 * - Values are set with `setAttribute` and `textContent` only: never parsed as markup.
 *
 * The page tells its parent the height of its content, now and whenever it changes, so
 * that embed.js (demo/embed-host.ts) on the host page sizes the iframe to fit.
 */
import { ELEMENTS } from '../src/elements.ts';

/** Attributes that would make the widget load files from elsewhere. */
const NOT_FROM_ADDRESS = new Set(['src', 'base-url', 'texts']);
/** The territory's attributes, which the link to the full report carries. */
const TERRITORY = ['department', 'region', 'level'];
/** What the demo site's address keeps besides the territory (demo/main.ts). */
const VIEW = ['year', 'lang', 'theme'];

const LINK_TEXT: Record<string, (name: string | undefined) => string> = {
  fr: (name) => (name ? `Le portrait complet du commerce extérieur : ${name}` : 'Le portrait complet du territoire'),
  en: (name) => (name ? `Full foreign trade report: ${name}` : 'Full report for this territory'),
};

const HEIGHT = 'trade-widgets:height';
const MEASURE = 'trade-widgets:measure';

type Widget = HTMLElement & { data?: { territory?: { name?: string } } };

const main = document.getElementById('embed') as HTMLElement;

/** The attributes an element of the library takes from the address. */
function allowedAttributes(tag: string): Set<string> {
  const declared = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes;
  return new Set((declared ?? []).filter((name) => !NOT_FROM_ADDRESS.has(name)));
}

/**
 * The widget the address asks for, or undefined if it names none of the library's. The
 * library is loaded only then: a wrong link downloads nothing more than this script.
 */
async function widgetFrom(params: URLSearchParams): Promise<Widget | undefined> {
  const tag = params.get('widget');
  if (!tag || !(ELEMENTS as readonly string[]).includes(tag)) return undefined;
  await import('../src/index.ts');
  const allowed = allowedAttributes(tag);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of params) if (allowed.has(name)) el.setAttribute(name, value);
  return el;
}

/** The link to the territory's full report on this site (index.html), with the same year, language and theme. */
function reportLink(el: Widget, lang: string): HTMLParagraphElement {
  const query = new URLSearchParams();
  for (const name of [...TERRITORY, ...VIEW]) {
    const value = el.getAttribute(name);
    if (value !== null) query.set(name, value);
  }
  const a = document.createElement('a');
  a.href = new URL(`./?${query.toString()}`, location.href).href;
  a.target = '_blank';
  a.rel = 'noopener';
  const text = LINK_TEXT[lang] ?? LINK_TEXT.fr;
  a.textContent = text(undefined);
  el.addEventListener('trade-load', (e) => {
    if (e.composedPath()[0] === el) a.textContent = text(el.data?.territory?.name);
  });
  const p = document.createElement('p');
  p.className = 'report-link';
  p.append(a);
  return p;
}

/** Tells the parent page the content's height, now and whenever it changes, and when asked. */
function reportHeight(): void {
  if (parent === window) return;
  let last = 0;
  const send = (force: boolean) => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    // Any origin may know a chart's height: the host page's origin is not known in advance.
    parent.postMessage({ type: HEIGHT, height }, '*');
  };
  new ResizeObserver(() => {
    send(false);
  }).observe(main);
  addEventListener('message', (event: MessageEvent) => {
    if (event.source === parent && (event.data as { type?: unknown } | null)?.type === MEASURE) send(true);
  });
}

const params = new URLSearchParams(location.search);
const widget = await widgetFrom(params);
if (widget) {
  const lang = widget.getAttribute('lang') === 'en' ? 'en' : 'fr';
  document.documentElement.lang = lang;
  main.dataset.theme = widget.getAttribute('theme') ?? 'auto';
  // A browser paints an opaque backdrop behind a frame whose color scheme differs from its
  // host page's. The host's is unknown: a dark widget is meant for a dark page, any other for a light one.
  if (main.dataset.theme === 'dark')
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', 'dark');
  main.append(widget, reportLink(widget, lang));
}
reportHeight();
