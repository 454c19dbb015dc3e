import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/trade-balance/trade-balance.ts';
import { PENDING, darkBackground } from './support.ts';

interface Args {
  department?: string;
  region?: string;
  level?: string;
  limit?: number;
  year?: string;
  lang?: string;
  theme?: string;
  selected?: string;
  src?: string;
}

/**
 * « Principaux pays à l'import et à l'export »: the report's butterfly chart of the
 * main partner countries. Imports on the left, exports on the right, the balance signed.
 */
const meta: Meta<Args> = {
  title: 'Elements/trade-balance',
  component: 'trade-balance',
  tags: ['autodocs'],
  // Storybook's page says lang="en": French, the widget's default, is set explicitly.
  args: { department: '32', lang: 'fr' },
  argTypes: {
    limit: { control: { type: 'number', min: 1, max: 30 } },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (a) => html`<trade-balance
    department=${a.department ?? nothing}
    region=${a.region ?? nothing}
    level=${a.level ?? nothing}
    limit=${a.limit ?? nothing}
    year=${a.year ?? nothing}
    lang=${a.lang ?? nothing}
    theme=${a.theme ?? nothing}
    selected=${a.selected ?? nothing}
    src=${a.src ?? nothing}
  ></trade-balance>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Gers: Story = {};
export const Mobile: Story = {
  name: 'Gers on a phone (320 px)',
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
export const Occitanie: Story = { args: { department: undefined, region: '76' } };
export const France: Story = { args: { department: undefined, level: 'france', limit: 15 } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: darkBackground };
export const Selected: Story = { name: 'A country selected', args: { selected: 'ES' } };
export const Loading: Story = { args: { department: undefined, src: PENDING } };
export const Error: Story = { args: { department: undefined, src: '/data/nope.json' } };
export const Empty: Story = {
  render: () => html`<trade-balance
    lang="fr"
    .data=${{
      schema: 1,
      year: 2024,
      territory: { level: 'department', code: '32', name: 'Gers' },
      totals: { export: 0, import: 0 },
      parents: {},
      products: {},
      countries: {},
      flows: { export: [], import: [] },
      source: { name: 'Exemple', licence: 'Licence Ouverte 2.0', url: 'https://www.data.gouv.fr/', demo: true },
    }}
  ></trade-balance>`,
};
