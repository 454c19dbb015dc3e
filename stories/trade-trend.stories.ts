import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/trade-trend/trade-trend.ts';
import {
  darkPage,
  errorStory,
  eventArgs,
  expectDark,
  expectEmpty,
  expectKeyboard,
  find,
  loadingStory,
  settled,
  text,
  title,
  widget,
  type WidgetArgs,
} from './support.ts';

interface Args extends WidgetArgs {
  period?: string;
  show?: string;
  flow?: string;
}

/** The marks that take the focus, in order. */
const points = (root: HTMLElement) => root.querySelectorAll('[part="chart"] g[data-key]');

/** A series whose quarters are all missing: nothing to draw. */
const EMPTY_SERIES = {
  kind: 'series',
  schema: 1,
  year: 2024,
  territory: { level: 'department', code: '32', name: 'Gers' },
  quarters: { start: { year: 2024, quarter: 1 }, export: [null, null, null, null], import: [null, null, null, null] },
  years: { start: 2024, export: [null], import: [null] },
  top: { partners: { export: [], import: [] }, products: { export: [], import: [] } },
  products: {},
  countries: {},
  source: { name: 'DGDDI', licence: 'Licence Ouverte 2.0', url: 'https://www.douane.gouv.fr/', demo: true },
};

const meta: Meta<Args> = {
  title: 'Elements/trade-trend',
  component: 'trade-trend',
  tags: ['autodocs'],
  args: { department: '32', ...eventArgs() },
  argTypes: {
    period: { control: 'inline-radio', options: ['quarter', 'year'] },
    show: { control: 'inline-radio', options: ['', 'partners', 'products'] },
    flow: { control: 'inline-radio', options: ['export', 'import'] },
  },
  render: (args) => html`<trade-trend ${widget(args)}></trade-trend>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Gers, quarter by quarter from 2015: the latest quarter and its changes are read without a hover. */
export const Gers: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'ready');
    await expect(title(root)).toBe('Évolution des exportations et des importations, Gers (2015–2024)');
    await expect(points(root)).toHaveLength(42);
    const headline = text(root.querySelector('[part="headline"]'));
    await expect(headline).toContain('T2 2025');
    await expect(headline).toContain('sur cinq ans');
    await expect(text(root.querySelector('[part="source"]'))).toContain('Données de démonstration');
  },
};

/** `period="year"`: one point a year, the 2020 fall visible. */
export const ByYear: Story = {
  name: 'By year',
  args: { period: 'year' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'ready');
    await expect(points(root)).toHaveLength(10);
    await expect(text(root.querySelector('[part="headline"]'))).toContain('593,3');
  },
};

/** `show="partners"`: the five largest customers of 2024, year by year, on one scale. */
export const Partners: Story = {
  name: 'Top five partners',
  args: { show: 'partners' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'ready');
    await expect(root.querySelectorAll('[part="panel"]')).toHaveLength(5);
    await expect(title(root)).toBe('Évolution des cinq premiers pays clients, Gers (2015–2024)');
  },
};

/** `show="products" flow="import"`: the five largest imported products. */
export const Products: Story = {
  name: 'Top five imported products',
  args: { show: 'products', flow: 'import' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'ready');
    await expect(root.querySelectorAll('[part="panel"]')).toHaveLength(5);
  },
};

/** On a phone: 42 quarters in 320 px, the year labels thinned out. */
export const Mobile: Story = {
  name: 'Gers on a phone (320 px)',
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'ready');
    const svg = root.querySelector('[part="chart"] svg')!;
    await expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    for (const t of root.querySelectorAll('[part="chart"] svg text'))
      await expect(t.getBoundingClientRect().right).toBeLessThanOrEqual(svg.getBoundingClientRect().right + 0.5);
  },
};

/** A region, by year. */
export const Occitanie: Story = {
  args: { department: undefined, region: '76', period: 'year' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'ready');
    await expect(title(root)).toBe('Évolution des exportations et des importations, Occitanie (2015–2024)');
  },
};

/** `year="2022"`: the history up to 2022 Q4; the headline as of that quarter, against 2021 Q4 and 2017 Q4. */
export const Year: Story = {
  name: 'Up to 2022 (year="2022")',
  args: { year: '2022' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'ready');
    await expect(title(root)).toBe('Évolution des exportations et des importations, Gers (2015–2022)');
    await expect(points(root)).toHaveLength(32);
    await expect(points(root)[31].getAttribute('data-key')).toBe('2022-Q4');
    await expect(text(root.querySelector('[part="headline"]'))).toMatch(/^T4 2022 .* sur cinq ans/);
  },
};

/** A year the series does not have: the « not found » error the other elements give for it. */
export const YearNotFound: Story = {
  name: 'A year not in the series',
  args: { year: '2014' },
  play: async ({ canvasElement, args }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'error');
    const alert = root.querySelector('[role="alert"]');
    await expect(text(alert)).toContain('2014 n’existe pas dans les données (années disponibles : 2015, 2016');
    await expect(args.onTradeError).toHaveBeenCalledTimes(1);
  },
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-trend'), 'ready');
    await expect(title(root)).toBe('Exports and imports over time, Gers (2015–2024)');
    await expect(text(root.querySelector('[part="headline"]'))).toContain('Q2 2025');
  },
};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: darkPage,
  play: async ({ canvasElement }) => {
    await expectDark(await settled(find(canvasElement, 'trade-trend'), 'ready'));
  },
};

/** With `show`: Tab into the panels, arrows from year to year, Enter selects the partner, Escape closes. */
export const Keyboard: Story = {
  args: { show: 'partners' },
  play: async ({ canvasElement, args }) => {
    await expectKeyboard(find(canvasElement, 'trade-trend'), args);
  },
};

/** While the file loads. */
export const Loading: Story = loadingStory('trade-trend');

/** A file that is not there. */
export const LoadError: Story = { ...errorStory('trade-trend'), name: 'Error' };

/** A series with no value. */
export const Empty: Story = {
  args: { department: undefined, data: EMPTY_SERIES },
  play: async ({ canvasElement, args }) => {
    await expectEmpty(find(canvasElement, 'trade-trend'), args, 'Aucune valeur dans la série (Gers).');
  },
};
