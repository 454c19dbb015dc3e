import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/trade-summary/trade-summary.ts';
import { PENDING, darkBackground } from './support.ts';

interface Args {
  department?: string;
  region?: string;
  level?: string;
  flow?: string;
  year?: string;
  lang?: string;
  theme?: string;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/trade-summary',
  component: 'trade-summary',
  tags: ['autodocs'],
  args: { department: '32' },
  render: (a) => html`<trade-summary
    department=${a.department ?? nothing}
    region=${a.region ?? nothing}
    level=${a.level ?? nothing}
    flow=${a.flow ?? nothing}
    year=${a.year ?? nothing}
    lang=${a.lang ?? nothing}
    theme=${a.theme ?? nothing}
    src=${a.src ?? nothing}
  ></trade-summary>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Gers: Story = {};
export const Sidebar: Story = {
  name: 'In a CMS sidebar (300 px)',
  decorators: [(story) => html`<div style="max-width: 300px">${story()}</div>`],
};
export const ExportsOnly: Story = { args: { flow: 'export' } };
export const Occitanie: Story = { args: { department: undefined, region: '76' } };
export const France: Story = { args: { department: undefined, level: 'france' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: darkBackground };
export const Loading: Story = { args: { department: undefined, src: PENDING } };
export const Error: Story = { args: { department: undefined, src: '/data/nope.json' } };
export const Empty: Story = {
  render: () => html`<trade-summary
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
  ></trade-summary>`,
};
