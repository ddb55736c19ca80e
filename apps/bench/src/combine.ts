import { ratioOf } from './derive.js';
import type { CaseResult, Figure, RowSpec } from './types.js';

// What a run of a row is ranked by: its ratio when the row carries its own
// reference (both contenders measured in the same process, so a drift of the
// machine between runs cancels), otherwise its own value.
function score(row: RowSpec): number | null {
  if (row.reference !== null) return ratioOf(row.ours, row.reference);
  return row.ours === null ? null : row.ours.value;
}

function show(row: RowSpec): string {
  const s = score(row);
  if (s === null) return '—';
  const text = s.toPrecision(3);
  return row.reference !== null ? `${text}×` : `${text} ${(row.ours as Figure).unit}`;
}

/**
 * One row from the same row of every run: the run with the median score
 * (the lower median for an even count), whole, so its figures and their
 * spreads stay a pair measured together. The note lists every run's score.
 */
export function medianRow(rows: readonly RowSpec[]): RowSpec {
  const first = rows[0];
  if (first === undefined) throw new Error('medianRow: no runs');
  if (rows.length === 1) return first;
  const ranked = rows
    .map((row, run) => ({ row, run, s: score(row) }))
    .sort((a, b) => (a.s === null ? 1 : b.s === null ? -1 : a.s - b.s || a.run - b.run));
  const chosen = ranked[Math.floor((ranked.length - 1) / 2)]!.row;
  const runs = `median of ${rows.length} runs (${rows.map(show).join(', ')})`;
  return { ...chosen, note: chosen.note === undefined ? runs : `${chosen.note}; ${runs}` };
}

/**
 * Merges the runs of one case. A run that failed or was skipped decides the
 * result (the first one found); otherwise every row is its median run.
 */
export function combineRuns(runs: readonly CaseResult[]): CaseResult {
  const first = runs[0];
  if (first === undefined) throw new Error('combineRuns: no runs');
  const bad = runs.find((r) => r.status !== 'ok');
  if (bad !== undefined || runs.length === 1) return bad ?? first;
  const counts = new Set(runs.map((r) => r.rows.length));
  if (counts.size !== 1) throw new Error(`combineRuns: runs of ${first.case} reported different row counts (${[...counts].join(', ')})`);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return { ...first, seconds, rows: first.rows.map((_, i) => medianRow(runs.map((r) => r.rows[i]!))) };
}
