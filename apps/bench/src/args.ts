import { CASES } from './catalogue.js';

/** Parsed command line of `pnpm bench`. */
export interface CliOptions {
  readonly quick: boolean;
  /** Each case runs this many times, in fresh processes; each row reports the median run. */
  readonly runs: number;
  readonly json: string | undefined;
  readonly markdown: string | undefined;
  readonly filters: readonly string[];
  readonly list: boolean;
  readonly help: boolean;
}

/** A command-line mistake: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Usage text with the list of cases. */
export function usage(): string {
  const width = Math.max(...CASES.map((c) => c.name.length));
  const cases = CASES.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return [
    'Usage: pnpm bench [-- options]   (or: node --import tsx src/cli.ts [options] in apps/bench)',
    '',
    'Options:',
    '  --filter NAME   run only these cases: an exact case name, or a substring of names;',
    '                  repeat the flag or separate names with commas',
    '  --quick         smoke run: smallest sizes, few iterations (times are not meaningful)',
    '  --runs N        run each case N times (1-9, each in a fresh process); every row shows',
    '                  its median run by ratio, with the other runs\' values in a note',
    '  --json FILE     also write the results as JSON to FILE',
    '  --markdown FILE also write the table with the command and machine to FILE (RESULTS.md)',
    '  --list          print the cases and exit',
    '  --help          print this text and exit',
    '',
    'Cases:',
    cases,
  ].join('\n');
}

function valueOf(argv: readonly string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) {
    throw new UsageError(`${flag} needs a value. Received: nothing after ${flag}`);
  }
  return value;
}

/** Parses the arguments after the script name; throws `UsageError` on anything unknown. */
export function parseArgs(argv: readonly string[]): CliOptions {
  let quick = false;
  let runs = 1;
  let json: string | undefined;
  let markdown: string | undefined;
  let list = false;
  let help = false;
  const filters: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    // pnpm forwards a literal `--` when the user writes `pnpm bench -- --quick`.
    if (raw === '--') continue;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = valueOf(argv, i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case '--quick':
        quick = true;
        break;
      case '--list':
        list = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      case '--json':
        json = take();
        if (json === '') throw new UsageError('--json needs a file name. Received: --json=');
        break;
      case '--markdown':
        markdown = take();
        if (markdown === '') throw new UsageError('--markdown needs a file name. Received: --markdown=');
        break;
      case '--runs': {
        const value = take();
        runs = Number(value);
        if (!/^[1-9]$/.test(value)) throw new UsageError(`--runs needs a whole number from 1 to 9. Received: --runs ${value}`);
        break;
      }
      case '--filter': {
        const value = take();
        const terms = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
        if (terms.length === 0) throw new UsageError(`--filter needs a case name. Received: --filter '${value}'`);
        filters.push(...terms);
        break;
      }
      default:
        throw new UsageError(`unknown argument '${raw}'`);
    }
    if (inline !== undefined && !['--json', '--markdown', '--filter', '--runs'].includes(flag)) {
      throw new UsageError(`${flag} takes no value. Received: ${raw}`);
    }
  }
  return { quick, runs, json, markdown, filters, list, help };
}
