import { describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../src/args.js';
import { CASES, selectCases } from '../src/catalogue.js';
import { combineRuns, medianRow } from '../src/combine.js';
import { deriveRows, ratioOf } from '../src/derive.js';
import { fmt, renderTable } from '../src/table.js';
import type { CaseResult, Figure, RowSpec } from '../src/types.js';

// In-process checks of the pure parts of the harness; expected values are worked out by hand.

const gflops = (label: string, value: number): Figure => ({ label, value, unit: 'GFLOP/s', higherIsBetter: true });
const ms = (label: string, value: number): Figure => ({ label, value, unit: 'ms', higherIsBetter: false });
const result = (name: string, rows: RowSpec[]): CaseResult => ({ case: name, status: 'ok', rows, seconds: 1 });

describe('parseArgs', () => {
  it('reads every flag, with values inline or separate, and ignores the `--` pnpm forwards', () => {
    expect(parseArgs(['--', '--quick', '--json', 'a.json', '--filter=matmul,repr-1000', '--filter', 'init'])).toEqual({
      quick: true,
      runs: 1,
      json: 'a.json',
      markdown: undefined,
      filters: ['matmul', 'repr-1000', 'init'],
      list: false,
      help: false,
    });
    expect(parseArgs(['--markdown=R.md']).markdown).toBe('R.md');
    expect(parseArgs(['--runs', '3']).runs).toBe(3);
    expect(parseArgs(['--runs=9']).runs).toBe(9);
  });

  it.each([[['--jsn', 'x']], [['--filter']], [['--filter', ',']], [['--json=']], [['--list=1']], [['matmul']], [['--runs', '0']], [['--runs', '10']], [['--runs', '1.5']], [['--runs']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow(UsageError);
    },
  );
});

describe('selectCases', () => {
  it('takes an exact name as that case only, a substring as every case containing it', () => {
    expect(selectCases(['matmul-wasm-1']).cases.map((c) => c.name)).toEqual(['matmul-wasm-1']);
    expect(selectCases(['wasm']).cases.map((c) => c.name)).toEqual([
      'matmul-wasm-1',
      'matmul-wasm-2',
      'mlp-small-wasm',
      'mlp-large-wasm',
      'memory-wasm',
    ]);
  });

  it('keeps catalogue order, removes duplicates and reports terms that match nothing', () => {
    const { cases, unmatched } = selectCases(['matmul-wasm-2', 'matmul', 'nope']);
    expect(cases.map((c) => c.name)).toEqual(['matmul-cpu', 'matmul-wasm-1', 'matmul-wasm-2']);
    expect(unmatched).toEqual(['nope']);
    expect(selectCases([]).cases).toHaveLength(CASES.length);
  });
});

describe('ratios and targets', () => {
  it('is "times better": throughput ours/ref, time ref/ours', () => {
    expect(ratioOf(gflops('a', 30), gflops('b', 10))).toBe(3);
    expect(ratioOf(ms('a', 2), ms('b', 5))).toBe(2.5);
    expect(ratioOf(ms('a', 2), gflops('b', 5))).toBeNull();
    expect(ratioOf({ ...ms('a', 2), comparable: false }, ms('b', 4))).toBeNull();
  });

  it('fills a reference measured in another process and judges the target', () => {
    const rows = deriveRows(
      [
        result('matmul-wasm-1', [{ case: 'matmul-wasm-1', name: 'w1', key: 'k1', ours: gflops('w1', 20), reference: null }]),
        result('matmul-wasm-2', [
          { case: 'matmul-wasm-2', name: 'w2 vs w1', ours: gflops('w2', 36), reference: null, referenceKey: 'k1', target: { text: '≥ 1.7×', minSpeedup: 1.7 } },
          { case: 'matmul-wasm-2', name: 'w2 vs cpu', ours: gflops('w2', 36), reference: null, referenceKey: 'missing', target: { text: '≥ 50×', minSpeedup: 50 } },
        ]),
      ],
      false,
    );
    expect(rows[1]).toMatchObject({ reference: { label: 'w1', value: 20 }, ratio: 1.8, target: { met: true } });
    expect(rows[2]).toMatchObject({ reference: null, ratio: null, target: { met: null }, note: expect.stringContaining('missing') });
  });

  it('does not judge timing targets in --quick, but still judges counts', () => {
    const specs: RowSpec[] = [
      { case: 'c', name: 't', ours: ms('a', 1), reference: ms('b', 3), target: { text: '≥ 2×', minSpeedup: 2 } },
      { case: 'c', name: 'n', ours: { ...ms('a', 2), unit: 'tensors' }, reference: null, target: { text: '= 0', maxValue: 0, timing: false } },
    ];
    const [timed, count] = deriveRows([result('c', specs)], true);
    expect(timed!.target).toEqual({ text: '≥ 2×', met: null });
    expect(count!.target).toEqual({ text: '= 0', met: false });
  });
});

describe('--runs: the median run of each row', () => {
  // Three runs of a row with its own reference; ratios 2.0, 1.5 and 3.0 (worked out by hand).
  const run = (oursMs: number, refMs: number): RowSpec => ({ case: 'c', name: 'r', ours: ms('ours', oursMs), reference: ms('ref', refMs) });
  const runs = [run(10, 20), run(20, 30), run(10, 30)];

  it('keeps the run with the median ratio, whole, and lists every run in the note', () => {
    const row = medianRow(runs);
    expect(row.ours!.value).toBe(10);
    expect(row.reference!.value).toBe(20); // the pair measured together, not the median of each
    expect(row.note).toBe('median of 3 runs (2.00×, 1.50×, 3.00×)');
  });

  it('takes the lower median for an even count, and ranks rows without a reference by value', () => {
    expect(medianRow(runs.slice(0, 2)).ours!.value).toBe(20); // ratios 2.0 and 1.5: the lower is 1.5
    const alone = [5, 9, 7].map((v): RowSpec => ({ case: 'c', name: 'g', ours: gflops('g', v), reference: null }));
    const row = medianRow(alone);
    expect(row.ours!.value).toBe(7);
    expect(row.note).toBe('median of 3 runs (5.00 GFLOP/s, 9.00 GFLOP/s, 7.00 GFLOP/s)');
  });

  it('merges case results row by row, adds up the time, and lets a failed run decide', () => {
    const merged = combineRuns(runs.map((r) => result('c', [r, { ...r, name: 's' }])));
    expect(merged.rows.map((r) => [r.name, r.ours!.value])).toEqual([['r', 10], ['s', 10]]);
    expect(merged.seconds).toBe(3);
    const failed: CaseResult = { case: 'c', status: 'failed', reason: 'boom', rows: [], seconds: 2 };
    expect(combineRuns([result('c', [runs[0]!]), failed])).toBe(failed);
    expect(() => combineRuns([result('c', [runs[0]!]), result('c', [])])).toThrow(/different row counts/);
  });
});

describe('renderTable', () => {
  it('prints one aligned Markdown row per result and lists cases that did not run', () => {
    const rows = deriveRows([result('c', [{ case: 'c', name: 'x | y', ours: gflops('ours', 12.345), reference: gflops('ref', 4), target: { text: '≥ 2×', minSpeedup: 2 } }])], false);
    const text = renderTable(rows, [result('c', []), { case: 'd', status: 'skipped', reason: 'no package', rows: [], seconds: 0 }]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\| case \| measurement +\| ours +\| reference +\| ratio +\| target met\? \|$/);
    expect(new Set(lines.slice(0, 3).map((l) => l.length)).size).toBe(1);
    expect(lines[2]).toContain('x \\| y');
    expect(lines[2]).toContain('12.3 GFLOP/s');
    expect(lines[2]).toContain('ref: 4.00 GFLOP/s');
    expect(lines[2]).toContain('3.09×');
    expect(lines[2]).toContain('≥ 2×: yes');
    expect(text).toContain('- d: SKIPPED — no package');
  });

  it('formats three significant digits', () => {
    expect([fmt(0.0012345), fmt(1.2345), fmt(12.345), fmt(123.45), fmt(0)]).toEqual(['0.00123', '1.23', '12.3', '123', '0']);
  });
});
