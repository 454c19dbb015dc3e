/**
 * The demo site: a searchable picker over every department, region and France
 * drives one <trade-report>, with the widget's language and theme; the address
 * keeps the whole view (?department=32&year=2023&lang=en&theme=dark, ?region=76,
 * ?level=france), so that a link or Back shows it again; "Intégrer" shows three
 * snippets that embed the current widget as it is shown (the autoloader's script tag,
 * a responsive iframe with embed.js, an iframe alone), each with a live preview.
 */
import '../src/index.ts';
import type { DataIndex, TradeData } from '../src/data/contract.ts';
import { normalizeTerritoryCode } from '../src/data/codes.ts';
import { loadIndex } from '../src/data/loader.ts';
import { indexUrl, resolveBase } from '../src/data/urls.ts';
import { embedPageUrl, embedSnippet, iframeSnippet } from './snippet.ts';

type Choice = {
  attr: 'department' | 'region' | 'level';
  value: string;
  label: string;
  /** A department's region, by name. */
  regionName?: string;
  /** Other names that pick this territory when typed whole ("Haute-Corse" for Corse). */
  aliases?: string[];
};
type Lang = 'fr' | 'en';
type Theme = 'auto' | 'light' | 'dark';
/** Everything the address keeps. `year` is undefined for the latest year of the data. */
type View = { choice: Choice; year?: string; lang: Lang; theme: Theme };

/** DGDDI publishes Corse as one department, 20, where INSEE has 2A and 2B. */
const CORSE = '20';
/** DGDDI files Monaco as a department, 99, of Provence-Alpes-Côte d'Azur: it is not a French department. */
const MONACO = '99';
/** Monaco's region as the picker names it, should the index not say. */
const monacoRegion = (c: Choice) => c.regionName ?? 'Provence-Alpes-Côte d’Azur';

/** An element of the page by its id: index.html has every one this script asks for. */
const $ = (id: string) => document.getElementById(id) as HTMLElement;
const report = $('report') as HTMLElement & { department?: string; region?: string; level?: string; year?: string };
const input = $('territory') as HTMLInputElement;
const list = $('territories') as HTMLDataListElement;
const error = $('picker-error') as HTMLParagraphElement;
const status = $('picker-status') as HTMLParagraphElement;
const matches = $('picker-choices');
const matchList = matches.querySelector('ul') as HTMLUListElement;

const FRANCE: Choice = { attr: 'level', value: 'france', label: 'France entière' };
let choices: Choice[] = [FRANCE];
/** The latest year of the data: the one a widget shows without `year`. */
let latestYear: string | undefined;
/** What is shown; undefined until the index has loaded and the address has been read. */
let current: View | undefined;

/** "32 — Gers (département)": what the datalist shows and the input holds. */
function text(c: Choice): string {
  if (c.attr === 'level') return c.label;
  if (c.attr === 'region') return `${c.value} — ${c.label} (région)`;
  // Monaco is in DGDDI's list of departments, but is not one.
  if (c.value === MONACO) return `${c.value} — ${c.label} (compté par les Douanes dans la région ${monacoRegion(c)})`;
  return `${c.value} — ${c.label} (département)`;
}

/** A text as the picker compares it: without accents or case, hyphens and apostrophes as spaces. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’\-–—]+/g, ' ')
    .trim();

/**
 * The territories a typed text names: an exact entry, a code (a department's first:
 * "32" is Gers, not Hauts-de-France; "2A" is Corse), a whole name or alias; else the
 * only name that starts with the text, or every name with a word that starts with it
 * ("Haute": Haute-Garonne… and Alpes-de-Haute-Provence), in the data's order.
 */
function find(typed: string): Choice[] {
  const q = fold(typed);
  if (!q) return [];
  const entry = choices.find((c) => fold(text(c)) === q);
  if (entry) return [entry];
  for (const attr of ['department', 'region'] as const) {
    const code = normalizeTerritoryCode(attr, typed);
    const byCode = code && choices.find((c) => c.attr === attr && c.value === code);
    if (byCode) return [byCode];
  }
  const named = choices.filter((c) => fold(c.label) === q || c.aliases?.some((a) => fold(a) === q));
  if (named.length) return named;
  const starting = choices.filter((c) => fold(c.label).startsWith(q));
  if (starting.length === 1) return starting;
  return choices.filter((c) => ` ${fold(c.label)}`.includes(` ${q}`));
}

/** A year as the view keeps it: none for the latest, which a widget shows by default. */
const keptYear = (year: string | undefined) => (year && year !== latestYear ? year : undefined);

