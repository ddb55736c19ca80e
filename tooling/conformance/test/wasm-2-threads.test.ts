import { registerBackend, setBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { wasm } from '@lamina/backend-wasm';
import { runConformance } from '../src/index.js';

runConformance({
  label: 'wasm ×2',
  start: async () => {
    registerBackend(cpu());
    registerBackend(wasm({ threads: 2 }));
    return setBackend('wasm');
  },
  expectInfo: { name: 'wasm', threads: 2, simd: true },
  compareWith: 'cpu',
});
