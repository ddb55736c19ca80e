import { describe, expect, it } from 'vitest';
import { parseDocComment } from './extract.js';
import { claimsOf, ownsBackend } from './prepare.js';

// The example runner is only as good as its parsing: these pin the cases
// that a naive reader gets wrong (tags inside code, non-ts fences, one-line
// comments with inline code instead of a block).
describe('parseDocComment', () => {
  it('reads the first paragraph as the summary and every ```ts block under @example', () => {
    const raw = [
      '/**',
      ' * Creates a thing',
      ' * in two lines.',
      ' *',
      ' * More prose.',
      ' *',
      ' * @example',
      ' * ```ts',
      ' * // @ts-expect-error inside code is code, not a tag',
      ' *',
      ' * make();',
      ' * ```',
      ' * ```sh',
      ' * pnpm add thing',
      ' * ```',
      ' * @example',
      ' * ```typescript',
      ' * again();',
      ' * ```',
      ' */',
    ].join('\n');
    expect(parseDocComment(raw)).toEqual({
      summary: 'Creates a thing in two lines.',
      examples: ['// @ts-expect-error inside code is code, not a tag\n\nmake();', 'again();'],
    });
  });

  it('does not count inline code or a block outside @example as an example', () => {
    expect(parseDocComment('/** Sum over axes. @example `sum(x)` */')).toEqual({ summary: 'Sum over axes.', examples: [] });
    expect(parseDocComment('/**\n * Summary.\n *\n * ```ts\n * shown();\n * ```\n */').examples).toEqual([]);
    expect(parseDocComment('/** @example */').summary).toBe('');
  });
});

describe('claimsOf', () => {
  it('takes the text after `// → `, without a parenthesised remark after two spaces', () => {
    const code = "console.log(a); // → [ 1, 2 ]\nconsole.log(b); // → 1  (only y)\nconsole.log(c); // not a claim\nf(); // →   padded";
    expect(claimsOf(code)).toEqual(['[ 1, 2 ]', '1', '  padded']);
  });
});

describe('ownsBackend', () => {
  it('is true for blocks that register a backend or say they start with none', () => {
    expect(ownsBackend('registerBackend(cpu());')).toBe(true);
    expect(ownsBackend('// In a fresh program: no backend registered yet.\ntensor([1]);')).toBe(true);
    expect(ownsBackend('tensor([1]);')).toBe(false);
  });
});
