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
  {
    name: 'core-wasm',
    install: ['@lamina/core-tensor', '@lamina/backend-wasm'],
    smoke: `
import { registerBackend, setBackend, getBackend, tensor, matMul, toNDArray } from '@lamina/core-tensor';
import { wasm } from '@lamina/backend-wasm';
registerBackend(wasm({ threads: 2 }));
const info = await setBackend('wasm');
if (info.name !== 'wasm' || info.threads !== 2) throw new Error('wasm info ' + JSON.stringify(info));
const y = toNDArray(matMul(tensor([[1, 2]]), tensor([[3], [4]])));
if (y.data[0] !== 11) throw new Error('matMul gave ' + y.data[0]);
console.log('core-wasm', JSON.stringify(getBackend()));`,
  },
  {
    name: 'initializers-cpu',
    install: ['@lamina/initializers', '@lamina/backend-cpu'],
    smoke: `
import { registerBackend, toNDArray } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { constant, get, glorotUniform } from '@lamina/initializers';
registerBackend(cpu());
const c = toNDArray(constant(1)([2, 3]));
if (!c.data.every((v) => v === 1)) throw new Error('constant(1) is not ones');
if (get('glorot_uniform').className !== glorotUniform().className) throw new Error('get failed');
console.log('initializers-cpu ok');`,
  },
  {
    name: 'layers-cpu',
    install: ['@lamina/layers', '@lamina/backend-cpu'],
    smoke: `
import { registerBackend, randomUniform } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { Sequential, Flatten, Dense } from '@lamina/layers';
registerBackend(cpu());
const net = new Sequential();
net.add(new Flatten());
net.add(new Dense(256, { activation: 'relu' }));
net.add(new Dense(10));
const y = net.apply(randomUniform([2, 20]));
if (y.shape.join() !== '2,10') throw new Error('output shape ' + y.shape);
if (net.weights[0].name !== 'sequential/dense/kernel:0') throw new Error('name ' + net.weights[0].name);
console.log('layers-cpu', net.weights.map((w) => w.name).join(' '));`,
  },
  {
    name: 'inspect-cpu',
    install: ['@lamina/inspect', '@lamina/backend-cpu'],
    smoke: `
import { registerBackend, tensor } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { repr } from '@lamina/inspect';
registerBackend(cpu());
const text = repr(tensor([[0.5, -1]]));
const want = '<tf.Tensor: shape=(1, 2), dtype=float32, numpy=array([[ 0.5, -1. ]], dtype=float32)>';
if (text !== want) throw new Error('repr gave ' + text);
console.log('inspect-cpu ok');`,
  },
];
