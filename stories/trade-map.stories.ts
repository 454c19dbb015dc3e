import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/trade-map/trade-map.ts';
import {
  darkPage,
  emptyStory,
  errorStory,
  eventArgs,
  expectDark,
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
  flow?: string;
  scope?: string;
}

/** The partners on the map, in keyboard order. */
const partners = (root: HTMLElement) =>
  [...root.querySelectorAll('[part="chart"] g[data-key]')].map((g) => g.getAttribute('data-key'));

const meta: Meta<Args> = {
  title: 'Elements/trade-map',
  component: 'trade-map',
  tags: ['autodocs'],
  args: { department: '32', ...eventArgs() },
  argTypes: {
    flow: { control: 'select', options: ['export', 'import', 'balance'] },
    scope: { control: 'select', options: ['world', 'france'] },
  },
  render: (args) => html`<trade-map ${widget(args)}></trade-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Gers's exports by country of destination: five classes, the first five partners labelled. */
export const Gers: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    await expect(title(root)).toBe('Exportations par pays de destination, Gers (2024)');
    await expect(partners(root).length).toBeGreaterThan(10);
    await expect(root.querySelectorAll('[part="label"]')).toHaveLength(5);
    await expect(text(root.querySelector('[part="caption"]'))).toContain('Natural Earth');
  },
};

/** Imports by country of origin. */
export const Imports: Story = {
  args: { flow: 'import' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    await expect(title(root)).toBe('Importations par pays d’origine, Gers (2024)');
  },
};

/** The balance, on a diverging scale: deficits in red, surpluses in green. */
export const Balance: Story = {
  args: { flow: 'balance' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    await expect(title(root)).toBe('Solde commercial par pays partenaire, Gers (2024)');
    await expect(root.querySelectorAll('[part="chart"] .p3, [part="chart"] .n3').length).toBeGreaterThan(0);
  },
};

/** The map on a phone: the labels give the value alone. */
export const Mobile: Story = {
  name: 'Gers on a phone (320 px)',
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    const svg = root.querySelector('[part="chart"] svg')!;
    await expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  },
};

/**
 * Occitanie's departments by their balance, on a phone: the legend gives every class of the
 * scale, end to end; a class no department is in (here −200 to −100 M€) is kept, dimmed.
 */
export const OccitanieBalance: Story = {
  name: 'Occitanie’s balance on a phone (375 px)',
  args: { department: undefined, region: '76', scope: 'france', flow: 'balance', lang: 'en' },
  decorators: [(story) => html`<div style="max-width: 375px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    const legend = [...root.querySelectorAll('[part="legend"] > g')];
    await expect(legend.map((item) => text(item))).toEqual([
      'under −€200.0M',
      '−€200.0M to −€100.0M',
      '−€100.0M to €0',
      '€0',
      '€0 to +€100.0M',
      '+€100.0M to +€200.0M',
      '+€200.0M or more',
    ]);
    await expect(legend[1]).toHaveClass('empty');
  },
};

/** The whole country. */
export const France: Story = {
  args: { department: undefined, level: 'france' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    await expect(title(root)).toBe('Exportations par pays de destination, France entière (2024)');
  },
};

/** `scope="france"`: every department by its exports, the Gers outlined, the overseas departments in insets. */
export const FranceDepartments: Story = {
  name: 'The Gers on the map of France',
  args: { scope: 'france' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    await expect(title(root)).toBe('Exportations des départements, Gers (2024)');
    await expect(partners(root)).toHaveLength(101);
    await expect(root.querySelectorAll('[part="inset"]')).toHaveLength(5);
  },
};

/** `scope="france" level="france"`: the 18 regions. */
export const FranceRegions: Story = {
  name: 'The regions of France',
  args: { department: undefined, level: 'france', scope: 'france' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    await expect(partners(root)).toHaveLength(18);
  },
};

/** `lang="en"`: country names in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    await expect(title(root)).toBe('Exports by country of destination, Gers (2024)');
  },
};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', flow: 'balance' },
  globals: darkPage,
  play: async ({ canvasElement }) => {
    await expectDark(await settled(find(canvasElement, 'trade-map'), 'ready'));
  },
};

/** `selected="ES"`: Spain is outlined. */
export const Selected: Story = {
  name: 'A country selected',
  args: { selected: 'ES' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-map'), 'ready');
    await expect(root.querySelector('g[data-key="ES"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(root.querySelector('.ring.selected')).toBeTruthy();
  },
};

/** Tab into the map, arrows from partner to partner by value, Enter selects, Escape closes. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    await expectKeyboard(find(canvasElement, 'trade-map'), args);
  },
};

/** While the file loads. */
export const Loading: Story = loadingStory('trade-map');

/** A file that is not there. */
export const LoadError: Story = { ...errorStory('trade-map'), name: 'Error' };

/** No exports at all. */
export const Empty: Story = emptyStory('trade-map', 'Aucune exportation n’est enregistrée (Gers, 2024).');
