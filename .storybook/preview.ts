import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
// Generated from the elements' JSDoc by `npm run manifest` (run by the storybook scripts).
import manifest from '../custom-elements.json';

/** The parts of the Custom Elements Manifest the docs pages read. */
interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Member extends Item {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
  parameters?: Item[];
}
interface Declaration extends Item {
  tagName?: string;
  members?: Member[];
  attributes?: Item[];
  events?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
  slots?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/**
 * Descriptions are Markdown, rendered by React: a tag written as text in the JSDoc
 * ("on <html>") becomes a React element. React 19 makes an `<html>` element the
 * page's own root element, and its event dispatch then loops for ever: the docs
 * page froze. Tags outside code spans are shown as code instead.
 */
function inert(markdown: string): string {
  return markdown
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/<\/?[a-zA-Z][^<>]*>/g, (tag) => `\`${tag}\``)))
    .join('');
}

function inertDescriptions(node: unknown): void {
  if (Array.isArray(node)) node.forEach(inertDescriptions);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'description' || key === 'summary') && typeof value === 'string')
        (node as Record<string, unknown>)[key] = inert(value);
      else inertDescriptions(value);
    }
}

const cem = structuredClone(manifest) as unknown as Manifest;
inertDescriptions(cem);
// The element descriptions on the docs pages come from here.
setCustomElementsManifest(cem);

/**
 * Values of the attributes that take a fixed list. The manifest gives TypeScript
 * types ("'auto' | 'light' | 'dark' | undefined", "Flow") or none (`lang`); the
 * descriptions say the values. "" (no attribute) is always a choice: the default.
 */
const CHOICES: Partial<Record<string, string[]>> = {
  lang: ['fr', 'en'],
  theme: ['auto', 'light', 'dark'],
  level: ['france'],
  flow: ['export', 'import'],
  sync: ['none'],
  toolbar: ['none'],
};

/** "string | undefined" → "string": every attribute may be absent. */
const typeText = (item: Item) => item.type?.text?.replace(/\s*\|\s*undefined\b/g, '');

function row(item: Item, category: string, extra: Partial<StrictInputType> = {}): StrictInputType {
  const type = typeText(item);
  return {
    name: item.name,
    description: item.description,
    ...(type ? { type: { name: 'other', value: type } } : {}),
    table: {
      category,
      type: type ? { summary: type } : undefined,
      defaultValue: item.default ? { summary: item.default } : undefined,
    },
    control: false,
    ...extra,
  };
}

/** An attribute's control: a radio for a list of values, a number field, or a text field. */
function attributeRow(item: Item): StrictInputType {
  const text = typeText(item) ?? '';
  const literals = [...text.matchAll(/'([^']*)'/g)].map((x) => x[1]);
  const choices = CHOICES[item.name] ?? (literals.length ? literals : undefined);
  if (choices)
    return row(text ? item : { ...item, type: { text: choices.map((c) => `'${c}'`).join(' | ') } }, 'attributes', {
      type: { name: 'enum', value: ['', ...choices] },
      options: ['', ...choices],
      control: { type: 'inline-radio', labels: { '': '(none)' } },
    });
  if (/\bnumber\b/.test(text))
    return row(item, 'attributes', { type: { name: 'number' }, control: { type: 'number' } });
  return row(item, 'attributes', { type: { name: 'string' }, control: { type: 'text' } });
}

/**
 * The argTypes of an element, from the manifest: every attribute with a control
 * (stories name their args after the attributes, `base-url` included), the `data`
 * property (edited as JSON), the other public properties and methods, the events
 * (each with an `on…` handler that the Actions panel logs), CSS custom properties
 * and parts. Replaces the framework's mapping, which keys everything by name (the
 * `toolbar` part hid the `toolbar` attribute), lists private members, and gives
 * attributes their TypeScript type as text (a JSON editor instead of a text field).
 */
function argTypesFromManifest(tag: string): StrictArgTypes | null {
  const d = cem.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tag);
  if (!d) return null;
  const out: StrictArgTypes = {};
  for (const a of d.attributes ?? []) out[a.name] = attributeRow(a);
  const attributes = new Set(Object.keys(out));
  const members = (d.members ?? []).filter(
    (m) =>
      (!m.privacy || m.privacy === 'public') &&
      !m.static &&
      !m.name.startsWith('#') &&
      !m.attribute &&
      !attributes.has(m.name),
  );
  for (const m of members.filter((m) => m.kind === 'field')) {
    out[m.name] = row(
      m,
      'properties',
      m.name === 'data' ? { type: { name: 'object', value: {} }, control: { type: 'object' } } : {},
    );
  }
  for (const m of members.filter((m) => m.kind === 'method')) {
    const signature = `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`;
    out[`method:${m.name}`] = row({ ...m, type: { text: signature } }, 'methods');
  }
  for (const e of d.events ?? []) {
    const handler = `on${e.name.replace(/(^|-)(\w)/g, (_, _s, c: string) => c.toUpperCase())}`;
    out[handler] = {
      name: handler,
      type: { name: 'function' },
      action: e.name,
      table: { disable: true },
    };
    out[`event:${e.name}`] = row({ ...e, type: { text: 'CustomEvent' } }, 'events');
  }
  for (const p of d.cssProperties ?? []) out[`css:${p.name}`] = row(p, 'css custom properties');
  for (const p of d.cssParts ?? []) out[`part:${p.name}`] = row(p, 'css shadow parts');
  for (const s of d.slots ?? []) out[`slot:${s.name}`] = row(s, 'slots');
  return out;
}

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The a11y addon runs axe on every story; in `npm run test:stories` a violation fails the test.
    a11y: { test: 'error' },
    backgrounds: {
      options: {
        light: { name: 'Clair', value: '#ffffff' },
        dark: { name: 'Sombre (DSFR)', value: '#161616' },
      },
    },
    docs: { toc: true, extractArgTypes: argTypesFromManifest },
    options: { storySort: { order: ['Introduction', 'Data contract', 'Elements'] } },
  },
  // The language of the page around the widgets: Storybook's own page says lang="en",
  // which widgets would inherit. French is their default, as on a French site; the
  // toolbar switches every story to English. A story's own `lang` attribute wins.
  globalTypes: {
    locale: {
      description: 'Langue de la page (attribut lang hérité par les widgets)',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français (fr)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr', backgrounds: { value: 'light' } },
  decorators: [
    // Keyed by language: widgets read the inherited `lang` when they connect, so a
    // switch draws them anew.
    (story, { globals }) => {
      const lang = globals.locale === 'en' ? 'en' : 'fr';
      return html`${keyed(lang, html`<div lang=${lang}>${story()}</div>`)}`;
    },
  ],
};
export default preview;
