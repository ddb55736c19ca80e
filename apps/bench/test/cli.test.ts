import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI runs as a user runs it (a child process on the built packages), so
// this checks the harness end to end. Times are never asserted.
const BENCH_ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lamina-bench-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: BENCH_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

const CASE_NAMES = ['matmul-cpu', 'matmul-wasm-1', 'init-normal', 'mlp-small-cpu', 'repr-4096', 'memory-cpu'];

describe('bench CLI --quick', () => {
  it('runs the chosen cases and writes the JSON report', () => {
    const out = join(tmp, 'quick.json');
    const res = cli('--quick', '--filter', 'matmul-cpu,init-uniform', '--json', out);
    expect(res.stderr).not.toMatch(/FAILED/);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/\| case +\| measurement +\| ours +\| reference +\| ratio +\| target met\? +\|/);

    const doc = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(doc['quick']).toBe(true);
    expect(doc['machine']).toMatchObject({ cores: expect.any(Number), node: process.version });
    const cases = doc['cases'] as { case: string; status: string; reason?: string }[];
    expect(cases.map((c) => c.case)).toEqual(['matmul-cpu', 'init-uniform']);
    expect(cases[0]).toMatchObject({ status: 'ok', backend: { name: 'cpu', threads: 1 } });
    // init-uniform needs @lamina/initializers: measured when it is built, otherwise skipped with a reason.
    if (cases[1]!.status !== 'ok') expect(cases[1]).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/initializers/) });

    const rows = doc['rows'] as Record<string, any>[];
    const matmul = rows.filter((r) => r['case'] === 'matmul-cpu');
    expect(matmul).toHaveLength(1);
    expect(matmul[0]).toMatchObject({
      name: 'matMul 256² cpu',
      ours: { unit: 'GFLOP/s', higherIsBetter: true, stats: { samples: expect.any(Number) } },
      reference: null,
      ratio: null,
    });
    const stats = matmul[0]!['ours']['stats'];
    expect(stats.p25).toBeLessThanOrEqual(stats.median);
    expect(stats.median).toBeLessThanOrEqual(stats.p75);
    expect(matmul[0]!['ours']['value']).toBeGreaterThan(0);

    for (const row of rows.filter((r) => r['case'] === 'init-uniform')) {
      expect(row).toMatchObject({ ours: { unit: 'M samples/s' }, reference: { unit: 'M samples/s', label: expect.stringMatching(/^tfjs-(core|layers) /) } });
      expect(row['ratio']).toBeCloseTo(row['ours'].value / row['reference'].value, 10);
      // --quick never judges timing targets.
      if (row['target'] !== null) expect(row['target'].met).toBeNull();
    }
  });
});

describe('bench CLI --runs', () => {
  it('runs each case in as many fresh processes and reports the median run, naming every run', () => {
    const out = join(tmp, 'runs.json');
    const res = cli('--quick', '--runs', '2', '--filter', 'matmul-cpu', '--json', out);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toContain('matmul-cpu (run 1/2)');
    expect(res.stderr).toContain('matmul-cpu (run 2/2)');
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { runs: number; rows: { name: string; note?: string }[] };
    expect(doc.runs).toBe(2);
    expect(doc.rows.length).toBeGreaterThan(0);
    for (const row of doc.rows) expect(row.note).toMatch(/^median of 2 runs \(\S+ GFLOP\/s, \S+ GFLOP\/s\)$/);
  });
});

describe('bench CLI bad input', () => {
  it.each([
    [['--bogus'], /unknown argument '--bogus'/],
    [['--filter', 'no-such-case'], /no case matches 'no-such-case'/],
    [['--json'], /--json needs a value/],
    [['--quick=yes'], /--quick takes no value/],
    [['extra-positional'], /unknown argument 'extra-positional'/],
    [['--runs', '0'], /--runs needs a whole number from 1 to 9. Received: --runs 0/],
  ])('%j exits 2 and lists the cases', (args, message) => {
    const res = cli(...args);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(message);
    for (const name of CASE_NAMES) expect(res.stderr).toContain(name);
  });

  it('--list prints every case name and exits 0', () => {
    const res = cli('--list');
    expect(res.status).toBe(0);
    expect(res.stdout.trim().split('\n')).toEqual(expect.arrayContaining(CASE_NAMES));
  });
});
