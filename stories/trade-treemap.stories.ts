import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/trade-treemap/trade-treemap.ts';
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
  flow?: 'import' | 'export';
}

/** The compartment headers ("Importations — 684,6 M€"), and the tiles of a flow. */
const headers = (root: HTMLElement) => [...root.querySelectorAll('[part="chart"] text.head')].map(text);
const tiles = (root: HTMLElement, flow: 'import' | 'export') =>
  root.querySelectorAll(`[part="chart"] g[data-key^="${flow}:"]`);

const meta: Meta<Args> = {
  title: 'Elements/trade-treemap',
  component: 'trade-treemap',
  tags: ['autodocs'],
  args: { department: '32', ...eventArgs() },
  argTypes: { limit: { control: { type: 'number', min: 1, max: 40 } } },
  render: (args) => html`<trade-treemap ${widget(args)}></trade-treemap>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Gers: a compartment per flow, a tile per product, ten products and « Autres » in each. */
export const Gers: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-treemap'), 'ready');
    await expect(title(root)).toBe('Principales activités à l’import et à l’export, Gers (2024)');
    await expect(headers(root)).toEqual(['Importations — 684,6 M€', 'Exportations — 593,3 M€']);
    await expect(tiles(root, 'import')).toHaveLength(11);
    await expect(tiles(root, 'export')).toHaveLength(11);
  },
};

/**
 * Against France, once its file is in: each product's share of France's flow and its
 * specialisation index in the tooltips and the table; ◆ on the tiles above 2, and its key.
 */
export const AgainstFrance: Story = {
  name: 'Specialisation against France',
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-treemap'), 'ready');
    await waitFor(() => expect(text(root.querySelector('[part="caption"]'))).toMatch(/^◆ : indice de spécialisation/), {
      timeout: 10_000,
    });
    await expect(root.querySelectorAll('[part="chart"] text.mark').length).toBeGreaterThan(0);
    const drinks = root.querySelector('g[data-key="export:C11Z"]');
    await expect(drinks?.getAttribute('aria-label')).toMatch(/Indice de spécialisation ◆ \d+,\d$/);
  },
};

/** A region. */
export const Occitanie: Story = {
  args: { department: undefined, region: '76' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-treemap'), 'ready');
    await expect(title(root)).toBe('Principales activités à l’import et à l’export, Occitanie (2024)');
    await expect(headers(root)).toEqual(['Importations — 37 655,4 M€', 'Exportations — 49 453,9 M€']);
  },
};

/** The whole country. */
export const France: Story = {
  args: { department: undefined, level: 'france' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-treemap'), 'ready');
    await expect(title(root)).toBe('Principales activités à l’import et à l’export, France entière (2024)');
    await expect(headers(root)).toEqual(['Importations — 684 776,3 M€', 'Exportations — 580 354,5 M€']);
  },
};

/** `flow="export"`: one compartment, with its own title. */
export const ExportsOnly: Story = {
  name: 'Single flow (exports)',
  args: { flow: 'export' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-treemap'), 'ready');
    await expect(title(root)).toBe('Principales activités à l’export, Gers (2024)');
    await expect(headers(root)).toEqual(['Exportations — 593,3 M€']);
    await expect(tiles(root, 'import')).toHaveLength(0);
    await expect(tiles(root, 'export')).toHaveLength(11);
  },
};

/** `lang="en"`: the English module is loaded on demand. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-treemap'), 'ready');
    await expect(title(root)).toBe('Main activities imported and exported, Gers (2024)');
    await expect(headers(root)).toEqual(['Imports — €684.6M', 'Exports — €593.3M']);
  },
};

/** `theme="dark"`, on a dark page: tiles turn light, their labels dark. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: darkPage,
  play: async ({ canvasElement }) => {
    await expectDark(await settled(find(canvasElement, 'trade-treemap'), 'ready'));
  },
};

/** `selected="C30C"`: aircraft and spacecraft stand out in both compartments, the other tiles are dimmed. */
export const Selected: Story = {
  name: 'A product selected',
  args: { selected: 'C30C' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-treemap'), 'ready');
    const picked = [...root.querySelectorAll('[part="chart"] g.selected')].map((g) => g.getAttribute('data-key'));
    await expect(picked.sort()).toEqual(['export:C30C', 'import:C30C']);
    await expect(root.querySelectorAll('[part="chart"] g.dimmed').length).toBeGreaterThan(10);
  },
};

/** Tab into the chart, arrows from tile to tile (imports, then exports, by value), Enter selects, Escape closes. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    await expectKeyboard(find(canvasElement, 'trade-treemap'), args);
  },
};

/** While the file loads: a skeleton of the chart's height. */
export const Loading: Story = loadingStory('trade-treemap');

/** A file that is not there: the error says what failed and where. */
export const LoadError: Story = { ...errorStory('trade-treemap'), name: 'Error' };

/** No trade at all. */
export const Empty: Story = emptyStory('trade-treemap', 'Aucun échange de marchandises enregistré pour Gers en 2024.');
