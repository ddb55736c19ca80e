// Child process for exit.test.ts: starts wasm with the thread count in argv,
// runs one matMul and returns from the module without calling process.exit.
// The parent checks that the process ends by itself.
import { matMul, randomUniform, registerBackend, setBackend, toNDArray } from '@lamina/core-tensor';
import { describeWasmRuntime, wasm } from '@lamina/backend-wasm';

const threads = Number(process.argv[2] ?? '2');
registerBackend(wasm({ threads }));
const info = await setBackend('wasm');
const a = randomUniform([128, 128], 0, 1, 'float32', 1);
const product = toNDArray(matMul(a, a));
process.stdout.write(`${JSON.stringify({ info, runtime: describeWasmRuntime(), first: product.data[0] })}\n`);
