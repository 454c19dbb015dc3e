import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, within } from 'storybook/test';
import '../src/components/trade-report/trade-report.ts';
import type { TradeElement } from '../src/components/base/trade-element.ts';
import {
  darkPage,
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
  texts?: string;
}

/**
 * Waits for the report and every chart in it, and returns the report's wrapper,
 * the section headings (level 3) and the charts' titles (level 4).
 */
async function report(canvasElement: HTMLElement) {
  const root = await settled(find(canvasElement, 'trade-report'), 'ready');
  const charts = [...root.querySelectorAll<TradeElement>('trade-balance, trade-treemap, trade-sankey, trade-summary')];
  const roots = await Promise.all(charts.map((c) => settled(c, 'ready')));
  return {
    root,
    sections: within(root)
      .getAllByRole('heading', { level: 3 })
      .map((h) => text(h)),
    charts: roots.map((r) => title(r, 4)),
  };
}

const meta: Meta<Args> = {
  title: 'Elements/trade-report',
  component: 'trade-report',
  tags: ['autodocs'],
  args: { department: '32', ...eventArgs() },
  render: (args) => html`<trade-report ${widget(args)}></trade-report>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The Gers' whole report: its Territoires d'industrie and key figures, then the
 * publication's sections: introduction, context and method, the balance by country and
 * the activities, the export and import flows with Occitanie's and France's, and the
 * practical information.
 */
export const Gers: Story = {
  play: async ({ canvasElement }) => {
    const { root, sections, charts } = await report(canvasElement);
    await expect(title(root)).toBe('Les indicateurs clés : commerce extérieur — Territoires d’industrie – Gers (2024)');
    await expect(sections).toEqual([
      'Territoires d’industrie du département',
      'Chiffres clés',
      'Introduction',
      'Contexte et méthodologie',
      'Balance commerciale territoriale',
      'Exportations',
      'Importations',
      'Exposition aux principaux partenaires',
      'Informations pratiques',
    ]);
    await expect([...root.querySelectorAll('.industry li')].map(text)).toEqual([
      'Grand Auch – Astarac',
      'Interdépartemental Gers – Tarn-et-Garonne',
    ]);
    await expect(charts).toEqual([
      'Chiffres clés du commerce extérieur, Gers (2024)',
      'Principaux pays à l’import et à l’export, Gers (2024)',
      'Principales activités à l’import et à l’export, Gers (2024)',
      'Flux à l’export par produit et par pays, Gers (en valeur, 2024)',
      'Flux à l’export, Occitanie (en valeur, 2024)',
      'Flux à l’export, France entière (en valeur, 2024)',
      'Flux à l’import par pays et par produit, Gers (en valeur, 2024)',
      'Flux à l’import, Occitanie (en valeur, 2024)',
      'Flux à l’import, France entière (en valeur, 2024)',
      'Concentration des échanges, Gers (2024)',
    ]);
    // The year can be changed: the demo data has 2023 and 2024.
    await expect(within(root).getByRole('combobox', { name: 'Année' })).toHaveValue('2024');
  },
};

/** A region: its departments' Territoires d'industrie, regional texts, France's flows for comparison. */
export const Occitanie: Story = {
  args: { department: undefined, region: '76' },
  play: async ({ canvasElement }) => {
    const { root, sections, charts } = await report(canvasElement);
    await expect(title(root)).toBe(
      'Les indicateurs clés : commerce extérieur — Territoires d’industrie – Occitanie (2024)',
    );
    await expect(sections).toContain('Territoires d’industrie de la région');
    await expect(text(root.querySelector('section.intro'))).toContain('à l’échelle régionale');
    await expect(charts).toContain('Flux à l’export, France entière (en valeur, 2024)');
    // Its own charts and France's Sankeys, and its dependency indicators in the exposure section.
    await expect(charts).toHaveLength(8);
  },
};

/** `lang="en"`: the report, its texts and its charts in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const { root, sections, charts } = await report(canvasElement);
    await expect(title(root)).toBe('Key indicators: foreign trade — Territoires d’industrie – Gers (2024)');
    await expect(sections).toContain('Territorial trade balance');
    await expect(charts[1]).toBe('Main partner countries for imports and exports, Gers (2024)');
    await expect(within(root).getByRole('combobox', { name: 'Year' })).toHaveValue('2024');
  },
};

/** `theme="dark"`: the report and every chart in it, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: darkPage,
  play: async ({ canvasElement }) => {
    const { root } = await report(canvasElement);
    await expectDark(root);
    for (const chart of root.querySelectorAll('trade-balance, trade-treemap, trade-sankey, trade-summary')) {
      await expectDark(chart.shadowRoot!.querySelector<HTMLElement>('.root')!);
    }
  },
};

/** While the territory's file loads. */
export const Loading: Story = loadingStory('trade-report');

/** A file that is not there: the error says what failed and where. */
export const LoadError: Story = { ...errorStory('trade-report'), name: 'Error' };
