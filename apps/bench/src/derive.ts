import type { CaseResult, Figure, Row, RowSpec, TargetSpec } from './types.js';

/** How many times better `ours` is than `reference`; null when not comparable. */
export function ratioOf(ours: Figure | null, reference: Figure | null): number | null {
  if (ours === null || reference === null || ours.unit !== reference.unit) return null;
  if (ours.comparable === false || reference.comparable === false) return null;
  if (!(ours.value > 0 && reference.value > 0) || !Number.isFinite(ours.value) || !Number.isFinite(reference.value)) return null;
  return ours.higherIsBetter ? ours.value / reference.value : reference.value / ours.value;
}

function evaluate(target: TargetSpec, ours: Figure | null, ratio: number | null, quick: boolean): boolean | null {
  // Quick runs use the smallest sizes and a few iterations: their times say nothing about targets.
  if (quick && target.timing !== false) return null;
  if (target.minSpeedup !== undefined) return ratio === null ? null : ratio >= target.minSpeedup;
  if (target.maxValue !== undefined) return ours === null ? null : ours.value <= target.maxValue;
  return null;
}

/**
 * Turns the rows every child reported into table rows: references named by
 * key are taken from the row (possibly of another process) that owns the key,
 * then ratios and targets are computed. A reference whose case did not run
 * (filtered out, skipped, failed) leaves the ratio empty with a note.
 */
export function deriveRows(results: readonly CaseResult[], quick: boolean): Row[] {
  const specs: RowSpec[] = results.flatMap((r) => r.rows);
  const byKey = new Map<string, Figure>();
  for (const spec of specs) if (spec.key !== undefined && spec.ours !== null) byKey.set(spec.key, spec.ours);
  return specs.map((spec) => {
    let reference = spec.reference;
    let note = spec.note;
    if (reference === null && spec.referenceKey !== undefined) {
      reference = byKey.get(spec.referenceKey) ?? null;
      if (reference === null) {
        const missing = `reference ${spec.referenceKey} was not measured in this run`;
        note = note === undefined ? missing : `${note}; ${missing}`;
      }
    }
    const ratio = ratioOf(spec.ours, reference);
    const target = spec.target === undefined ? null : { text: spec.target.text, met: evaluate(spec.target, spec.ours, ratio, quick) };
    return {
      case: spec.case,
      name: spec.name,
      ours: spec.ours,
      reference,
      ratio,
      target,
      ...(note === undefined ? {} : { note }),
    };
  });
}
