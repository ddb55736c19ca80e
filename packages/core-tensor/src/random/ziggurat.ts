import { detExp, detLog } from './det-math.js';
import type { PhiloxStream } from './philox.js';

// Marsaglia & Tsang's ziggurat (J. Stat. Softw. 5(8), 2000) with 128 layers.
// Unlike the original, the layer index, the sign and the abscissa come from
// disjoint bits of one 32-bit word (Doornik 2005 showed the overlap biases).
// exp and log are the deterministic det-math versions, so tables and draws are
// the same on every engine and match the WebAssembly kernel (wasm/random.c).
const LAYERS = 128;
const R = 3.442619855899;
const AREA = 9.91256303526217e-3;
const SCALE = 16777216; // 24 bits of abscissa

/** The ziggurat's tables: layer bounds `kn` (scaled by 2^24), widths `wn`, densities `fn`. */
export interface ZigguratTables {
  readonly kn: Uint32Array;
  readonly wn: Float64Array;
  readonly fn: Float64Array;
}

const kn = new Uint32Array(LAYERS);
const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);
{
  let dn = R;
  let tn = dn;
  const q = AREA / detExp(-0.5 * dn * dn);
  kn[0] = Math.floor((dn / q) * SCALE);
  kn[1] = 0;
  wn[0] = q / SCALE;
  wn[LAYERS - 1] = dn / SCALE;
  fn[0] = 1;
  fn[LAYERS - 1] = detExp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * detLog(AREA / dn + detExp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * SCALE);
    tn = dn;
    fn[i] = detExp(-0.5 * dn * dn);
    wn[i] = dn / SCALE;
  }
}

/** The tables the WebAssembly kernel copies, so both paths use the same bits. */
export const zigguratTables: ZigguratTables = { kn, wn, fn };

/** Uniform in (0, 1): never 0, so its logarithm is finite. */
function openUniform(s: PhiloxStream): number {
  return (s.nextU32() + 0.5) / 4294967296;
}

/** One standard normal deviate. */
export function nextNormal(s: PhiloxStream): number {
  for (;;) {
    const u = s.nextU32();
    const i = u & 127;
    const j = u >>> 8;
    const negative = (u & 128) !== 0;
    if (j < kn[i]!) {
      const x = j * wn[i]!;
      return negative ? -x : x;
    }
    if (i === 0) {
      // Tail beyond R: Marsaglia's exponential rejection.
      let x: number;
      let y: number;
      do {
        x = -detLog(openUniform(s)) / R;
        y = -detLog(openUniform(s));
      } while (y + y < x * x);
      return negative ? -(R + x) : R + x;
    }
    const x = j * wn[i]!;
    if (fn[i]! + openUniform(s) * (fn[i - 1]! - fn[i]!) < detExp(-0.5 * x * x)) {
      return negative ? -x : x;
    }
  }
}
