import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/trade-treemap/trade-treemap.ts';
import { PENDING, darkBackground } from './support.ts';

interface Args {
  department?: string;
  region?: string;
  level?: string;
  src?: string;
  year?: string;
  flow?: '' | 'import' | 'export';
  limit?: number;
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
  title: 'Charts/trade-treemap',
  component: 'trade-treemap',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "« Principales activités à l'import et à l'export »: one compartment per flow, its area the flow's total; one tile per A129 product, its area the product's value. Products beyond `limit` make one « Autres » tile. Hover or focus a tile for its value, share and the other flow's value; click it to select the product in every widget of the page.",
      },
    },
  },
  argTypes: {
    flow: { control: 'inline-radio', options: ['', 'import', 'export'] },
    limit: { control: { type: 'number', min: 1, max: 40 } },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  args: { department: '32', limit: 10, flow: '', lang: 'fr', theme: 'auto' },
  render: (a) => html`<trade-treemap
    department=${a.department || nothing}
    region=${a.region || nothing}
    level=${a.level || nothing}
    src=${a.src || nothing}
    year=${a.year || nothing}
    flow=${a.flow || nothing}
    limit=${a.limit ?? nothing}
    lang=${a.lang || nothing}
    theme=${a.theme || nothing}
    selected=${a.selected || nothing}
    .data=${a.data}
  ></trade-treemap>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Gers: Story = {};

export const Occitanie: Story = { args: { department: '', region: '76' } };

export const France: Story = { args: { department: '', level: 'france' } };

export const ExportsOnly: Story = { name: 'Exports only', args: { flow: 'export' } };

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: darkBackground };

export const Loading: Story = { args: { department: '', src: PENDING } };

export const LoadError: Story = { name: 'Error', args: { department: '', src: '/data/nope.json' } };

export const Empty: Story = { args: { department: '', data: EMPTY } };
