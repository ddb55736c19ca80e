/**
 * `pnpm bench`: runs the selected cases, each in its own child process, then
 * prints one table (and writes JSON with --json). Exit codes: 0 when every
 * case ran or was skipped with a note, 1 when a case failed, 2 for bad usage.
 * Targets missed are reported in the table, never turned into a failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError, parseArgs, usage } from './args.js';
import type { CliOptions } from './args.js';
import { CASES, selectCases } from './catalogue.js';
import { combineRuns } from './combine.js';
import { deriveRows } from './derive.js';
import { describeMachine, machineLine } from './machine.js';
import { runCaseInChild } from './spawn.js';
import { renderTable } from './table.js';
import type { CaseResult } from './types.js';

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${usage()}\n`);
  process.exit(2);
}

function parse(): CliOptions {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(error.message);
    throw error;
  }
}

const options = parse();
if (options.help) {
  process.stdout.write(`${usage()}\n`);
  process.exit(0);
}
if (options.list) {
  process.stdout.write(`${CASES.map((c) => c.name).join('\n')}\n`);
  process.exit(0);
}
const { cases, unmatched } = selectCases(options.filters);
if (unmatched.length > 0) fail(`no case matches ${unmatched.map((u) => `'${u}'`).join(', ')}`);

const machine = describeMachine();
const startedAt = new Date();
const runsNote = options.runs > 1 ? `, ${options.runs} runs each` : '';
process.stderr.write(`bench: ${cases.length} case(s)${options.quick ? ', --quick' : ''}${runsNote} on ${machineLine(machine)}\n`);
const results: CaseResult[] = [];
for (const info of cases) {
  const runs: CaseResult[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const label = options.runs > 1 ? `${info.name} (run ${run}/${options.runs})` : info.name;
    process.stderr.write(`  ${label} ... `);
    const result = await runCaseInChild(info, options.quick, options.quick ? 120_000 : 300_000);
    process.stderr.write(`${result.status} (${result.seconds.toFixed(1)} s)\n`);
    runs.push(result);
    if (result.status !== 'ok') break;
  }
  results.push(combineRuns(runs));
}

const rows = deriveRows(results, options.quick);
const seconds = (Date.now() - startedAt.getTime()) / 1000;
process.stdout.write(`\n${renderTable(rows, results)}\n\nTotal ${seconds.toFixed(0)} s.\n`);

const command = `pnpm bench ${process.argv.slice(2).join(' ')}`.trim();
const outPath = (file: string): string => {
  // pnpm runs the script in apps/bench; INIT_CWD is where the user typed the command.
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
  mkdirSync(dirname(path), { recursive: true });
  return path;
};
if (options.json !== undefined) {
  const path = outPath(options.json);
  const doc = {
    command,
    quick: options.quick,
    runs: options.runs,
    startedAt: startedAt.toISOString(),
    seconds,
    machine,
    cases: results.map((r) => ({ case: r.case, status: r.status, seconds: r.seconds, ...(r.backend ? { backend: r.backend } : {}), ...(r.reason === undefined ? {} : { reason: r.reason }) })),
    rows,
  };
  writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
  process.stderr.write(`bench: wrote ${path}\n`);
}
if (options.markdown !== undefined) {
  const path = outPath(options.markdown);
  const head = [
    '# Benchmark results',
    '',
    `- Command: \`${command}\` (from the repository root; it builds the packages first)`,
    `- Machine: ${machineLine(machine)}`,
    ...(options.runs > 1 ? [`- Runs: each case ${options.runs} times in fresh processes; every row is its median run (by ratio where the row has its own reference), the other runs in the notes`] : []),
    `- Date: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; whole run ${seconds.toFixed(0)} s`,
    '',
  ];
  writeFileSync(path, `${head.join('\n')}\n${renderTable(rows, results)}\n`);
  process.stderr.write(`bench: wrote ${path}\n`);
}
process.exit(results.some((r) => r.status === 'failed') ? 1 : 0);
