import { constant, ones, zeros } from './constant.js';
import { identity } from './identity.js';
import { orthogonal } from './orthogonal.js';
import { glorotNormal, glorotUniform, heNormal, heUniform, lecunNormal, lecunUniform } from './presets.js';
import { randomNormal, randomUniform, truncatedNormal } from './random.js';
import type { BuiltinInitializer } from './types.js';
import { varianceScaling } from './variance-scaling.js';

/** One built-in: its Keras snake_case name, config keys and factory. */
export interface RegistryEntry {
  readonly className: string;
  readonly kerasName: string;
  readonly keys: readonly string[];
  readonly make: (config: Record<string, unknown>) => BuiltinInitializer<object>;
}

// Factories validate their options, so configs pass through untyped here.
type Loose<F> = F extends (options?: infer O) => infer R ? (options: Record<string, unknown>) => R : never;
const loose = <F>(f: F): Loose<F> => f as unknown as Loose<F>;

/** Every built-in, in the order Keras's docs list them. */
export const ENTRIES: readonly RegistryEntry[] = [
  { className: 'Zeros', kerasName: 'zeros', keys: [], make: () => zeros() },
  { className: 'Ones', kerasName: 'ones', keys: [], make: () => ones() },
  { className: 'Constant', kerasName: 'constant', keys: ['value'], make: (c) => constant(c as { value?: number }) },
  { className: 'RandomNormal', kerasName: 'random_normal', keys: ['mean', 'stddev', 'seed'], make: loose(randomNormal) },
  { className: 'RandomUniform', kerasName: 'random_uniform', keys: ['minval', 'maxval', 'seed'], make: loose(randomUniform) },
  { className: 'TruncatedNormal', kerasName: 'truncated_normal', keys: ['mean', 'stddev', 'seed'], make: loose(truncatedNormal) },
  {
    className: 'VarianceScaling',
    kerasName: 'variance_scaling',
    keys: ['scale', 'mode', 'distribution', 'seed'],
    make: loose(varianceScaling),
  },
  { className: 'GlorotNormal', kerasName: 'glorot_normal', keys: ['seed'], make: loose(glorotNormal) },
  { className: 'GlorotUniform', kerasName: 'glorot_uniform', keys: ['seed'], make: loose(glorotUniform) },
  { className: 'HeNormal', kerasName: 'he_normal', keys: ['seed'], make: loose(heNormal) },
  { className: 'HeUniform', kerasName: 'he_uniform', keys: ['seed'], make: loose(heUniform) },
  { className: 'LecunNormal', kerasName: 'lecun_normal', keys: ['seed'], make: loose(lecunNormal) },
  { className: 'LecunUniform', kerasName: 'lecun_uniform', keys: ['seed'], make: loose(lecunUniform) },
  { className: 'Orthogonal', kerasName: 'orthogonal', keys: ['gain', 'seed'], make: loose(orthogonal) },
  { className: 'Identity', kerasName: 'identity', keys: ['gain'], make: loose(identity) },
];

/** Keras's short aliases (keras/src/initializers/__init__.py). */
export const ALIASES: Readonly<Record<string, string>> = {
  normal: 'RandomNormal',
  uniform: 'RandomUniform',
  one: 'Ones',
  zero: 'Zeros',
};
