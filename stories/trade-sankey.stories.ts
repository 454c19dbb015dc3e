import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/trade-sankey/trade-sankey.ts';
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
  flow?: 'export' | 'import';
  limit?: number;
  highlight?: number;
}

/** What a reader takes in first: the title, the total under the chart, how many nodes and red flows. */
async function expectChart(
  canvasElement: HTMLElement,
  want: { title: string; caption: string; nodes: number; red?: number },
) {
  const root = await settled(find(canvasElement, 'trade-sankey'), 'ready');
  await expect(title(root)).toBe(want.title);
  // The caption's lines (total, region's share, France's share), joined with " / ".
  const lines = [...(root.querySelector('[part="caption"]')?.children ?? [])].map((line) => text(line));
  await expect(lines.join(' / ')).toBe(want.caption);
  await expect(root.querySelectorAll('[part="chart"] [part="node"]')).toHaveLength(want.nodes);
  await expect(root.querySelectorAll('[part="chart"] [part~="link-highlight"]')).toHaveLength(want.red ?? 5);
  return root;
}

const meta: Meta<Args> = {
  title: 'Elements/trade-sankey',
  component: 'trade-sankey',
  tags: ['autodocs'],
  args: { department: '32', ...eventArgs() },
  argTypes: {
    limit: { control: { type: 'number', min: 1, max: 30 } },
    highlight: { control: { type: 'number', min: 0, max: 20 } },
  },
  render: (args) => html`<trade-sankey ${widget(args)}></trade-sankey>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Gers' exports: products on the left, destination countries on the right, the five largest flows in red. */
export const GersExport: Story = {
  name: 'Gers, exports',
  play: async ({ canvasElement }) => {
    await expectChart(canvasElement, {
      title: 'Flux à l’export par produit et par pays, Gers (en valeur, 2024)',
      caption:
        'Total des exportations : 593,3 M€ / soit 1,2 % de la valeur exportée par la région Occitanie / ' +
        'soit 0,10 % de la valeur exportée au niveau national',
      nodes: 22,
    });
  },
};

/** The Gers' imports: origin countries on the left, products on the right. */
export const GersImport: Story = {
  name: 'Gers, imports',
  args: { flow: 'import' },
  play: async ({ canvasElement }) => {
    await expectChart(canvasElement, {
      title: 'Flux à l’import par pays et par produit, Gers (en valeur, 2024)',
      caption:
        'Total des importations : 684,6 M€ / soit 1,8 % de la valeur importée par la région Occitanie / ' +
        'soit 0,10 % de la valeur importée au niveau national',
      nodes: 22,
    });
  },
};

/** The report's comparison chart: the region's exports. */
export const OccitanieExport: Story = {
  name: 'Occitanie, exports',
  args: { department: undefined, region: '76' },
  play: async ({ canvasElement }) => {
    await expectChart(canvasElement, {
      title: 'Flux à l’export, Occitanie (en valeur, 2024)',
      caption: 'Total des exportations : 49 453,9 M€ / soit 8,5 % de la valeur exportée au niveau national',
      nodes: 22,
    });
  },
};

/** The region's imports. */
export const OccitanieImport: Story = {
  name: 'Occitanie, imports',
  args: { department: undefined, region: '76', flow: 'import' },
  play: async ({ canvasElement }) => {
    await expectChart(canvasElement, {
      title: 'Flux à l’import, Occitanie (en valeur, 2024)',
      caption: 'Total des importations : 37 655,4 M€ / soit 5,5 % de la valeur importée au niveau national',
      nodes: 22,
    });
  },
};

/** The report's national comparison: France's exports. */
export const FranceExport: Story = {
  name: 'France, exports',
  args: { department: undefined, level: 'france' },
  play: async ({ canvasElement }) => {
    await expectChart(canvasElement, {
      title: 'Flux à l’export, France entière (en valeur, 2024)',
      caption: 'Total des exportations : 580 354,5 M€',
      nodes: 22,
    });
  },
};

/** France's imports. */
export const FranceImport: Story = {
  name: 'France, imports',
  args: { department: undefined, level: 'france', flow: 'import' },
  play: async ({ canvasElement }) => {
    await expectChart(canvasElement, {
      title: 'Flux à l’import, France entière (en valeur, 2024)',
      caption: 'Total des importations : 684 776,3 M€',
      nodes: 22,
    });
  },
};

/** `lang="en"`: the English module is loaded on demand; country names come from `Intl`. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await expectChart(canvasElement, {
      title: 'Export flows by product and country, Gers (by value, 2024)',
      caption:
        'Total exports: €593.3M / 1.2% of the value exported by the Occitanie region / ' +
        '0.10% of the value exported nationally',
      nodes: 22,
    });
  },
};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: darkPage,
  play: async ({ canvasElement }) => {
    await expectDark(await settled(find(canvasElement, 'trade-sankey'), 'ready'));
  },
};

/** `selected="ES"`: Spain and its flows stand out. */
export const Selected: Story = {
  name: 'A country selected',
  args: { selected: 'ES' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-sankey'), 'ready');
    const spain = [...root.querySelectorAll('[part="chart"] [part="node"][aria-pressed="true"]')];
    await expect(spain).toHaveLength(1);
    await expect(spain[0].closest('g.node')!.classList.contains('selected')).toBe(true);
  },
};

/** `highlight="0"` and `limit="5"`: fewer nodes, no red flow. */
export const Limits: Story = {
  name: 'Five per side, no red flow',
  args: { limit: 5, highlight: 0 },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-sankey'), 'ready');
    await expect(root.querySelectorAll('[part="chart"] [part="node"]')).toHaveLength(12);
    await expect(root.querySelectorAll('[part="chart"] [part~="link-highlight"]')).toHaveLength(0);
  },
};

/** Tab into the chart, Up/Down within a column (Left/Right across), Enter selects, Escape closes. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    await expectKeyboard(find(canvasElement, 'trade-sankey'), args);
  },
};

/** While the file loads: a skeleton of the chart's height. */
export const Loading: Story = loadingStory('trade-sankey');

/** A file that is not there: the error says what failed and where. */
export const LoadError: Story = { ...errorStory('trade-sankey'), name: 'Error' };

/** No trade at all. */
export const Empty: Story = emptyStory('trade-sankey', 'Aucune exportation enregistrée pour Gers en 2024');
