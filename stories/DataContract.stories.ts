/**
 * The live examples of the "Data contract" page (DataContract.mdx): a hand-written
 * file given to `<trade-summary>` through its `data` property, the same file in
 * schema 1, and a file the validator refuses. Edit `data` in the Controls panel to
 * try the rules.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, within } from 'storybook/test';
import '../src/components/trade-summary/trade-summary.ts';
import example from './data/example-32.json';
import { eventArgs, find, settled, text, title, widget, type WidgetArgs } from './support.ts';

/** The example without the fields schema 2 added. */
const SCHEMA_2_FIELDS = ['ranks', 'previous', 'territoriesOfIndustry'];
const SCHEMA_1 = {
  ...Object.fromEntries(Object.entries(example).filter(([field]) => !SCHEMA_2_FIELDS.includes(field))),
  schema: 1,
};

/** The example with an export total that is not the sum of the export flows. */
const INVALID = { ...example, totals: { ...example.totals, export: 310_000_000 } };

const figures = (root: HTMLElement) =>
  [...root.querySelectorAll('[part~="figure"]')].map((f) => [...f.querySelectorAll('p, li')].map(text));

const meta: Meta<WidgetArgs> = {
  title: 'Data contract',
  component: 'trade-summary',
  tags: ['!autodocs'],
  args: { data: example, ...eventArgs() },
  render: (args) => html`<trade-summary ${widget(args)}></trade-summary>`,
};
export default meta;
type Story = StoryObj<WidgetArgs>;

/** stories/data/example-32.json, given as `.data`: schema 2, with ranks and the previous year. */
export const LiveExample: Story = {
  name: 'Live example (schema 2)',
  play: async ({ canvasElement, args }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'ready');
    await expect(title(root)).toBe('Chiffres clés du commerce extérieur, Gers (2024)');
    await expect(figures(root)).toEqual([
      [
        'Exportations',
        '300,0 M€',
        '▲ +7,1 % par rapport à 2023',
        '0,61 % des exportations de la région Occitanie',
        '0,052 % des exportations de la France',
        '45e département sur 101',
      ],
      [
        'Importations',
        '55,0 M€',
        '▼ −8,3 % par rapport à 2023',
        '0,15 % des importations de la région Occitanie',
        '0,0080 % des importations de la France',
        '98e département sur 101',
      ],
      ['Solde commercial', '+245,0 M€', 'Excédent · 2023 : +220,0 M€', '12e département sur 101'],
    ]);
    await expect(text(root.querySelector('[part="source"]'))).toContain(
      'Exemple écrit à la main, 2024 — Licence Ouverte 2.0.',
    );
    // Given as a property: nothing was fetched.
    await expect(args.onTradeLoad).not.toHaveBeenCalled();
  },
};

/** The same file in schema 1: no change from the previous year, no ranks. */
export const Schema1: Story = {
  name: 'Schema 1',
  args: { data: SCHEMA_1 },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'ready');
    await expect(figures(root)).toEqual([
      [
        'Exportations',
        '300,0 M€',
        '0,61 % des exportations de la région Occitanie',
        '0,052 % des exportations de la France',
      ],
      [
        'Importations',
        '55,0 M€',
        '0,15 % des importations de la région Occitanie',
        '0,0080 % des importations de la France',
      ],
      ['Solde commercial', '+245,0 M€', 'Excédent'],
    ]);
  },
};

/** A file that breaks a rule is refused whole; the message names the field and the problem. */
export const Invalid: Story = {
  name: 'A file the validator refuses',
  args: { data: INVALID },
  play: async ({ canvasElement, args }) => {
    const root = await settled(find(canvasElement, 'trade-summary'), 'error');
    const alert = within(root).getByRole('alert');
    await expect(text(alert)).toBe(
      'Impossible d’afficher ce graphique Données invalides : ' +
        'le champ « totals.export » (310000000) n’est pas la somme des flux (300000000).',
    );
    await expect(args.onTradeError).toHaveBeenCalledTimes(1);
    await expect(root.querySelector('[part~="figure"]')).toBeNull();
  },
};
