import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatValue, Printer } from './format.js';

// The reference is Node's own console.log formatting (util.inspect), which
// the page must reproduce without Node.
describe('formatValue', () => {
  it.each([
    [[20, 256]],
    [[]],
    [[[20, 256], [256], [256, 10], [10]]],
    [['a', 'b']],
    [{ name: 'cpu', threads: 1, simd: false }],
    [{ count: 5120, mean: -0.5, std: 0.01, min: -0.03125, max: 0.25 }],
    [true],
    [42],
    [-0.000123],
  ])('prints %j as console.log does', (value) => {
    expect(formatValue(value)).toBe(typeof value === 'string' ? value : inspect(value));
  });

  it('prints strings raw at top level, as console.log does', () => {
    expect(formatValue('sequential/dense/kernel:0')).toBe('sequential/dense/kernel:0');
  });
});

describe('Printer', () => {
  it('joins values with spaces and lines with newlines', () => {
    const out = new Printer();
    out.log('sequential/dense/kernel:0', [20, 256]);
    out.log(true, false);
    expect(out.text()).toBe('sequential/dense/kernel:0 [ 20, 256 ]\ntrue false');
  });
});
