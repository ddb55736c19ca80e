import type { CaseResult, Figure, Row } from './types.js';

/** Three significant digits, without exponent for the magnitudes we print. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

function spread(f: Figure): string {
  if (f.stats === undefined || f.stats.median <= 0) return '';
  return ` ±${((100 * f.stats.mad) / f.stats.median).toFixed(1)}%`;
}

function figureCell(f: Figure | null, withLabel: boolean): string {
  if (f === null) return '—';
  const label = withLabel ? `${f.label}: ` : '';
  const published = f.measured === false ? ' (published, not measured)' : '';
  return `${label}${fmt(f.value)} ${f.unit}${spread(f)}${published}`;
}

function targetCell(row: Row): string {
  if (row.target === null) return '—';
  const verdict = row.target.met === null ? 'not evaluated' : row.target.met ? 'yes' : 'NO';
  return `${row.target.text}: ${verdict}`;
}

function escape(cell: string): string {
  return cell.replaceAll('|', '\\|');
}

/**
 * The results as one Markdown table (readable as is in a terminal), then the
 * row notes and the cases that were skipped or failed.
 */
export function renderTable(rows: readonly Row[], results: readonly CaseResult[]): string {
  const header = ['case', 'measurement', 'ours', 'reference', 'ratio', 'target met?'];
  const body = rows.map((r) => [
    r.case,
    r.name,
    figureCell(r.ours, false),
    figureCell(r.reference, true),
    r.ratio === null ? '—' : `${fmt(r.ratio)}×`,
    targetCell(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => escape(b[i]!).length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => escape(c).padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
  const notes = rows.filter((r) => r.note !== undefined).map((r) => `- ${r.case} / ${r.name}: ${r.note}`);
  const others = results
    .filter((r) => r.status !== 'ok')
    .map((r) => `- ${r.case}: ${r.status.toUpperCase()} — ${(r.reason ?? '').split('\n').slice(0, 6).join('\n    ')}`);
  if (notes.length > 0) out.push('', 'Notes:', ...notes);
  if (others.length > 0) out.push('', 'Not measured:', ...others);
  out.push('', 'ratio = how many times better ours is than the reference (higher throughput or lower time); ±x% = MAD / median of the call times.');
  return out.join('\n');
}
