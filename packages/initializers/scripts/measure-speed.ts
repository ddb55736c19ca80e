// Quick speed check (the formal benchmark is apps/bench, `pnpm bench`): million
// samples per second filling [4096, 4096] float32, ours vs tfjs-core and
// tfjs-layers in the same process, best of 3. After `pnpm build`, from this folder:
//   npx tsx scripts/measure-speed.ts
import { registerBackend, tfjs } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { initializers as tl } from '@tensorflow/tfjs-layers';
import { glorotNormal, randomNormal, randomUniform, truncatedNormal } from '../src/index.js';

registerBackend(cpu());
const shape = [4096, 4096];
const n = 4096 * 4096;

function rate(make: () => { dataSync(): unknown; dispose(): void }): number {
  let best = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const t = make();
    t.dataSync();
    const ms = performance.now() - t0;
    t.dispose();
    best = Math.max(best, n / ms / 1000);
  }
  return best;
}

const rows: Array<[string, () => { dataSync(): unknown; dispose(): void }]> = [
  ['lamina randomNormal()', () => randomNormal()(shape)],
  ['tfjs-core randomNormal', () => tfjs.randomNormal(shape)],
  ['tfjs-layers randomNormal', () => tl.randomNormal({}).apply(shape)],
  ['lamina truncatedNormal()', () => truncatedNormal()(shape)],
  ['lamina glorotNormal()', () => glorotNormal()(shape)],
  ['tfjs-core truncatedNormal', () => tfjs.truncatedNormal(shape)],
  ['tfjs-layers glorotNormal', () => tl.glorotNormal({}).apply(shape)],
  ['lamina randomUniform()', () => randomUniform()(shape)],
  ['tfjs-core randomUniform', () => tfjs.randomUniform(shape)],
  ['tfjs-layers randomUniform', () => tl.randomUniform({}).apply(shape)],
];
for (const [name, make] of rows) console.log(`${name.padEnd(28)} ${rate(make).toFixed(1).padStart(7)} M samples/s`);