function fromUrl(): View {
  const p = new URLSearchParams(location.search);
  const theme = p.get('theme');
  const view = {
    year: keptYear(p.get('year') ?? undefined),
    lang: p.get('lang') === 'en' ? 'en' : 'fr',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
  } as const;
  if (p.get('level') === 'france') return { ...view, choice: FRANCE };
  for (const attr of ['department', 'region'] as const) {
    const v = p.get(attr);
    if (!v) continue;
    // "2A" and "1" in the address, as the widgets read them: Corse (20) and Ain (01).
    const code = normalizeTerritoryCode(attr, v) ?? v;
    const choice = choices.find((c) => c.attr === attr && c.value === code) ?? { attr, value: v, label: v };
    return { ...view, choice };
  }
  const gers = choices.find((c) => c.attr === 'department' && c.value === '32');
  return { ...view, choice: gers ?? { attr: 'department', value: '32', label: 'Gers' } };
}

/** The address of a view: the territory, then what differs from a widget's defaults. */
function queryOf(v: View): string {
  const p = new URLSearchParams({ [v.choice.attr]: v.choice.value });
  if (v.year) p.set('year', v.year);
  if (v.lang !== 'fr') p.set('lang', v.lang);
  if (v.theme !== 'auto') p.set('theme', v.theme);
  return `?${p.toString()}`;
}

