import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/trade-balance/trade-balance.ts';
import '../src/components/trade-partner/trade-partner.ts';
import type { FlowTriple, TradeDataFile } from '../src/data/contract.ts';
import {
  darkPage,
  EMPTY_DATA,
  errorStory,
  eventArgs,
  expectDark,
  expectEmpty,
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
  country?: string;
  limit?: number;
}

/** The product rows, top to bottom, exports then imports. */
const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('[part="chart"] g[data-key]')].map((g) => g.getAttribute('data-key'));

/** "Gers 16,3 %": the share rows of a flow (0: exports, 1: imports). */
const shares = (root: HTMLElement, index: number) =>
  [...root.querySelectorAll('.shares')[index].querySelectorAll('[part="label"]')].map(
    (label) => `${text(label)} ${text(label.parentElement!.querySelector('.value'))}`,
  );

/** A share as the chart writes it ("16,3 %"), computed here from a file. */
const percent = (ratio: number) => `${(ratio * 100).toFixed(1).replace('.', ',')} %`;
const toCountry = (flows: FlowTriple[], country: string) =>
  flows.filter((t) => t[1] === country).reduce((sum, t) => sum + t[2], 0);
const file = async (path: string) => (await (await fetch(`data/latest/${path}`)).json()) as TradeDataFile;

const meta: Meta<Args> = {
  title: 'Elements/trade-partner',
  component: 'trade-partner',
  tags: ['autodocs'],
  args: { department: '32', country: 'US', ...eventArgs() },
  argTypes: { limit: { control: { type: 'number', min: 1, max: 20 } }, country: { control: 'text' } },
  render: (args) => html`<trade-partner ${widget(args)}></trade-partner>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The Gers and the United States: its trade, its weight against Occitanie and France, the products behind it. */
export const Gers: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-partner'), 'ready');
    await expect(title(root)).toBe('Exposition à un pays partenaire : États-Unis, Gers (2024)');
    const [gers, occitanie, france] = await Promise.all(
      ['departments/32.json', 'regions/76.json', 'france.json'].map(file),
    );
    const expected = [gers, occitanie, france].map((f) => percent(toCountry(f.flows.export, 'US') / f.totals.export));
    await waitFor(() => expect(shares(root, 0)).toHaveLength(3));
    const places = ['Gers', 'Occitanie', 'France entière'];
    await expect(shares(root, 0)).toEqual(places.map((name, i) => `${name} ${expected[i]}`));
    await expect(rows(root)).toHaveLength(10);
    await expect(root.querySelectorAll('[part="france-tick"]')).toHaveLength(10);
  },
};

/** No `country`: the picker lists the partners, largest first; choosing one draws it. */
export const Picker: Story = {
  name: 'No country: the picker',
  args: { country: undefined },
  play: async ({ canvasElement, args }) => {
    const el = find(canvasElement, 'trade-partner');
    const root = await settled(el, 'empty');
    const select = root.querySelector<HTMLSelectElement>('select[part="picker"]')!;
    await expect(select.options[0].value).toBe('');
    await expect(select.options.length).toBeGreaterThan(10);
    select.value = select.options[1].value;
    select.dispatchEvent(new Event('change'));
    await settled(el, 'ready');
    await expect(args.onTradeSelect).toHaveBeenCalledTimes(1);
    await expect(title(root)).toContain(select.options[select.selectedIndex].text);
  },
};

/** Beside `<trade-balance>`: a country chosen there shows its profile here. */
export const Linked: Story = {
  name: 'Linked with trade-balance',
  render: (args) =>
    html`<trade-balance department="32" limit="5"></trade-balance> <trade-partner ${widget(args)}></trade-partner>`,
  play: async ({ canvasElement }) => {
    const balance = await settled(find(canvasElement, 'trade-balance'), 'ready');
    const el = find(canvasElement, 'trade-partner');
    const root = await settled(el, 'ready');
    const band = balance.querySelector('g[data-key="ES"] .band')!;
    band.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitFor(() => expect(title(root)).toContain('Espagne'));
  },
};

/** A region: compared with France only. */
export const Occitanie: Story = {
  args: { department: undefined, region: '76', country: 'ES' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-partner'), 'ready');
    await expect(title(root)).toBe('Exposition à un pays partenaire : Espagne, Occitanie (2024)');
    await waitFor(() => expect(shares(root, 0)).toHaveLength(2));
  },
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en', country: 'BE' },
  play: async ({ canvasElement }) => {
    const root = await settled(find(canvasElement, 'trade-partner'), 'ready');
    await expect(title(root)).toBe('Exposure to a partner country: Belgium, Gers (2024)');
    await expect(text(root.querySelector('label'))).toBe('Partner country');
  },
};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: darkPage,
  play: async ({ canvasElement }) => {
    await expectDark(await settled(find(canvasElement, 'trade-partner'), 'ready'));
  },
};

/** Tab into the products, arrows from one to the next with a tooltip, Enter selects the product. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    await expectKeyboard(find(canvasElement, 'trade-partner'), args);
  },
};

/** A country the territory does not trade with. */
export const NoTrade: Story = {
  name: 'A country without trade',
  args: { country: 'US', data: EMPTY_DATA },
  play: async ({ canvasElement, args }) => {
    await expectEmpty(
      find(canvasElement, 'trade-partner'),
      args,
      'Aucun échange avec ce pays : États-Unis (Gers, 2024).',
    );
  },
};

/** While the file loads: a skeleton of the chart's height. */
export const Loading: Story = loadingStory('trade-partner');

/** A file that is not there: the error says what failed and where. */
export const LoadError: Story = { ...errorStory('trade-partner'), name: 'Error' };
