import { getBackend, randomUniform, type BackendInfo } from '@lamina/core-tensor';
import { Dense, Flatten, Sequential } from '@lamina/layers';

/** One row of the benchmark table. */
export interface BenchRow {
  readonly backend: BackendInfo;
  readonly batch: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly runs: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * Times forward passes of the chapter's MLP on the current backend: a few
 * warm-up calls, then up to `maxRuns` timed ones within `budgetMs`, each
 * waiting for the result to reach the host (`await data()`).
 *
 * @example
 * ```ts
 * const row = await benchMlp(2);
 * console.log(row.medianMs);
 * ```
 */
export async function benchMlp(batch: number, maxRuns = 50, budgetMs = 1500): Promise<BenchRow> {
  const net = new Sequential([new Flatten(), new Dense(256, { activation: 'relu' }), new Dense(10)]);
  const X = randomUniform([batch, 20]);
  try {
    const once = async (): Promise<number> => {
      const t0 = performance.now();
      const y = net.predict(X);
      await y.data();
      y.dispose();
      return performance.now() - t0;
    };
    for (let i = 0; i < 3; i++) await once();
    const times: number[] = [];
    const start = performance.now();
    while (times.length < maxRuns && performance.now() - start < budgetMs) times.push(await once());
    times.sort((a, b) => a - b);
    return { backend: getBackend(), batch, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9), runs: times.length };
  } finally {
    X.dispose();
    net.dispose();
  }
}

/**
 * Appends a row to the benchmark table.
 *
 * @example
 * ```ts
 * appendRow(document.querySelector('#bench-table tbody')!, row);
 * ```
 */
export function appendRow(body: HTMLElement, row: BenchRow): void {
  const tr = document.createElement('tr');
  const cells = [
    row.backend.name,
    String(row.backend.threads),
    String(row.batch),
    `${row.medianMs.toFixed(2)} ms`,
    `${row.p90Ms.toFixed(2)} ms`,
    String(row.runs),
  ];
  for (const text of cells) {
    const td = document.createElement('td');
    td.textContent = text;
    tr.append(td);
  }
  body.append(tr);
}
