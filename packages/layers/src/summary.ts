import type { Variable } from '@lamina/core-tensor';
import { formatShape } from './shape.js';
import type { Layer } from './layer.js';
import type { Shape } from './shape.js';

// Keras 2's print_summary layout: 65 characters, columns ending at 45%, 85%, 100%.
const LINE = 65;
const POSITIONS = [29, 55, 65];

// Keras's print_row: each cell is cut to its column (2 spaces between columns)
// and what does not fit continues on the next line.
function row(fields: string[]): string[] {
  const left = [...fields];
  const lines: string[] = [];
  while (left.some((f) => f.length > 0)) {
    let line = ' ';
    left.forEach((field, col) => {
      const start = col === 0 ? 1 : POSITIONS[col - 1]!;
      const space = col === POSITIONS.length - 1 ? 0 : 2;
      const cutoff = POSITIONS[col]! - start - space;
      line += field.slice(0, cutoff);
      left[col] = field.slice(cutoff);
      line = line.padEnd(POSITIONS[col]!, ' ');
    });
    lines.push(line);
  }
  return lines;
}

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8, string: 0 };

// Keras's readable_memory_size: powers of 1024, two decimals.
function memory(variables: readonly Variable[]): string {
  let size = variables.reduce((n, v) => n + v.size * (BYTES[v.dtype] ?? 4), 0);
  for (const unit of ['Byte', 'KB', 'MB', 'GB', 'TB']) {
    if (size / 1024 < 1 || unit === 'TB') return `${size.toFixed(2)} ${unit}`;
    size /= 1024;
  }
  return `${size.toFixed(2)} PB`;
}

const count = (variables: readonly Variable[]): number => variables.reduce((n, v) => n + v.size, 0);

/**
 * The text of `Sequential.summary()`: one row per use of a layer. A variable's
 * parameters are counted at its first use; later uses show `0` and say
 * whether the layer is reused or shares another layer's variables.
 */
export function summarize(model: Layer, stack: readonly Layer[], inputShape: Shape): string {
  const out: string[] = [`Model: "${model.name}"`, '_'.repeat(LINE), ...row(['Layer (type)', 'Output Shape', 'Param #']), '='.repeat(LINE)];
  const owner = new Map<Variable, Layer>();
  const uses = new Map<Layer, number>();
  let shape = inputShape;
  stack.forEach((layer) => {
    shape = layer.computeOutputShape(shape);
    uses.set(layer, (uses.get(layer) ?? 0) + 1);
    const fresh = layer.weights.filter((v) => !owner.has(v));
    for (const v of fresh) owner.set(v, layer);
    out.push(...row([`${layer.name} (${layer.className})`, formatShape(shape), String(count(fresh))]));
    if (fresh.length === 0 && layer.weights.length > 0) {
      // Marked on a line of its own so the Param # column keeps Keras's width.
      const first = owner.get(layer.weights[0]!)!;
      out.push(...row([first === layer ? `  (use ${uses.get(layer)} of ${layer.name})` : `  (shares ${first.name})`, '', '']));
    }
    out.push(' '.repeat(LINE));
  });
  const trainable = model.trainableWeights;
  const frozen = model.nonTrainableWeights;
  out.push(
    '='.repeat(LINE),
    `Total params: ${count(trainable) + count(frozen)} (${memory([...trainable, ...frozen])})`,
    `Trainable params: ${count(trainable)} (${memory(trainable)})`,
    `Non-trainable params: ${count(frozen)} (${memory(frozen)})`,
  );
  const notes: string[] = [];
  for (const [layer, n] of uses) {
    const other = layer.weights.map((v) => owner.get(v)).find((o) => o !== layer);
    if (n > 1) notes.push(`${layer.name} (${n} uses)`);
    else if (other !== undefined) notes.push(`${layer.name} (shares ${other.name})`);
  }
  if (notes.length > 0) out.push(`Shared parameters, counted once: ${notes.join(', ')}`);
  out.push('_'.repeat(LINE));
  return out.join('\n');
}
