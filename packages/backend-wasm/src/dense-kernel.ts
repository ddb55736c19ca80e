import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs-core';
import type { DENSE_KERNEL, DenseKernelAttrs, PluginKernel } from '@lamina/core-tensor';
import type { EmscriptenModule } from './host.js';

// core-tensor's constant, spelled out: the annotation keeps the two equal.
const KERNEL_NAME: typeof DENSE_KERNEL = 'LaminaDense';

// tfjs-backend-wasm's FusableActivation codes (cc/fusable_activations.h).
const ACTIVATION_CODES: Readonly<Record<DenseKernelAttrs['activation'], number>> = {
  linear: 0,
  relu: 1,
  sigmoid: 5,
  elu: 6,
};

// The module's exported _FusedMatMul (XNNPACK), wrapped once per module.
type FusedMatMul = (...args: (number | Uint8Array)[]) => void;
const wrapped = new WeakMap<object, FusedMatMul>();

function fusedMatMul(backend: BackendWasm): FusedMatMul {
  let f = wrapped.get(backend.wasm);
  if (f === undefined) {
    const module = backend.wasm as unknown as EmscriptenModule;
    f = module.cwrap('_FusedMatMul', null, [
      'number', 'array', 'number', // a: id, shape bytes, rank
      'number', 'array', 'number', // b: id, shape bytes, rank
      'number', 'number', // transposeA, transposeB
      'number', 'number', 'number', 'number', // activation, bias id, prelu id, leaky-relu alpha
      'number', // out id
    ]) as unknown as FusedMatMul;
    wrapped.set(backend.wasm, f);
  }
  return f;
}

function shapeBytes(shape: readonly number[]): Uint8Array {
  return new Uint8Array(new Int32Array(shape).buffer);
}

function required(inputs: NamedTensorInfoMap, name: string): TensorInfo {
  const t = inputs[name];
  if (t === undefined) throw new Error(`${KERNEL_NAME}: missing input '${name}'`);
  return t;
}

/**
 * `DENSE_KERNEL` for tfjs's wasm backend: the same XNNPACK fused matMul that
 * tfjs's `_FusedMatMul` kernel runs, called with the rank-2 operands viewed
 * as one batch, so a `Dense` layer needs no reshape kernels around it.
 */
export const denseKernel: PluginKernel = {
  kernelName: KERNEL_NAME,
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasmBackend = backend as BackendWasm;
    const x = required(inputs, 'x');
    const kernel = required(inputs, 'kernel');
    const bias = inputs['bias'];
    const m = x.shape[0]!;
    const k = x.shape[1]!;
    const n = kernel.shape[1]!;
    const activation = (attrs?.['activation'] ?? 'linear') as DenseKernelAttrs['activation'];
    const ids = wasmBackend.dataIdMap;
    const out = wasmBackend.makeOutput([m, n], 'float32');
    fusedMatMul(wasmBackend)(
      ids.get(x.dataId)!.id, shapeBytes([1, m, k]), 3,
      ids.get(kernel.dataId)!.id, shapeBytes([1, k, n]), 3,
      0, 0,
      ACTIVATION_CODES[activation], bias === undefined ? 0 : ids.get(bias.dataId)!.id, 0, 0,
      ids.get(out.dataId)!.id,
    );
    return out;
  },
};
