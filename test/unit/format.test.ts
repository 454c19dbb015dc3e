/** Number formatting as the report writes it, in French and in English. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatChange, formatDecimal, formatEuros, formatShare } from '../../src/data/format.ts';
import en from '../../src/data/i18n/en.ts';
import { fr } from '../../src/data/i18n/fr.ts';
import { normalizeTerritoryCode } from '../../src/data/codes.ts';

const NB = '\u00a0'; // no-break space before the unit
const NN = '\u202f'; // narrow no-break space: French thousands separator and before %
const MINUS = '\u2212';

describe('euros', () => {
  test('millions with one decimal, as in the report', () => {
    assert.equal(formatEuros(593_300_000, fr), `593,3${NB}M€`);
    assert.equal(formatEuros(684_600_000, fr), `684,6${NB}M€`);
    assert.equal(formatEuros(49_453_900_000, fr), `49${NN}453,9${NB}M€`);
    assert.equal(formatEuros(580_354_500_000, fr), `580${NN}354,5${NB}M€`);
    assert.equal(formatEuros(593_300_000, en), '€593.3M');
    assert.equal(formatEuros(49_453_900_000, en), '€49,453.9M');
  });

  test('rounding at the decimal', () => {
    assert.equal(formatEuros(593_349_999, fr), `593,3${NB}M€`);
    assert.equal(formatEuros(593_350_000, fr), `593,4${NB}M€`);
  });

  test('small amounts never read "0,0 M€"', () => {
    assert.equal(formatEuros(100_000, fr), `0,1${NB}M€`);
    assert.equal(formatEuros(99_949, fr), `100${NB}k€`);
    assert.equal(formatEuros(12_345, fr), `12${NB}k€`);
    assert.equal(formatEuros(850, fr), `850${NB}€`);
    assert.equal(formatEuros(12_345, en), '€12k');
    assert.equal(formatEuros(0, fr), `0${NB}€`);
  });

  test('signed balances always carry their sign', () => {
    assert.equal(formatEuros(-91_300_000, fr, { signed: true }), `${MINUS}91,3${NB}M€`);
    assert.equal(formatEuros(91_300_000, fr, { signed: true }), `+91,3${NB}M€`);
    assert.equal(formatEuros(-91_300_000, en, { signed: true }), `${MINUS}€91.3M`);
    assert.equal(formatEuros(0, fr, { signed: true }), `0${NB}€`);
    assert.equal(formatEuros(-20, fr, { signed: true }), `${MINUS}20${NB}€`);
    assert.equal(formatEuros(-91_300_000, fr), `${MINUS}91,3${NB}M€`);
  });

  test('long form for sentences read aloud', () => {
    assert.equal(formatEuros(593_300_000, fr, { inWords: true }), `593,3${NB}millions d’euros`);
    assert.equal(formatEuros(593_300_000, en, { inWords: true }), `593.3${NB}million euros`);
  });

  test('non-finite input is a dash, not "NaN M€"', () => {
    assert.equal(formatEuros(NaN, fr), '–');
  });
});

describe('shares', () => {
  test('the report’s precision: two significant digits', () => {
    assert.equal(formatShare(593.3 / 49_453.9, fr), `1,2${NN}%`);
    assert.equal(formatShare(684.6 / 37_655.4, fr), `1,8${NN}%`);
    assert.equal(formatShare(593.3 / 580_354.5, fr), `0,10${NN}%`);
    assert.equal(formatShare(684.6 / 684_776.3, fr), `0,10${NN}%`);
    assert.equal(formatShare(0.32, fr), `32${NN}%`);
    assert.equal(formatShare(1, fr), `100${NN}%`);
    assert.equal(formatShare(0, fr), `0${NN}%`);
  });

  test('English', () => {
    assert.equal(formatShare(593.3 / 49_453.9, en), '1.2%');
    assert.equal(formatShare(593.3 / 580_354.5, en), '0.10%');
  });

  test('changes carry their sign', () => {
    assert.equal(formatChange(0.042, fr), `+4,2${NN}%`);
    assert.equal(formatChange(-0.12, fr), `${MINUS}12${NN}%`);
    assert.equal(formatChange(0.042, en), '+4.2%');
  });
});

describe('other numbers', () => {
  test('ordinal ranks and decimals', () => {
    assert.equal(fr.ordinal(1), '1er');
    assert.equal(fr.ordinal(45), '45e');
    assert.equal(en.ordinal(1), '1st');
    assert.equal(en.ordinal(22), '22nd');
    assert.equal(en.ordinal(13), '13th');
    assert.equal(en.ordinal(111), '111th');
    assert.equal(formatDecimal(0.4, fr), '0,4');
    assert.equal(formatDecimal(20, fr), '20');
    assert.equal(formatDecimal(49_453.9, fr), `49${NN}453,9`);
    assert.equal(formatDecimal(49_453.9, en), '49,453.9');
  });
});

describe('territory codes as embedders type them', () => {
  test('normalisation', () => {
    assert.equal(normalizeTerritoryCode('department', '32'), '32');
    assert.equal(normalizeTerritoryCode('department', '1'), '01');
    assert.equal(normalizeTerritoryCode('department', ' 2a '), '20');
    assert.equal(normalizeTerritoryCode('department', '2B'), '20');
    assert.equal(normalizeTerritoryCode('department', '971'), '971');
    assert.equal(normalizeTerritoryCode('department', '975'), '975');
    assert.equal(normalizeTerritoryCode('department', '977'), undefined);
    assert.equal(normalizeTerritoryCode('department', '96'), undefined);
    assert.equal(normalizeTerritoryCode('department', '99'), '99');
    assert.equal(normalizeTerritoryCode('region', '76'), '76');
    assert.equal(normalizeTerritoryCode('region', '4'), '04');
    assert.equal(normalizeTerritoryCode('region', 'Occitanie'), undefined);
    assert.equal(normalizeTerritoryCode('france', undefined), 'FR');
  });
});
