/** What the walkthrough was asked to run on. */
export interface DemoOptions {
  readonly backend: 'cpu' | 'wasm';
  /** Worker threads for wasm; `'auto'` = available parallelism (capped at 8 by the backend). */
  readonly threads: number | 'auto';
  readonly help: boolean;
}

/** The usage text printed for `--help` and for any bad flag. @example `console.log(USAGE)` */
export const USAGE = `Usage: pnpm demo [-- options]

Runs the "model parameters" chapter in Node.js, printing each step's code and output.

Options:
  --backend cpu|wasm   kernels to run on (default: wasm, multithreaded SIMD)
  --threads N          wasm worker threads, a positive integer or 'auto' (default: auto)
  -h, --help           show this text`;

/** A bad command line: the message says what was wrong; the caller prints USAGE and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

// The range check (1 to 8) belongs to wasm() itself; main() reports its error as a usage error too.
function parseThreads(raw: string): number | 'auto' {
  if (raw === 'auto') return 'auto';
  if (!/^[1-9][0-9]*$/.test(raw)) {
    throw new UsageError(`--threads must be a positive integer or 'auto'. Received: --threads ${raw}`);
  }
  return Number(raw);
}

/**
 * Parses the walkthrough's flags (`--backend cpu`, `--backend=wasm`,
 * `--threads 2`). Anything unknown, missing or out of range throws a
 * `UsageError` naming it.
 *
 * @example
 * ```ts
 * parseArgs(['--backend', 'cpu']); // { backend: 'cpu', threads: 'auto', help: false }
 * ```
 */
export function parseArgs(argv: readonly string[]): DemoOptions {
  let backend: 'cpu' | 'wasm' = 'wasm';
  let threads: number | 'auto' | undefined;
  let help = false;
  // pnpm forwards a literal `--` when the user writes `pnpm demo -- --backend cpu`.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    const match = /^(--backend|--threads)(?:=(.*))?$/.exec(arg);
    if (match === null) throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    const flag = match[1]!;
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    if (flag === '--backend') {
      if (value !== 'cpu' && value !== 'wasm') {
        throw new UsageError(`--backend must be 'cpu' or 'wasm'. Received: --backend ${value}`);
      }
      backend = value;
    } else {
      threads = parseThreads(value);
    }
  }
  if (backend === 'cpu' && threads !== undefined) {
    throw new UsageError(`--threads applies to the wasm backend only. Received: --backend cpu --threads ${threads}`);
  }
  return { backend, threads: threads ?? 'auto', help };
}
