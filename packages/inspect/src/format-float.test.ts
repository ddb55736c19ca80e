import { describe, expect, it } from 'vitest';
import { formatPositional, formatScientific } from './format-float.js';
import { scalarRepr } from './scalar-repr.js';
import { floatsFromHex, loadFixture } from './testing/fixtures.js';

interface ValueCase {
  bits: string;
  precision: number;
  minDigits: number;
  positionalUnique: string;
  positionalPrecision: string;
  positionalMinDigits: string;
  positionalExact: string;
  scientificUnique: string;
  scientificPrecision: string;
  scientificExact: string;
  repr: string;
}
interface ScalarCase {
  dtype: 'float32' | 'int32' | 'bool';
  bits?: string;
  value?: number;
  repr: string;
  legacy: string;
}
const fx = loadFixture<{ values: ValueCase[]; scalarReprs: ScalarCase[] }>('format-float');
const base = { precision: -1, minDigits: -1, unique: true, sign: false, padLeft: -1 } as const;

describe('float32 digit generation matches numpy dragon4', () => {
  it('has a large fixture set', () => {
    expect(fx.values.length).toBeGreaterThan(1000);
  });

  it.each([
    ['positional unique', (v: number, _c: ValueCase) => formatPositional(v, { ...base, fractional: true, trim: '-', padRight: -1 }), 'positionalUnique'],
    ['positional precision', (v: number, c: ValueCase) => formatPositional(v, { ...base, precision: c.precision, fractional: true, trim: 'k', padRight: -1 }), 'positionalPrecision'],
    ['positional min_digits', (v: number, c: ValueCase) => formatPositional(v, { ...base, precision: c.precision, minDigits: c.minDigits, fractional: true, trim: 'k', padRight: -1 }), 'positionalMinDigits'],
    ['positional exact', (v: number, c: ValueCase) => formatPositional(v, { ...base, precision: c.precision, unique: false, fractional: true, trim: '.', padRight: -1 }), 'positionalExact'],
    ['scientific unique', (v: number, _c: ValueCase) => formatScientific(v, { ...base, trim: '.', expDigits: -1 }), 'scientificUnique'],
    ['scientific precision', (v: number, c: ValueCase) => formatScientific(v, { ...base, precision: c.precision, minDigits: c.minDigits, trim: 'k', expDigits: -1 }), 'scientificPrecision'],
    ['scientific exact', (v: number, c: ValueCase) => formatScientific(v, { ...base, precision: c.precision, unique: false, trim: '0', expDigits: 3 }), 'scientificExact'],
  ] as const)('%s', (_name, f, key) => {
    const wrong: string[] = [];
    for (const c of fx.values) {
      const v = floatsFromHex(c.bits)[0]!;
      const got = f(v, c);
      if (got !== c[key]) wrong.push(`${c.bits} p=${c.precision} md=${c.minDigits}: ${got} !== ${c[key]}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('numpy scalar repr, numpy 2 and numpy 1.x style', () => {
    for (const c of fx.scalarReprs) {
      const v = c.bits !== undefined ? floatsFromHex(c.bits)[0]! : c.value!;
      expect(scalarRepr(c.dtype, v, false)).toBe(c.repr);
      expect(scalarRepr(c.dtype, v, true)).toBe(c.legacy);
    }
  });
});
