// Each subset is what a user might install alone, with a smoke script that
// uses only the public entry points of those packages.
export const SUBSETS = [
  {
    name: 'core-cpu',
    install: ['@lamina/core-tensor', '@lamina/backend-cpu'],
    smoke: `
import { registerBackend, getBackend, tensor, matMul, toNDArray } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
registerBackend(cpu());
const info = getBackend();
if (info.name !== 'cpu') throw new Error('backend ' + info.name);
const y = toNDArray(matMul(tensor([[1, 2]]), tensor([[3], [4]])));
if (y.data[0] !== 11) throw new Error('matMul gave ' + y.data[0]);
console.log('core-cpu', JSON.stringify(info));`,
  },
  {
    name: 'core-only',
    install: ['@lamina/core-tensor'],
    smoke: `
import { tensor, NoBackendError } from '@lamina/core-tensor';
try { tensor([1]); throw new Error('expected NoBackendError'); } catch (e) {
  if (!(e instanceof NoBackendError)) throw e;
  if (!/@lamina\\/backend-cpu/.test(e.message)) throw new Error('message lacks package names');
}
console.log('core-only: NoBackendError names the packages');`,
  },
];
