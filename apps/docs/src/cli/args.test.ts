import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args.js';

describe('parseArgs', () => {
  it('defaults to multithreaded wasm with automatic threads', () => {
    expect(parseArgs([])).toEqual({ backend: 'wasm', threads: 'auto', help: false });
  });

  it('reads --backend and --threads in both spellings, and a leading -- from pnpm', () => {
    expect(parseArgs(['--backend', 'cpu'])).toEqual({ backend: 'cpu', threads: 'auto', help: false });
    expect(parseArgs(['--backend=wasm', '--threads=3'])).toEqual({ backend: 'wasm', threads: 3, help: false });
    expect(parseArgs(['--', '--threads', '1'])).toEqual({ backend: 'wasm', threads: 1, help: false });
    expect(parseArgs(['-h']).help).toBe(true);
  });

  it.each([
    [['--backend', 'gpu'], "--backend must be 'cpu' or 'wasm'. Received: --backend gpu"],
    [['--backend'], '--backend needs a value'],
    [['--threads', '0'], "--threads must be a positive integer or 'auto'. Received: --threads 0"],
    [['--threads', '2.5'], 'Received: --threads 2.5'],
    [['--threads=-1'], 'Received: --threads -1'],
    [['--verbose'], 'unknown option "--verbose"'],
    [['cpu'], 'unknown option "cpu"'],
    [['--backend', 'cpu', '--threads', '2'], '--threads applies to the wasm backend only'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
