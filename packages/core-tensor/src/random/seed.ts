import { InvalidArgumentError, formatValue } from '../errors.js';
import { PhiloxStream } from './philox.js';

interface SeedState {
  global: number | undefined;
  opCounter: number;
}
const KEY = Symbol.for('@lamina/core-tensor/seed');
const state: SeedState = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
  global: undefined,
  opCounter: 0,
}) as SeedState;

/**
 * Throws unless `seed` is a safe integer; `where` names the caller.
 *
 * @example
 * ```ts
 * import { InvalidArgumentError, validateSeed } from '@lamina/core-tensor';
 * validateSeed(42, 'myOp'); // passes
 * try { validateSeed(0.5, 'myOp'); } catch (e) {
 *   if (e instanceof InvalidArgumentError) console.log(e.message);
 *   // → myOp: seed must be an integer between -(2^53-1) and 2^53-1. Received: seed=0.5
 * }
 * ```
 */
export function validateSeed(seed: unknown, where: string): asserts seed is number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError(
      `${where}: seed must be an integer between -(2^53-1) and 2^53-1. Received: seed=${formatValue(seed)}`,
    );
  }
}

function split(seed: number): [number, number] {
  const lo = ((seed % 4294967296) + 4294967296) % 4294967296;
  const hi = Math.floor(seed / 4294967296);
  return [lo >>> 0, hi >>> 0];
}

/**
 * Sets the global seed. Afterwards every random op and every initializer
 * without an explicit seed draws a reproducible sequence, identical on every
 * backend (values are generated on the host by Philox4x32-10).
 *
 * @example
 * ```ts
 * import { setSeed, randomUniform } from '@lamina/core-tensor';
 * setSeed(42);
 * const a = randomUniform([3]);
 * setSeed(42);
 * const b = randomUniform([3]);
 * console.log(a.dataSync().join() === b.dataSync().join()); // → true
 * ```
 */
export function setSeed(seed: number): void {
  validateSeed(seed, 'setSeed');
  state.global = seed;
  state.opCounter = 0;
}

/**
 * The global seed, or `undefined` when none was set.
 *
 * @example
 * ```ts
 * import { getSeed, setSeed } from '@lamina/core-tensor';
 * setSeed(42);
 * console.log(getSeed()); // → 42
 * ```
 */
export function getSeed(): number | undefined {
  return state.global;
}

function entropy(): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues !== undefined) return c.getRandomValues(new Uint32Array(1))[0]!;
  return Math.floor(Math.random() * 4294967296);
}

/**
 * Opens the stream one random op draws from. With an explicit `seed` the
 * stream depends on the seed alone; without one it is the next stream of the
 * global seed (stream id = op counter), or fresh entropy when no global seed
 * is set.
 *
 * @example
 * ```ts
 * import { randomStream } from '@lamina/core-tensor';
 * const s = randomStream(7);
 * s.nextU32();
 * ```
 */
export function randomStream(seed?: number): PhiloxStream {
  if (seed !== undefined) {
    validateSeed(seed, 'randomStream');
    const [k0, k1] = split(seed);
    return new PhiloxStream(k0, k1, 0, 0);
  }
  if (state.global !== undefined) {
    const [k0, k1] = split(state.global);
    state.opCounter += 1;
    return new PhiloxStream(k0, k1, state.opCounter, 1);
  }
  return new PhiloxStream(entropy(), entropy(), entropy(), 2);
}

/**
 * Runs `fn` as if `setSeed(seed)` had just been called, then puts the global
 * seed and its stream position back: a seeded draw in the middle of a program
 * does not disturb the draws around it.
 *
 * @example
 * ```ts
 * import { withSeed, randomUniform } from '@lamina/core-tensor';
 * const a = withSeed(7, () => randomUniform([3]));
 * const b = withSeed(7, () => randomUniform([3]));
 * console.log(a.dataSync().join() === b.dataSync().join()); // → true
 * ```
 */
export function withSeed<T>(seed: number, fn: () => T): T {
  validateSeed(seed, 'withSeed');
  const saved = { global: state.global, opCounter: state.opCounter };
  state.global = seed;
  state.opCounter = 0;
  try {
    return fn();
  } finally {
    state.global = saved.global;
    state.opCounter = saved.opCounter;
  }
}
