/**
 * Child-process entry: runs ONE case and reports a `CaseResult` as JSON, over
 * the IPC channel when the parent forked it, otherwise on stdout:
 *
 *   node --import tsx --expose-gc src/runner.ts matmul-wasm-2 [--quick]
 */
import { performance } from 'node:perf_hooks';
import { findCase } from './catalogue.js';
import { SkipCase } from './optional.js';
import type { CaseModule } from './cases/context.js';
import type { CaseResult } from './types.js';

async function runOne(name: string, quick: boolean): Promise<CaseResult> {
  const info = findCase(name);
  if (info === undefined) return { case: name, status: 'failed', reason: `unknown case '${name}'`, rows: [], seconds: 0 };
  const start = performance.now();
  const seconds = (): number => (performance.now() - start) / 1000;
  try {
    const mod = (await import(`./cases/${info.module}.js`)) as CaseModule;
    const out = await mod.run({ name, variant: info.variant, quick });
    return { case: name, status: 'ok', rows: out.rows, ...(out.backend ? { backend: out.backend } : {}), seconds: seconds() };
  } catch (error) {
    if (error instanceof SkipCase) return { case: name, status: 'skipped', reason: error.message, rows: [], seconds: seconds() };
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { case: name, status: 'failed', reason, rows: [], seconds: seconds() };
  }
}

function report(result: CaseResult): void {
  // Exit explicitly once the report is out: a backend's idle worker threads
  // must not hold the bench up (whether they would is tested in backend-wasm).
  const done = (): never => process.exit(result.status === 'failed' ? 1 : 0);
  if (process.send !== undefined) {
    process.send(result, () => done());
  } else {
    process.stdout.write(`${JSON.stringify(result)}\n`, () => done());
  }
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const names = args.filter((a) => a !== '--quick');
if (names.length !== 1) {
  process.stderr.write('usage: runner.ts CASE [--quick]\n');
  process.exit(2);
}
report(await runOne(names[0]!, quick));
