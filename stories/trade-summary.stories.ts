import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/trade-summary/trade-summary.ts';
import {
  darkPage,
  emptyStory,
  errorStory,
  eventArgs,
  expectDark,
  find,
  loadingStory,
  settled,
  text,
  title,
  widget,
  type WidgetArgs,
} from './support.ts';

interface Args extends WidgetArgs {
  flow?: 'export' | 'import';
}

/** Each key figure as read: its label, its value, its change and context lines. */
const figures = (root: HTMLElement) =>
  [...root.querySelectorAll('[part~="figure"]')].map((f) => [...f.querySelectorAll('p, li')].map(text));

const meta: Meta<Args> = {
  title: 'Elements/trade-summary',
  component: 'trade-summary',
  tags: ['autodocs'],
  args: { department: '32', ...eventArgs() },
  render: (args) => html`<trade-summary ${widget(args)}></trade-summary>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The dependency indicators' lines, once France's file is in. */
async function dependency(root: HTMLElement): Promise<string[]> {
  const lines = () => [...root.querySelectorAll('[part="dependency"] li')].map(text);
  await waitFor(() => expect(lines()[0]).toContain('France entière'), { timeout: 10_000 });
  return lines();
}

/**
 * The Gers: exports, imports and the balance, with shares, change since 2023 and since 2019
 * (from its series), ranks; under them, its dependency on partners beside France's.
 */
export const Gers: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'ready');
    await expect(title(root)).toBe('Chiffres clés du commerce extérieur, Gers (2024)');
    await expect(await dependency(root)).toEqual([
      'Part des 3 premiers clients dans les exportations : 58,2 % · France entière : 43,6 %',
      'Concentration des clients (indice de Herfindahl–Hirschman, de 0 à 10 000) : 1 518 · France entière : 979',
      'Part du premier fournisseur dans les importations : 21,2 % (Espagne) · France entière : 16,2 % (Allemagne)',
    ]);
    await expect(figures(root)).toEqual([
      [
        'Exportations',
        '593,3 M€',
        '▼ −1,6 % par rapport à 2023',
        '▲ +20 % par rapport à 2019',
        '1,2 % des exportations de la région Occitanie',
        '0,10 % des exportations de la France',
        '88e département sur 100',
      ],
      [
        'Importations',
        '684,6 M€',
        '▼ −6,6 % par rapport à 2023',
        '▲ +13 % par rapport à 2019',
        '1,8 % des importations de la région Occitanie',
        '0,10 % des importations de la France',
        '90e département sur 100',
      ],
      ['Solde commercial', '−91,3 M€', 'Déficit · 2023 : −130,5 M€', '65e département sur 100'],
    ]);
  },
};

/** In a 300 px CMS sidebar, the figures stack. */
export const Sidebar: Story = {
  name: 'In a CMS sidebar (300 px)',
  decorators: [(story) => html`<div style="max-width: 300px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'ready');
    const boxes = [...root.querySelectorAll('[part~="figure"]')].map((f) => f.getBoundingClientRect());
    await expect(boxes).toHaveLength(3);
    for (let i = 1; i < boxes.length; i++) await expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom - 1);
    for (const b of boxes)
      await expect(b.right).toBeLessThanOrEqual(canvasElement.getBoundingClientRect().left + 300 + 20);
  },
};

/** `flow="export"`: one figure, no balance. */
export const ExportsOnly: Story = {
  name: 'Exports only',
  args: { flow: 'export' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'ready');
    await expect(figures(root).map((f) => f[0])).toEqual(['Exportations']);
  },
};

/** A region: its share of France, its rank among regions. */
export const Occitanie: Story = {
  args: { department: undefined, region: '76' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'ready');
    await expect(title(root)).toBe('Chiffres clés du commerce extérieur, Occitanie (2024)');
    const [exp] = figures(root);
    await expect(exp.slice(0, 2)).toEqual(['Exportations', '49 453,9 M€']);
    await expect(exp).toContain('8,5 % des exportations de la France');
    await expect(exp).toContain('5e région sur 18');
  },
};

/** France: totals, change and balance; no share, no rank. */
export const France: Story = {
  args: { department: undefined, level: 'france' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'ready');
    await expect(title(root)).toBe('Chiffres clés du commerce extérieur, France entière (2024)');
    await expect(figures(root).map((f) => f.slice(0, 2))).toEqual([
      ['Exportations', '580 354,5 M€'],
      ['Importations', '684 776,3 M€'],
      ['Solde commercial', '−104 421,8 M€'],
    ]);
    await expect(root.querySelector('.figure.export ul')).toBeNull();
  },
};

/** `lang="en"`: the English module is loaded on demand. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'ready');
    await expect(title(root)).toBe('Foreign trade key figures, Gers (2024)');
    await expect(figures(root).map((f) => f.slice(0, 2))).toEqual([
      ['Exports', '€593.3M'],
      ['Imports', '€684.6M'],
      ['Trade balance', '−€91.3M'],
    ]);
  },
};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: darkPage,
  play: async ({ canvasElement }) => {
    await expectDark(await settled(find(canvasElement, 'trade-summary'), 'ready'));
  },
};

/** While the file loads: a skeleton of the figures' height. */
export const Loading: Story = loadingStory('trade-summary');

/** A file that is not there: the error says what failed and where. */
export const LoadError: Story = { ...errorStory('trade-summary'), name: 'Error' };

/** No trade at all. */
export const Empty: Story = emptyStory('trade-summary', 'Aucun échange enregistré');
