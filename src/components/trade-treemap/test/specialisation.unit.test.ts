/** `<trade-treemap>` against France (specialisation.ts): shares and indices computed again from the triples. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TradeData } from '../../../data/contract.ts';
import { fr } from '../../../data/i18n/fr.ts';
import { validateTradeData } from '../../../data/validate.ts';
import { makeData } from '../../../../test/helpers/data.ts';
import { OTHER, treemapModel } from '../model.ts';
import { isMarked, keyText, specialise, tableCells } from '../specialisation.ts';

const demo = (path: string): TradeData =>
  validateTradeData(
    JSON.parse(readFileSync(new URL(`../../../../public/data/latest/${path}`, import.meta.url), 'utf8')),
  );

/** Euros by product for a flow, without the library's helpers. */
function byProduct(file: TradeData, flow: 'export' | 'import'): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [product, , value] of file.flows[flow]) sums[product] = (sums[product] ?? 0) + value;
  return sums;
}

describe('specialisation indices', () => {
  const gers = demo('departments/32.json');
  const france = demo('france.json');

  test('the demo Gers against France: every product kept, to the displayed decimal', () => {
    const model = specialise(treemapModel(gers), france);
    let marked = 0;
    for (const { flow, items } of model.flows) {
      const own = byProduct(gers, flow);
      const national = byProduct(france, flow);
      for (const item of items) {
        if (item.code === OTHER) {
          assert.equal(item.france, undefined, 'no index for "Autres"');
          continue;
        }
        const share = own[item.code] / gers.totals[flow];
        const franceShare = national[item.code] / france.totals[flow];
        assert.ok(item.france, `${flow} ${item.code} has its index`);
        assert.ok(Math.abs(item.france.share - franceShare) < 1e-12, `${item.code}: France's share`);
        assert.ok(Math.abs(item.france.index - share / franceShare) < 1e-9, `${item.code}: index`);
        const [, index] = tableCells(item, fr);
        const text = (share / franceShare).toFixed(1).replace('.', ',');
        assert.equal(typeof index === 'string' ? index : index.text, share / franceShare > 2 ? `◆ ${text}` : text);
        if (isMarked(item)) marked++;
      }
    }
    // Beverages: the Gers exports far more of them, for its size, than France does.
    const drinks = model.flows.find((f) => f.flow === 'export')?.items.find((item) => item.code === 'C11Z');
    assert.ok(drinks?.france && drinks.france.index > 2, 'beverages are marked');
    assert.ok(marked > 0);
    assert.match(keyText(model, fr) ?? '', /^◆/);
  });

  test('nothing against France for France itself, another year, or a file that is not France', () => {
    const model = treemapModel(gers);
    assert.equal(specialise(model, gers), model);
    const franceModel = treemapModel(france);
    assert.equal(specialise(franceModel, france), franceModel);
    const other = validateTradeData(makeData({ level: 'france', year: 2023 }));
    assert.equal(specialise(model, other), model);
    assert.equal(keyText(model, fr), undefined);
    assert.deepEqual(tableCells(undefined, fr), ['–', '–']);
  });
});