function setAttribute(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** What the picker says of the territory shown: how DGDDI counts Corse and Monaco. */
function noteOn(c: Choice): string {
  if (c.attr !== 'department') return '';
  if (c.value === CORSE)
    return (
      'Corse-du-Sud (2A) et Haute-Corse (2B) : les Douanes publient la Corse comme un seul département, ' +
      'le 20, qui réunit les deux.'
    );
  if (c.value === MONACO)
    return (
      `Monaco n’est pas un département français : les Douanes comptent ses échanges dans la région ` +
      `${monacoRegion(c)}, sous le code 99.`
    );
  return '';
}

/**
 * The view shown with one thing changed. The year is the report's own: the reader may have
 * just chosen one in its selector, whose file is still loading.
 */
const changed = (view: View, change: Partial<View>): View => ({ ...view, year: keptYear(report.year), ...change });

/** Shows a view: the report, the page's theme, the picker, the controls, then the address and the snippet. */
function show(view: View, push: boolean): void {
  const c = view.choice;
  report.department = c.attr === 'department' ? c.value : undefined;
  report.region = c.attr === 'region' ? c.value : undefined;
  report.level = c.attr === 'level' ? 'france' : undefined;
  // The report's own selector may hold the latest year, which the view keeps as none: not a change.
  if (keptYear(report.year) !== view.year) report.year = view.year;
  setAttribute(report, 'lang', view.lang === 'fr' ? undefined : view.lang);
  const theme = view.theme === 'auto' ? undefined : view.theme;
  setAttribute(report, 'theme', theme);
  // DSFR's switch, which the page's own colours follow too: a dark widget on a dark page.
  setAttribute(document.documentElement, 'data-fr-theme', theme);
  for (const radio of document.querySelectorAll<HTMLInputElement>('.settings input[type="radio"]'))
    radio.checked = radio.value === (radio.name === 'lang' ? view.lang : view.theme);
  input.value = text(c);
  closeMatches();
  status.textContent = noteOn(c);
  record(view, push);
}

/** Keeps a view in the address (a new history entry when the reader chose it) and in the snippet. */
function record(view: View, push: boolean): void {
  current = view;
  // Enter in the input fires "change", then "submit": one history entry for one choice.
  const query = queryOf(view);
  if (push && location.search !== query) history.pushState(null, '', query);
  updateEmbed();
}

/** The widget that "Intégrer" embeds: its tag, its attributes, a title for its iframe, its embed page's address. */
interface Embed {
  tag: string;
  attrs: Array<[string, string]>;
  title: string;
  src: string;
}

/**
 * The iframe snippets' fixed height until the responsive preview has measured the widget
 * (then: its height at 600 px, or taller on a narrower screen).
 */
const FALLBACK_HEIGHT = 640;
/** The heights the responsive preview measured, by embed page address. */
const measured = new Map<string, number>();
const embedPanel = $('embed') as HTMLDetailsElement;
const previews = {
  script: $('embed-preview-script'),
  responsive: $('embed-preview-responsive'),
  iframe: $('embed-preview-iframe'),
};

function embedOf(view: View): Embed {
  const { choice, year, lang, theme } = view;
  const select = $('embed-widget') as HTMLSelectElement;
  // "trade-sankey flow=\"export\"": the tag, then fixed attributes.
  const [tag, ...rest] = select.value.split(' ');
  const fixed = rest.map((a) => a.split('=').map((s) => s.replace(/"/g, '')) as [string, string]);
  // The year shown, always: the article the widget is pasted in speaks of that year, and the
  // chart must not move on to another under it when DGDDI publishes the next. Then what differs
  // from a widget's defaults; no lang for French: the widget then speaks the host page's language.
  const options: Array<[string, string | undefined]> = [
    ['year', year ?? latestYear],
    ['lang', lang === 'fr' ? undefined : lang],
    ['theme', theme === 'auto' ? undefined : theme],
  ];
  const chosen = options.filter((o): o is [string, string] => o[1] !== undefined);
  const attrs: Array<[string, string]> = [[choice.attr, choice.value], ...fixed, ...chosen];
  // "Les flux à l'export (trade-sankey)": "Les flux à l'export — Gers".
  const name = (select.selectedOptions.item(0)?.textContent ?? tag).replace(/\s*\([^)]*\)$/, '');
  const title = `${name} — ${choice.label}`;
  return { tag, attrs, title, src: embedPageUrl(document.baseURI, tag, attrs) };
}

function updateEmbed(): void {
  if (!current) return;
  const embed = embedOf(current);
  const height = measured.get(embed.src) ?? FALLBACK_HEIGHT;
  const site = (file: string) => new URL(file, document.baseURI).href;
  // Shown as text, and every value escaped in it: what the address bar holds never becomes
  // markup where the code is pasted.
  $('embed-code').textContent = embedSnippet(site('autoloader.js'), embed.tag, embed.attrs);
  $('embed-code-responsive').textContent = iframeSnippet(embed.src, embed.title, height, site('embed.js'));
  $('embed-code-iframe').textContent = iframeSnippet(embed.src, embed.title, height);
  if (embedPanel.open) preview(embed, height);
}

/** An iframe as the snippets make it, made through the DOM. */
function previewFrame(embed: Embed, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = embed.src;
  frame.title = embed.title;
  frame.width = '100%';
  frame.height = String(height);
  frame.style.border = '0';
  return frame;
}

/**
 * The previews, while the panel is open: the widget itself (made with `setAttribute`, as the
 * pasted tag would be), the responsive iframe, sized as embed.js sizes it (see the "message"
 * listener), and the iframe alone, at its fixed height. Made again only for another widget.
 */
function preview(embed: Embed, height: number): void {
  const frame = previews.iframe.querySelector('iframe');
  if (frame?.src === embed.src) {
    frame.height = String(height);
    return;
  }
  const widget = document.createElement(embed.tag);
  for (const [name, value] of embed.attrs) widget.setAttribute(name, value);
  previews.script.replaceChildren(widget);
  previews.responsive.replaceChildren(previewFrame(embed, height));
  previews.iframe.replaceChildren(previewFrame(embed, height));
}

embedPanel.addEventListener('toggle', () => {
  if (embedPanel.open) updateEmbed();
  else for (const box of Object.values(previews)) box.replaceChildren();
});

// The embed page in the responsive preview says its height (demo/embed.ts), as it does to
// embed.js on a host page: the preview takes it, and the iframe snippets' fixed height is the
// height measured there, 600 px wide (or narrower, which is taller: it still fits 600 px).
addEventListener('message', (event: MessageEvent) => {
  const frame = previews.responsive.querySelector('iframe');
  if (!frame || event.source !== frame.contentWindow || event.origin !== location.origin) return;
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'trade-widgets:height' || typeof data.height !== 'number') return;
  if (!(data.height > 0 && data.height < 100_000)) return;
  const height = Math.ceil(data.height);
  frame.style.height = `${String(height)}px`;
  if (measured.get(frame.src) === height) return;
  measured.set(frame.src, height);
  updateEmbed();
});

/** Several territories match: list them as buttons, say how many, and put the focus on the first. */
function offerMatches(typed: string, found: Choice[]): void {
  matchList.replaceChildren(
    ...found.map((c) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text(c);
      button.addEventListener('click', () => {
        if (current) show(changed(current, { choice: c }), true);
        input.focus();
      });
      item.append(button);
      return item;
    }),
  );
  status.textContent = `${found.length} territoires correspondent à « ${typed.trim()} » : choisissez-en un.`;
  matches.hidden = false;
  matchList.querySelector('button')?.focus();
}

function closeMatches(): void {
  matches.hidden = true;
  matchList.replaceChildren();
}

/** The reader leaves the matches without choosing: what the picker said of the territory shown comes back. */
function dismissMatches(): void {
  if (matches.hidden) return;
  closeMatches();
  status.textContent = current ? noteOn(current.choice) : '';
}

// Arrows move through the matches, Escape closes them and returns to the field (Tab works too).
matchList.addEventListener('keydown', (e) => {
  const buttons = [...matchList.querySelectorAll('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const to = {
    ArrowDown: (at + 1) % buttons.length,
    ArrowUp: (at - 1 + buttons.length) % buttons.length,
    Home: 0,
    End: buttons.length - 1,
  }[e.key];
  if (to !== undefined) {
    e.preventDefault();
    buttons[to]?.focus();
  } else if (e.key === 'Escape') {
    e.preventDefault();
    dismissMatches();
    input.focus();
  }
});
// Typing again: the matches were for the text before.
input.addEventListener('input', dismissMatches);

$('picker').addEventListener('submit', (e) => {
  e.preventDefault();
  const found = find(input.value);
  error.hidden = found.length > 0;
  if (!found.length) {
    closeMatches();
    error.textContent =
      `Aucun territoire ne correspond à « ${input.value} ». ` +
      'Tapez un nom ou un code (32, Gers, 76, Occitanie, France).';
    return;
  }
  if (found.length > 1) offerMatches(input.value, found);
  else if (current) show(changed(current, { choice: found[0] }), true);
});
input.addEventListener('change', () => {
  // An entry picked in the datalist: shown at once. Several matches wait for Enter.
  const found = find(input.value);
  if (found.length === 1 && current) show(changed(current, { choice: found[0] }), true);
});
for (const radio of document.querySelectorAll<HTMLInputElement>('.settings input[type="radio"]')) {
  radio.addEventListener('change', () => {
    if (!current) return;
    if (radio.name === 'lang') show(changed(current, { lang: radio.value as Lang }), true);
    else show(changed(current, { theme: radio.value as Theme }), true);
  });
}
window.addEventListener('popstate', () => {
  show(fromUrl(), false);
});
$('embed-widget').addEventListener('change', () => {
  updateEmbed();
});
// A year chosen in the report's own selector: the report sets its `year` and loads that
// year's file. Its charts send `trade-load` too (out of its shadow root): only its own counts.
report.addEventListener('trade-load', (e) => {
  if (!current || e.composedPath()[0] !== report) return;
  const year = keptYear(String((e as CustomEvent<{ data: TradeData }>).detail.data.year));
  if (year !== current.year) record({ ...current, year }, true);
});

async function copyCode(button: HTMLButtonElement): Promise<void> {
  // No clipboard outside a secure context (a page served over http), whatever the DOM types say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  await clipboard?.writeText($(button.dataset.code ?? '').textContent).catch(() => undefined);
  $(button.dataset.status ?? '').textContent = 'Code copié.';
}
for (const button of document.querySelectorAll<HTMLButtonElement>('.embed-copy')) {
  button.addEventListener('click', () => {
    void copyCode(button);
  });
}
// A country or product chosen in the report: say so in the address bar's title.
report.addEventListener('trade-select', (e) => {
  const d = (e as CustomEvent<{ label: string | null }>).detail;
  document.title = `${d.label ? `${d.label} — ` : ''}trade-widgets`;
});

async function init(): Promise<void> {
  try {
    const index: DataIndex = await loadIndex(indexUrl(resolveBase(undefined)));
    latestYear = String(index.latest);
    const regionName = new Map(index.territories.regions.map((r) => [r.code, r.name]));
    choices = [
      ...index.territories.departments.map((d): Choice => {
        const department: Choice = { attr: 'department', value: d.code, label: d.name };
        if (d.region) department.regionName = regionName.get(d.region);
        if (d.code === CORSE) department.aliases = ['Corse-du-Sud', 'Haute-Corse'];
        // "Principauté de Monaco" in the data: "Monaco" in a list of French territories.
        if (d.code === MONACO) {
          department.label = 'Monaco';
          department.aliases = [d.name];
        }
        return department;
      }),
      ...index.territories.regions.map((r): Choice => ({ attr: 'region', value: r.code, label: r.name })),
      FRANCE,
    ];
    list.replaceChildren(
      ...choices.map((c) => {
        const o = document.createElement('option');
        o.value = text(c);
        // A department's region beside it; Monaco's entry already names it.
        if (c.attr === 'department' && c.value !== MONACO) o.label = c.regionName ?? '';
        return o;
      }),
    );
  } catch {
    // The report shows the loading error itself.
  }
  show(fromUrl(), false);
}
void init();
