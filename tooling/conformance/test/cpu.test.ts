import { registerBackend, setBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { runConformance } from '../src/index.js';

runConformance({
  label: 'cpu',
  start: async () => {
    registerBackend(cpu());
    return setBackend('cpu');
  },
  expectInfo: { name: 'cpu', threads: 1, simd: false },
});
