import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, within } from 'storybook/test';
import '../src/components/trade-balance/trade-balance.ts';
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
  limit?: number;
}

/** Country rows, top to bottom. */
const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('[part="chart"] g[data-key]')].map((g) => g.getAttribute('data-key'));

const meta: Meta<Args> = {
  title: 'Elements/trade-balance',
  component: 'trade-balance',
  tags: ['autodocs'],
  args: { department: '32', ...eventArgs() },
  argTypes: { limit: { control: { type: 'number', min: 1, max: 30 } } },
  render: (args) => html`<trade-balance ${widget(args)}></trade-balance>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Gers, as in the report: its ten main partners, imports left, exports right, each balance signed. */
export const Gers: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-balance'), 'ready');
    await expect(title(root)).toBe('Principaux pays à l’import et à l’export, Gers (2024)');
    await expect(text(root.querySelector('.subtitle'))).toBe(
      'Importations : 684,6 M€ · Exportations : 593,3 M€ · Solde : −91,3 M€',
    );
    await expect(rows(root)).toHaveLength(10);
    await expect(within(root).getByRole('button', { name: 'Voir les données' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(text(root.querySelector('[part="source"]'))).toContain('Données de démonstration');
  },
};

/** The chart on a phone: labels and values still fit. */
export const Mobile: Story = {
  name: 'Gers on a phone (320 px)',
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-balance'), 'ready');
    await expect(rows(root)).toHaveLength(10);
    const svg = root.querySelector('[part="chart"] svg')!;
    await expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    for (const t of root.querySelectorAll('[part="chart"] svg text')) {
      await expect(t.getBoundingClientRect().right).toBeLessThanOrEqual(svg.getBoundingClientRect().right + 0.5);
    }
  },
};

/** A region. */
export const Occitanie: Story = {
  args: { department: undefined, region: '76' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-balance'), 'ready');
    await expect(title(root)).toBe('Principaux pays à l’import et à l’export, Occitanie (2024)');
    await expect(rows(root)).toHaveLength(10);
  },
};

/** The whole country, with fifteen countries. */
export const France: Story = {
  args: { department: undefined, level: 'france', limit: 15 },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-balance'), 'ready');
    await expect(title(root)).toBe('Principaux pays à l’import et à l’export, France entière (2024)');
    await expect(rows(root)).toHaveLength(15);
  },
};

/** `lang="en"`: the English module is loaded on demand. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-balance'), 'ready');
    await expect(title(root)).toBe('Main partner countries for imports and exports, Gers (2024)');
    await expect(text(root.querySelector('.subtitle'))).toBe('Imports: €684.6M · Exports: €593.3M · Balance: −€91.3M');
    await expect(within(root).getByRole('button', { name: 'Show the data' })).toBeTruthy();
  },
};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: darkPage,
  play: async ({ canvasElement }) => {
    await expectDark(await settled(find(canvasElement, 'trade-balance'), 'ready'));
  },
};

/** `selected="ES"`: Spain stands out, the other rows are dimmed. */
export const Selected: Story = {
  name: 'A country selected',
  args: { selected: 'ES' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-balance'), 'ready');
    const spain = root.querySelector('g[data-key="ES"]')!;
    await expect(spain).toHaveAttribute('aria-pressed', 'true');
    await expect(spain.parentElement!.classList.contains('selected')).toBe(true);
    await expect(root.querySelectorAll('[part="chart"] g.dimmed')).toHaveLength(9);
  },
};

/** Tab into the chart, arrows from row to row with a tooltip, Enter selects the country, Escape closes. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    await expectKeyboard(find(canvasElement, 'trade-balance'), args);
  },
};

/** While the file loads: a skeleton of the chart's height. */
export const Loading: Story = loadingStory('trade-balance');

/** A file that is not there: the error says what failed and where. */
export const LoadError: Story = { ...errorStory('trade-balance'), name: 'Error' };

/** No trade at all. */
export const Empty: Story = emptyStory('trade-balance', 'Aucun échange avec l’étranger n’est enregistré (Gers, 2024).');
