import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/trade-sankey/trade-sankey.ts';
import { PENDING, darkBackground } from './support.ts';

interface Args {
  department?: string;
  region?: string;
  level?: string;
  src?: string;
  year?: string;
  flow?: 'export' | 'import';
  limit?: number;
  highlight?: number;
  lang?: 'fr' | 'en';
  theme?: 'auto' | 'light' | 'dark';
  selected?: string;
  data?: unknown;
}

/** Zero flows both ways: the empty state. */
const EMPTY = {
  schema: 1,
  year: 2024,
  territory: { level: 'department', code: '32', name: 'Gers', region: { code: '76', name: 'Occitanie' } },
  totals: { export: 0, import: 0 },
  parents: {},
  products: {},
  countries: {},
  flows: { export: [], import: [] },
  source: { name: 'DGDDI', licence: 'Licence Ouverte 2.0', url: 'https://www.data.gouv.fr/', demo: true },
};

const meta: Meta<Args> = {
  title: 'Charts/trade-sankey',
  component: 'trade-sankey',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "« Flux à l'export par produit et par pays » and « Flux à l'import par pays et par produit »: the top `limit` products and countries, one « Autres » node on each side for the rest (so that the diagram adds up to the territory's total), and the `highlight` largest individual flows in red. Hover or focus a node or a flow for its value and shares; arrows move between nodes (Left/Right switch columns); click a node to select it in every widget of the page. Pointed at a region or France, it draws the report's comparison charts.",
      },
    },
  },
  argTypes: {
    flow: { control: 'inline-radio', options: ['export', 'import'] },
    limit: { control: { type: 'number', min: 1, max: 30 } },
    highlight: { control: { type: 'number', min: 0, max: 20 } },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  args: { department: '32', flow: 'export', limit: 10, highlight: 5, lang: 'fr', theme: 'auto' },
  render: (a) => html`<trade-sankey
    department=${a.department || nothing}
    region=${a.region || nothing}
    level=${a.level || nothing}
    src=${a.src || nothing}
    year=${a.year || nothing}
    flow=${a.flow || nothing}
    limit=${a.limit ?? nothing}
    highlight=${a.highlight ?? nothing}
    lang=${a.lang || nothing}
    theme=${a.theme || nothing}
    selected=${a.selected || nothing}
    .data=${a.data}
  ></trade-sankey>`,
};
export default meta;

type Story = StoryObj<Args>;

export const GersExport: Story = { name: 'Gers, exports' };

export const GersImport: Story = { name: 'Gers, imports', args: { flow: 'import' } };

export const OccitanieExport: Story = { name: 'Occitanie, exports', args: { department: '', region: '76' } };

export const OccitanieImport: Story = { name: 'Occitanie, imports', args: { department: '', region: '76', flow: 'import' } };

export const FranceExport: Story = { name: 'France, exports', args: { department: '', level: 'france' } };

export const FranceImport: Story = { name: 'France, imports', args: { department: '', level: 'france', flow: 'import' } };

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: darkBackground };

export const Selected: Story = { name: 'A country selected', args: { selected: 'ES' } };

export const Loading: Story = { args: { department: '', src: PENDING } };

export const LoadError: Story = { name: 'Error', args: { department: '', src: '/data/nope.json' } };

export const Empty: Story = { args: { department: '', data: EMPTY } };
