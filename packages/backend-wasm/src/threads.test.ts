import { describe, expect, it } from 'vitest';
import {
  BackendError,
  getBackend,
  listBackends,
  registerBackend,
  resetBackendsForTesting,
  setBackend,
  tfjs,
} from '@lamina/core-tensor';
import { describeWasmRuntime, wasm } from '@lamina/backend-wasm';

// One thread count per process: this file starts wasm with 2 threads.
describe('wasm({ threads: 2 }) in Node.js', () => {
  it('runs a pool of exactly 2 threads, measured from the running module', async () => {
    const plugin = wasm({ threads: 2 });
    registerBackend(plugin);
    const info = await setBackend('wasm');
    expect(info).toEqual({ name: 'wasm', threads: 2, simd: true });
    expect(getBackend()).toEqual(info);
    const runtime = describeWasmRuntime();
    expect(runtime).toMatchObject({
      build: 'threaded-simd',
      threads: 2,
      poolThreads: 2, // XNNPACK's own count, read back through get_threads_count
      pthreadWorkers: 1, // the calling thread is the pool's first thread
      idleWorkers: 0, // the 8 pre-created workers were trimmed to what the pool uses
      simd: true,
    });
    expect(runtime?.wasmLocation).toMatch(/tfjs-backend-wasm-threaded-simd\.wasm$/);
  });

  it('rejects another thread count once wasm has started, with a clear message', () => {
    expect(() => registerBackend(wasm({ threads: 1 }))).toThrow(BackendError);
    expect(() => registerBackend(wasm({ threads: 1 }))).toThrow(
      `registerBackend: backend 'wasm' already started with options {"threads":2,"simd":true}; ` +
        'it cannot be replaced by one with options {"threads":1,"simd":true}.',
    );
    // Nothing changed.
    expect(getBackend()).toEqual({ name: 'wasm', threads: 2, simd: true });
    expect(listBackends()).toEqual([{ name: 'wasm', threads: 2, simd: true }]);
  });

  it('leaves no process-wide handlers and no global Worker behind', () => {
    // The Emscripten glue adds rethrowing 'uncaughtException'/'unhandledRejection'
    // handlers and sets global.Worker in Node.js; the plugin removes them.
    const glueHandler = (l: unknown) => String(l).includes('ExitStatus') || String(l).includes('throw reason');
    expect(process.listeners('uncaughtException').filter(glueHandler)).toEqual([]);
    expect(process.listeners('unhandledRejection').filter(glueHandler)).toEqual([]);
    expect('Worker' in globalThis).toBe(false);
  });

  it('measures threads from the module, not from the options: after dispose it reports 1', () => {
    const plugin = wasm({ threads: 2 });
    const backend = tfjs.engine().findBackend('wasm')!;
    expect(describeWasmRuntime(backend)?.threads).toBe(2);
    // Disposing the tfjs backend terminates its pthread workers.
    resetBackendsForTesting();
    expect(describeWasmRuntime(backend)).toMatchObject({ threads: 1, pthreadWorkers: 0 });
    expect(describeWasmRuntime({} as never)).toBeUndefined();
    // A plugin asked for 2 threads, yet its info() reports what the module now runs.
    expect(plugin.info(backend)).toEqual({ name: 'wasm', threads: 1, simd: true });
    expect(() => plugin.info({} as never)).toThrow('info() was given a backend that wasm() did not create');
  });

  it('starts again, with another thread count, after resetBackendsForTesting', async () => {
    registerBackend(wasm({ threads: 3 }));
    expect(await setBackend('wasm')).toEqual({ name: 'wasm', threads: 3, simd: true });
    expect(describeWasmRuntime()).toMatchObject({ poolThreads: 3, pthreadWorkers: 2, idleWorkers: 0 });
    const product = tfjs.tidy(() =>
      Array.from(tfjs.matMul(tfjs.tensor2d([[1, 2], [3, 4]]), tfjs.tensor2d([[5, 6], [7, 8]])).dataSync()),
    );
    expect(product).toEqual([19, 22, 43, 50]);
  });
});
