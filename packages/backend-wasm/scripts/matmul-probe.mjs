#!/usr/bin/env node
// Float32 matMul probe for one backend configuration, one process per
// configuration (a wasm thread count is fixed once started). Prints one JSON
// object on stdout. Uses the built packages (run `pnpm build` first).
//
//   node packages/backend-wasm/scripts/matmul-probe.mjs --backend cpu
//   node packages/backend-wasm/scripts/matmul-probe.mjs --backend wasm --threads 2 --sizes 256,512,1024
//
// Output: { config, info, runtime, results: [{ size, ms, gflops, reps, cpuPerWall }] }
// - info: getBackend() (threads measured by the plugin);
// - runtime: describeWasmRuntime() (pool size, running pthread workers);
// - ms: median wall time of one n×n×n product, gflops = 2n³ / ms / 1e6;
// - cpuPerWall: process CPU time / wall time while timing, about equal to the
//   number of busy threads (≈1 for one thread, ≈2 for two on two free cores).
import { parseArgs } from 'node:util';
import { getBackend, matMul, randomUniform, registerBackend, setBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { describeWasmRuntime, wasm } from '@lamina/backend-wasm';

const { values } = parseArgs({
  options: {
    backend: { type: 'string', default: 'wasm' },
    threads: { type: 'string', default: '1' },
    sizes: { type: 'string', default: '256,512,1024' },
    'min-ms': { type: 'string', default: '400' },
  },
});
const backend = values.backend;
if (backend !== 'cpu' && backend !== 'wasm') throw new Error(`--backend must be cpu or wasm, got ${backend}`);
const threads = values.threads === 'auto' ? 'auto' : Number(values.threads);
const sizes = values.sizes.split(',').map(Number);
const minMs = Number(values['min-ms']);

const info =
  backend === 'cpu'
    ? (registerBackend(cpu()), await setBackend('cpu'))
    : (registerBackend(wasm({ threads })), await setBackend('wasm'));

function timeOnce(a, b) {
  const start = performance.now();
  const c = matMul(a, b);
  c.dataSync();
  const ms = performance.now() - start;
  c.dispose();
  return ms;
}

const results = [];
for (const n of sizes) {
  const a = randomUniform([n, n], -1, 1, 'float32', 1);
  const b = randomUniform([n, n], -1, 1, 'float32', 2);
  const warm = timeOnce(a, b);
  const times = [];
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  // At least 3 timed runs, or one when a single run already exceeds the budget (cpu at 1024²).
  while (times.length < (warm > minMs ? 1 : 3) || performance.now() - wallStart < minMs) times.push(timeOnce(a, b));
  const wall = performance.now() - wallStart;
  const used = process.cpuUsage(cpuStart);
  times.sort((x, y) => x - y);
  const ms = times[Math.floor(times.length / 2)];
  results.push({
    size: n,
    ms: Number(ms.toFixed(3)),
    gflops: Number(((2 * n ** 3) / ms / 1e6).toFixed(2)),
    reps: times.length,
    cpuPerWall: Number(((used.user + used.system) / 1000 / wall).toFixed(2)),
  });
  a.dispose();
  b.dispose();
}

const runtime = backend === 'wasm' ? describeWasmRuntime() : undefined;
process.stdout.write(
  `${JSON.stringify({ config: { backend, threads: backend === 'cpu' ? 1 : threads }, info: getBackend(), runtime, results })}\n`,
);
void info;
