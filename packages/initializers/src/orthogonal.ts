import { InvalidArgumentError, fillNormal, formatValue, randomStream, requireBackend, tensor } from '@lamina/core-tensor';
import { builtin } from './builtin.js';
import { checkCall, checkOptions, finite, seedOption } from './options.js';
import { orthonormalQ } from './qr.js';
import type { BuiltinInitializer, SeedOption } from './types.js';

/**
 * Options of {@link orthogonal}.
 *
 * @example
 * ```ts
 * import { orthogonal } from '@lamina/initializers';
 * orthogonal({ gain: 2, seed: 1 });
 * ```
 */
export interface OrthogonalOptions {
  /** Multiplier of the orthogonal matrix (default 1). */
  readonly gain?: number;
  /** Integer seed; omitted or null uses the global stream. */
  readonly seed?: SeedOption;
}

/**
 * Config of {@link orthogonal}.
 *
 * @example
 * ```ts
 * import { orthogonal } from '@lamina/initializers';
 * console.log(orthogonal().getConfig()); // → { gain: 1, seed: null }
 * ```
 */
export interface OrthogonalConfig {
  gain: number;
  seed: SeedOption;
}

/**
 * Initializer producing an orthogonal matrix (Keras `Orthogonal`; Saxe et
 * al., 2014): Q of the QR decomposition of a standard normal matrix, times
 * sign(diag R), times `gain`. A shape of rank > 2 is treated as a matrix of
 * (product of all but the last dimension) rows and (last dimension) columns,
 * then reshaped. With more rows than columns the columns are orthonormal,
 * otherwise the rows are.
 *
 * @example
 * ```ts
 * import { tfjs } from '@lamina/core-tensor';
 * import { orthogonal } from '@lamina/initializers';
 * const w = orthogonal({ gain: 1, seed: 3 })([64, 64]);
 * const error = tfjs.matMul(w, w, true).sub(tfjs.eye(64)).abs().max(); // wᵀw = I
 * console.log((error.arraySync() as number) < 1e-5); // → true
 * ```
 */
export function orthogonal(options?: OrthogonalOptions): BuiltinInitializer<OrthogonalConfig> {
  checkOptions(options, 'Orthogonal');
  const c: OrthogonalConfig = {
    gain: finite(options?.gain ?? 1, 'gain', 'Orthogonal'),
    seed: seedOption(options?.seed, 'Orthogonal'),
  };
  return builtin('Orthogonal', c, (shape, dtype) => {
    const size = checkCall(shape, dtype, 'random', 'Orthogonal');
    if (shape.length < 2) {
      throw new InvalidArgumentError(
        `Orthogonal: the shape to initialize must be at least two-dimensional. Received: shape=${formatValue(shape)} of rank ${shape.length}`,
      );
    }
    const cols = shape.at(-1)!;
    const rows = cols === 0 ? 0 : size / cols;
    // Fail before drawing, so a missing backend does not advance the global stream.
    requireBackend();
    const out = new Float32Array(size);
    if (size > 0) {
      const m = Math.max(rows, cols);
      const n = Math.min(rows, cols);
      // Keras draws the flat m×n normal matrix in the weight's dtype (float32).
      const a32 = new Float32Array(m * n);
      fillNormal(a32, randomStream(c.seed ?? undefined), 0, 1);
      // Row-major m×n draws into column-major storage for the QR.
      const a = new Float64Array(m * n);
      for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) a[j * m + i] = a32[i * n + j]!;
      const q = orthonormalQ(a, m, n);
      // Row-major result: Q (rows >= cols) or Qᵀ (rows < cols), times gain.
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          out[i * cols + j] = c.gain * (rows >= cols ? q[j * m + i]! : q[i * m + j]!);
        }
      }
    }
    return tensor(out, [...shape], 'float32');
  });
}
