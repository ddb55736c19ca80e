import { describe, expect, it } from 'vitest';
import { backendName, canSwitchInPlace, queryFor, readConfig } from './choice.js';

describe('page configuration from the query string', () => {
  it('defaults to wasm with automatic threads', () => {
    expect(readConfig('')).toEqual({ choice: 'wasm-threads', wasmThreads: 'auto', problems: [] });
  });

  it('reads each choice', () => {
    expect(readConfig('?backend=cpu').choice).toBe('cpu');
    expect(readConfig('?backend=wasm&threads=1')).toEqual({ choice: 'wasm-1', wasmThreads: 1, problems: [] });
    expect(readConfig('?backend=wasm&threads=4')).toEqual({ choice: 'wasm-threads', wasmThreads: 4, problems: [] });
  });

  it('reports bad values instead of ignoring them silently', () => {
    const config = readConfig('?backend=gpu&threads=two');
    expect(config.problems).toEqual([
      "threads must be a positive integer or 'auto'. Received: threads=two",
      "backend must be 'cpu' or 'wasm'. Received: backend=gpu",
    ]);
    expect(config.choice).toBe('wasm-threads');
  });

  it('needs a reload only to change the wasm thread count', () => {
    expect(canSwitchInPlace('cpu', { wasmThreads: 1 })).toBe(true);
    expect(canSwitchInPlace('wasm-1', { wasmThreads: 1 })).toBe(true);
    expect(canSwitchInPlace('wasm-threads', { wasmThreads: 1 })).toBe(false);
    expect(canSwitchInPlace('wasm-1', { wasmThreads: 'auto' })).toBe(false);
    expect(canSwitchInPlace('wasm-threads', { wasmThreads: 2 })).toBe(true);
  });

  it('round-trips: the query for a choice reads back as that choice', () => {
    for (const wasmThreads of [1, 2, 'auto'] as const) {
      for (const choice of ['cpu', 'wasm-1', 'wasm-threads'] as const) {
        expect(readConfig(queryFor(choice, { wasmThreads })).choice).toBe(choice);
      }
    }
    expect(backendName('wasm-1')).toBe('wasm');
  });
});
