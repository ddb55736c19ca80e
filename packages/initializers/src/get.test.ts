import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, fill, memory, registerBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import * as init from './index.js';
import { UnknownInitializerError, get, serialize } from './index.js';
import type { Initializer } from './index.js';

beforeAll(() => registerBackend(cpu()));

// Keras class name -> the spellings users write: Keras snake_case, tfjs camelCase, PascalCase.
const NAMES: Array<[string, string, string]> = [
  ['Zeros', 'zeros', 'zeros'],
  ['Ones', 'ones', 'ones'],
  ['Constant', 'constant', 'constant'],
  ['RandomNormal', 'random_normal', 'randomNormal'],
  ['RandomUniform', 'random_uniform', 'randomUniform'],
  ['TruncatedNormal', 'truncated_normal', 'truncatedNormal'],
  ['VarianceScaling', 'variance_scaling', 'varianceScaling'],
  ['GlorotNormal', 'glorot_normal', 'glorotNormal'],
  ['GlorotUniform', 'glorot_uniform', 'glorotUniform'],
  ['HeNormal', 'he_normal', 'heNormal'],
  ['HeUniform', 'he_uniform', 'heUniform'],
  ['LecunNormal', 'lecun_normal', 'lecunNormal'],
  ['LecunUniform', 'lecun_uniform', 'lecunUniform'],
  ['Orthogonal', 'orthogonal', 'orthogonal'],
  ['Identity', 'identity', 'identity'],
];

describe('get', () => {
  it.each(NAMES)('%s resolves from every spelling', (className, snake, camel) => {
    for (const name of [className, snake, camel]) {
      const i = get(name);
      expect(typeof i).toBe('function');
      expect(i.className).toBe(className);
    }
    // The factory of the same (camelCase) name exists and agrees.
    const factory = (init as unknown as Record<string, (o?: object) => { className: string }>)[camel]!;
    expect(factory(className === 'Constant' ? {} : undefined).className).toBe(className);
  });

  it.each([
    ['normal', 'RandomNormal'],
    ['uniform', 'RandomUniform'],
    ['one', 'Ones'],
    ['zero', 'Zeros'],
  ])('Keras alias %s -> %s', (alias, className) => {
    expect(get(alias).className).toBe(className);
  });

  it('gives the Keras defaults for a name', () => {
    expect(get('random_normal').getConfig()).toEqual({ mean: 0, stddev: 0.05, seed: null });
    expect(get('variance_scaling').getConfig()).toEqual({ scale: 1, mode: 'fanIn', distribution: 'truncatedNormal', seed: null });
  });

  it('returns a function as is, built-in or custom', () => {
    const mine: Initializer = (shape, dtype) => fill([...shape], 7, dtype);
    expect(get(mine)).toBe(mine);
    const g = init.glorotUniform();
    expect(get(g)).toBe(g);
  });

  it('rebuilds { className, config }, also in Keras 3 JSON form (class_name)', () => {
    const a = get({ className: 'RandomUniform', config: { minval: 0, maxval: 2, seed: 3 } });
    expect(a.getConfig()).toEqual({ minval: 0, maxval: 2, seed: 3 });
    const b = get({ class_name: 'GlorotUniform', config: { seed: null } } as never);
    expect(b.className).toBe('GlorotUniform');
    expect(get({ className: 'zeros' }).className).toBe('Zeros');
  });

  it('suggests the closest names for a typo', () => {
    let error: unknown;
    try {
      get('glorot_unifrom');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownInitializerError);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    const e = error as UnknownInitializerError;
    expect(e.suggestions[0]).toBe('glorot_uniform');
    expect(e.suggestions).toContain('glorot_normal');
    expect(e.message).toMatch(/^get: unknown initializer 'glorot_unifrom'\. Did you mean 'glorot_uniform', /);
    expect(e.message).toMatch(/Valid names .*: zeros, ones, constant, random_normal/);
    expect(() => get('HeNorml')).toThrow(/Did you mean 'he_normal'/);
    expect(() => get('xavier')).toThrow(UnknownInitializerError);
    expect(() => get({ className: 'Orthogonl' })).toThrow(/Did you mean 'orthogonal'/);
  });

  it.each([
    [42, /get: an initializer identifier must be a name, a function or \{ className, config \}\. Received: 42/],
    [null, /Received: null/],
    [{ config: {} }, /get: a serialized initializer needs a string className\. Received: className=undefined/],
    [{ className: 'RandomNormal', config: { stdev: 1 } }, /get: RandomNormal has no option 'stdev'; its config keys are 'mean', 'stddev', 'seed'/],
    [{ className: 'Zeros', config: 3 }, /get: config of Zeros must be an object/],
    [{ className: 'RandomNormal', config: { stddev: -1 } }, /RandomNormal: stddev must be >= 0/],
  ])('rejects %j with a typed error', (id, message) => {
    const before = memory().numTensors;
    expect(() => get(id as never)).toThrow(InvalidArgumentError);
    expect(() => get(id as never)).toThrow(message);
    expect(memory().numTensors).toBe(before);
  });
});

describe('serialize', () => {
  const builtins = [
    init.zeros(),
    init.ones(),
    init.constant(0),
    init.randomNormal({ mean: 1, stddev: 0, seed: 4 }),
    init.randomUniform({ minval: 0, maxval: 1, seed: 4 }),
    init.truncatedNormal({ stddev: 2, seed: 4 }),
    init.varianceScaling({ scale: 0.5, mode: 'fan_out', distribution: 'uniform', seed: 4 }),
    init.glorotNormal({ seed: 4 }),
    init.glorotUniform({ seed: 4 }),
    init.heNormal({ seed: 4 }),
    init.heUniform({ seed: 4 }),
    init.lecunNormal({ seed: 4 }),
    init.lecunUniform({ seed: 4 }),
    init.orthogonal({ gain: 0.5, seed: 4 }),
    init.identity({ gain: 2 }),
  ];

  it('covers every built-in', () => {
    expect(builtins.map((b) => b.className)).toEqual(NAMES.map((n) => n[0]));
  });

  it.each(builtins.map((b) => [b.className, b] as const))('%s: serialize -> JSON -> get gives the same config and values', (_, b) => {
    const s = serialize(b);
    expect(s).toEqual({ className: b.className, config: b.getConfig() });
    const again = get(JSON.parse(JSON.stringify(s)) as init.SerializedInitializer);
    expect(again.className).toBe(b.className);
    expect(again.getConfig()).toEqual(b.getConfig());
    const x = b([4, 6]);
    const y = again([4, 6]);
    expect(Array.from(y.dataSync())).toEqual(Array.from(x.dataSync()));
    x.dispose();
    y.dispose();
  });

  it('getConfig returns a copy', () => {
    const b = init.randomNormal({ stddev: 1 });
    (b.getConfig() as { stddev: number }).stddev = 5;
    expect(b.getConfig().stddev).toBe(1);
  });

  it('refuses a custom function', () => {
    const mine: Initializer = (shape) => fill([...shape], 1);
    expect(() => serialize(mine)).toThrow(InvalidArgumentError);
    expect(() => serialize(mine)).toThrow(/serialize: only built-in initializers .* Received: function mine/);
  });
});
