import { Tensor, type NDArray } from '@lamina/core-tensor';
import { repr } from '@lamina/inspect';

/** True for a host snapshot made by `toNDArray` / `getWeights()`. */
export function isNDArray(x: unknown): x is NDArray {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return Array.isArray(o['shape']) && typeof o['dtype'] === 'string' && ArrayBuffer.isView(o['data']);
}

function formatNested(x: unknown): string {
  if (typeof x === 'string') return `'${x.replaceAll("'", "\\'")}'`;
  return formatValue(x);
}

/**
 * Formats one value the way Node's `console.log` shows it, so the page prints
 * what the terminal prints: strings raw, arrays as `[ 20, 256 ]`, plain
 * objects as `{ name: 'cpu', threads: 1 }`, tensors and NDArrays through
 * `@lamina/inspect`'s `repr` (TensorFlow's and numpy's exact text).
 *
 * @example
 * ```ts
 * formatValue([20, 256]); // '[ 20, 256 ]'
 * ```
 */
export function formatValue(x: unknown): string {
  if (x instanceof Tensor || isNDArray(x)) return repr(x);
  if (typeof x === 'string') return x;
  if (x === null || x === undefined || typeof x !== 'object') return String(x);
  if (Array.isArray(x) || ArrayBuffer.isView(x)) {
    const items = Array.from(x as ArrayLike<unknown>);
    return items.length === 0 ? '[]' : `[ ${items.map(formatNested).join(', ')} ]`;
  }
  const entries = Object.entries(x as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${formatNested(v)}`).join(', ')} }`;
}

/**
 * Collects what a step prints: `log(...values)` joins values with a space,
 * as `console.log` does, and `text()` returns every line printed so far.
 *
 * @example
 * ```ts
 * const out = new Printer();
 * out.log('shape', [2, 10]);
 * out.text(); // 'shape [ 2, 10 ]'
 * ```
 */
export class Printer {
  readonly #lines: string[] = [];

  log(...values: unknown[]): void {
    this.#lines.push(values.map(formatValue).join(' '));
  }

  text(): string {
    return this.#lines.join('\n');
  }
}
