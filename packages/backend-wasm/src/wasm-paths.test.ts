import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BackendError,
  add,
  getBackend,
  memory,
  registerBackend,
  setBackend,
  tensor,
  tfjs,
  toNDArray,
} from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { WasmFileError, wasm } from '@lamina/backend-wasm';

const corruptDir = mkdtempSync(join(tmpdir(), 'lamina-wasm-test-'));
afterAll(() => rmSync(corruptDir, { recursive: true, force: true }));

async function startFailure(): Promise<BackendError> {
  const error = await setBackend('wasm').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

describe('wasmPaths pointing at the wrong place', () => {
  it('names the missing path in a typed error, and cpu keeps working', async () => {
    registerBackend(cpu());
    await setBackend('cpu');
    const before = tensor([1, 2, 3]);
    const numTensors = memory().numTensors;

    registerBackend(wasm({ threads: 2, wasmPaths: '/no/such/folder' }));
    const error = await startFailure();
    const expectedPath = '/no/such/folder/tfjs-backend-wasm-threaded-simd.wasm';
    expect(error.message).toContain(`cannot read the WebAssembly binary at '${expectedPath}'`);
    expect(error.message).toContain('ENOENT');
    expect(error.cause).toBeInstanceOf(WasmFileError);
    expect((error.cause as WasmFileError).path).toBe(expectedPath);

    // Nothing changed: cpu is still current, tensors work, nothing leaked.
    expect(getBackend().name).toBe('cpu');
    expect(memory().numTensors).toBe(numTensors);
    await setBackend('cpu');
    expect(Array.from(toNDArray(add(before, before)).data)).toEqual([2, 4, 6]);
    expect(tfjs.getBackend()).toBe('cpu');
  });

  it('reports a corrupt .wasm file as not a valid WebAssembly binary', async () => {
    writeFileSync(join(corruptDir, 'tfjs-backend-wasm-simd.wasm'), 'this is not wasm');
    registerBackend(wasm({ threads: 1, wasmPaths: `${corruptDir}/` }));
    const error = await startFailure();
    const path = join(corruptDir, 'tfjs-backend-wasm-simd.wasm');
    expect(error.message).toContain(`'${path}' is not a valid WebAssembly binary`);
    expect((error.cause as WasmFileError).path).toBe(path);
    expect(getBackend().name).toBe('cpu');
  });

  it('reports a wasmPaths map that lacks the needed file', async () => {
    registerBackend(wasm({ threads: 1, wasmPaths: { 'tfjs-backend-wasm.wasm': '/x.wasm' } }));
    const error = await startFailure();
    expect(error.message).toContain("the wasmPaths map has no entry for 'tfjs-backend-wasm-simd.wasm'");
  });

  it('can still start wasm after a failed attempt, once the path is right', async () => {
    registerBackend(wasm({ threads: 1 }));
    expect(await setBackend('wasm')).toEqual({ name: 'wasm', threads: 1, simd: true });
    expect(Array.from(toNDArray(add(tensor([1]), tensor([2]))).data)).toEqual([3]);
    await setBackend('cpu');
    expect(getBackend().name).toBe('cpu');
  });
});
