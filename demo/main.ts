/**
 * The demo site: a searchable picker over every department, region and France
 * drives one <trade-report>; the URL keeps the choice (?department=32, ?region=76,
 * ?level=france); "Intégrer" shows the snippet that embeds the current widget.
 */
import '../src/index.ts';
import type { DataIndex } from '../src/data/contract.ts';
import { loadIndex } from '../src/data/loader.ts';
import { indexUrl, resolveBase } from '../src/data/urls.ts';
import { embedSnippet } from './snippet.ts';

type Choice = { attr: 'department' | 'region' | 'level'; value: string; label: string };

/** An element of the page by its id: index.html has every one this script asks for. */
const $ = (id: string) => document.getElementById(id) as HTMLElement;
const report = $('report') as HTMLElement & { department?: string; region?: string; level?: string };
const input = $('territory') as HTMLInputElement;
const list = $('territories') as HTMLDataListElement;
const error = $('picker-error') as HTMLParagraphElement;

const FRANCE: Choice = { attr: 'level', value: 'france', label: 'France entière' };
let choices: Choice[] = [FRANCE];

/** "32 — Gers (département)": what the datalist shows and the input holds. */
const text = (c: Choice) =>
  c.attr === 'level' ? c.label : `${c.value} — ${c.label} (${c.attr === 'department' ? 'département' : 'région'})`;
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The choice a typed text names: an exact code, a full entry, or a single name match. */
function find(typed: string): Choice | undefined {
  const q = fold(typed);
  if (!q) return undefined;
  const byText = choices.find((c) => fold(text(c)) === q);
  if (byText) return byText;
  const byCode = choices.filter((c) => c.attr !== 'level' && fold(c.value) === q);
  if (byCode.length) return byCode.find((c) => c.attr === 'department') ?? byCode[0];
  const byName = choices.filter((c) => fold(c.label) === q || fold(c.label).startsWith(q));
  return byName.length === 1 ? byName[0] : choices.find((c) => fold(c.label) === q);
}

function fromUrl(): Choice {
  const p = new URLSearchParams(location.search);
  if (p.get('level') === 'france') return FRANCE;
  for (const attr of ['department', 'region'] as const) {
    const v = p.get(attr);
    if (v) return choices.find((c) => c.attr === attr && c.value === v) ?? { attr, value: v, label: v };
  }
  return (
    choices.find((c) => c.attr === 'department' && c.value === '32') ?? {
      attr: 'department',
      value: '32',
      label: 'Gers',
    }
  );
}

function show(c: Choice, push: boolean): void {
  report.department = c.attr === 'department' ? c.value : undefined;
  report.region = c.attr === 'region' ? c.value : undefined;
  report.level = c.attr === 'level' ? 'france' : undefined;
  input.value = text(c);
  // Enter in the input fires "change", then "submit": one history entry for one choice.
  const query = `?${c.attr}=${c.value}`;
  if (push && location.search !== query) history.pushState(null, '', query);
  updateEmbed(c);
}

function updateEmbed(c: Choice = fromUrl()): void {
  // "trade-sankey flow=\"export\"": the tag, then fixed attributes.
  const [tag, ...rest] = ($('embed-widget') as HTMLSelectElement).value.split(' ');
  const script = new URL('trade-widgets.js', document.baseURI).href;
  const fixed = rest.map((a) => a.split('=').map((s) => s.replace(/"/g, '')) as [string, string]);
  // Shown as text, and every value escaped in it: what the address bar holds never becomes
  // markup where the code is pasted.
  $('embed-code').textContent = embedSnippet(script, tag, [[c.attr, c.value], ...fixed]);
}

$('picker').addEventListener('submit', (e) => {
  e.preventDefault();
  const c = find(input.value);
  error.hidden = !!c;
  if (!c) {
    error.textContent =
      `Aucun territoire ne correspond à « ${input.value} ». ` +
      'Tapez un nom ou un code (32, Gers, 76, Occitanie, France).';
    return;
  }
  show(c, true);
});
input.addEventListener('change', () => {
  const c = find(input.value);
  if (c) show(c, true);
});
window.addEventListener('popstate', () => {
  show(fromUrl(), false);
});
$('embed-widget').addEventListener('change', () => {
  updateEmbed();
});

async function copyEmbedCode(): Promise<void> {
  // No clipboard outside a secure context (a page served over http), whatever the DOM types say.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  await clipboard?.writeText($('embed-code').textContent).catch(() => undefined);
  $('embed-copied').textContent = 'Code copié.';
}
$('embed-copy').addEventListener('click', () => {
  void copyEmbedCode();
});
// A country or product chosen in the report: say so in the address bar's title.
report.addEventListener('trade-select', (e) => {
  const d = (e as CustomEvent<{ label: string | null }>).detail;
  document.title = `${d.label ? `${d.label} — ` : ''}trade-widgets`;
});

async function init(): Promise<void> {
  try {
    const index: DataIndex = await loadIndex(indexUrl(resolveBase(undefined)));
    const regionName = new Map(index.territories.regions.map((r) => [r.code, r.name]));
    choices = [
      ...index.territories.departments.map((d): Choice => ({ attr: 'department', value: d.code, label: d.name })),
      ...index.territories.regions.map((r): Choice => ({ attr: 'region', value: r.code, label: r.name })),
      FRANCE,
    ];
    list.replaceChildren(
      ...choices.map((c) => {
        const o = document.createElement('option');
        o.value = text(c);
        if (c.attr === 'department') {
          const d = index.territories.departments.find((x) => x.code === c.value);
          if (d?.region) o.label = regionName.get(d.region) ?? '';
        }
        return o;
      }),
    );
  } catch {
    // The report shows the loading error itself.
  }
  show(fromUrl(), false);
}
void init();
