import { beforeAll, describe, expect, it } from 'vitest';
import {
  LaminaError,
  memory,
  mul,
  randomUniform,
  registerBackend,
  tensor,
  tfjs,
  tidy,
  zeros as zerosOp,
} from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { InitializerResultError, callInitializer, get, glorotUniform } from './index.js';
import type { Initializer } from './index.js';

beforeAll(() => registerBackend(cpu()));

describe('a custom (shape, dtype) => Tensor function', () => {
  // The seed chapter's my_init: uniform in [-10, 10), then zero where |w| < 5.
  const myInit: Initializer = (shape) =>
    tidy(() => {
      const data = randomUniform(shape, -10, 10);
      return mul(data, tfjs.cast(tfjs.greaterEqual(tfjs.abs(data), 5), 'float32'));
    });

  it('works unchanged through get and callInitializer, leaking nothing', () => {
    const before = memory().numTensors;
    const t = callInitializer(get(myInit), [20, 30], 'float32', 'dense/kernel');
    expect([t.shape, t.dtype]).toEqual([[20, 30], 'float32']);
    const v = Array.from(t.dataSync());
    expect(v.every((x) => x === 0 || (Math.abs(x) >= 5 && x >= -10 && x < 10))).toBe(true);
    expect(v.filter((x) => x === 0).length).toBeGreaterThan(200);
    t.dispose();
    expect(memory().numTensors).toBe(before);
  });

  it('callInitializer passes built-ins through and defaults to float32', () => {
    const t = callInitializer(glorotUniform({ seed: 1 }), [3, 4]);
    expect([t.shape, t.dtype]).toEqual([[3, 4], 'float32']);
    t.dispose();
  });
});

describe('callInitializer rejects a wrong result, disposing it', () => {
  it.each([
    [
      'wrong shape',
      function badShape(): ReturnType<Initializer> {
        return zerosOp([3]);
      },
      /callInitializer: initializer badShape \(for dense\/kernel\) must return shape \[2, 2\] and dtype 'float32'\. Received: shape=\[3\], dtype='float32'/,
    ],
    [
      'wrong dtype',
      function badDtype(): ReturnType<Initializer> {
        return tensor([1, 2, 3, 4], [2, 2], 'int32');
      },
      /initializer badDtype \(for dense\/kernel\) must return shape \[2, 2\] and dtype 'float32'\. Received: shape=\[2, 2\], dtype='int32'/,
    ],
    [
      'not a tensor',
      function notTensor(): ReturnType<Initializer> {
        return [[0, 0], [0, 0]] as never;
      },
      /initializer notTensor \(for dense\/kernel\) must return a Tensor of shape \[2, 2\] and dtype 'float32'\. Received: \[\[0, 0\], \[0, 0\]\]/,
    ],
    [
      'a disposed tensor',
      function disposed(): ReturnType<Initializer> {
        const t = zerosOp([2, 2]);
        t.dispose();
        return t;
      },
      /initializer disposed \(for dense\/kernel\) returned a disposed tensor/,
    ],
  ])('%s', (_, fn, message) => {
    const before = memory().numTensors;
    let error: unknown;
    try {
      callInitializer(fn as Initializer, [2, 2], 'float32', 'dense/kernel');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InitializerResultError);
    expect(error).toBeInstanceOf(LaminaError);
    expect((error as Error).message).toMatch(message);
    expect(memory().numTensors).toBe(before);
  });

  it('names a built-in by class and an anonymous function as such', () => {
    expect(() => callInitializer(get('zeros'), [2], 'bool' as never)).toThrow(/Zeros: dtype must be/);
    const anon = ((): Initializer => () => zerosOp([1]))();
    Object.defineProperty(anon, 'name', { value: '' });
    expect(() => callInitializer(anon, [2])).toThrow(/initializer \(anonymous\) must return/);
  });

  it('leaves tensor count unchanged over repeated good and bad calls', () => {
    const before = memory().numTensors;
    for (let i = 0; i < 5; i++) {
      callInitializer(glorotUniform(), [4, 4]).dispose();
      expect(() => callInitializer(() => zerosOp([5]), [4, 4])).toThrow(InitializerResultError);
    }
    expect(memory().numTensors).toBe(before);
  });
});
