/**
 * Theoretical densities the docs page draws over each initializer's
 * histogram. Written from the textbook formulas (not from the initializers'
 * code) so that the plot is an independent check of the draws.
 */
export interface Density {
  /** Legend text, e.g. `N(0, 0.01²)`. */
  readonly label: string;
  /** Probability density at `x` (continuous part only). */
  pdf(x: number): number;
  /** Point masses, e.g. the zeros my_init writes: `{ x: 0, mass: 0.5 }`. */
  readonly atoms?: readonly { readonly x: number; readonly mass: number }[];
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

function phi(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

// Abramowitz & Stegun 7.1.26 erf, |error| < 1.5e-7: plenty for a plot.
function erf(x: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}

/** Standard normal cumulative distribution. @example `normalCdf(0) // 0.5` */
export function normalCdf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/** N(mean, stddev²). @example `normalDensity(0, 0.01).pdf(0)` */
export function normalDensity(mean: number, stddev: number): Density {
  return { label: `N(${mean}, ${stddev}²)`, pdf: (x) => phi((x - mean) / stddev) / stddev };
}

/**
 * A normal N(mean, stddev²) cut at ±2 stddev and renormalised: what Keras's
 * TruncatedNormal, and so GlorotNormal, draw from.
 *
 * @example
 * ```ts
 * truncatedNormalDensity(0, 0.1).pdf(0.3); // 0, beyond two stddev
 * ```
 */
export function truncatedNormalDensity(mean: number, stddev: number): Density {
  const mass = normalCdf(2) - normalCdf(-2);
  return {
    label: `N(${mean}, ${round(stddev)}²) truncated at ±2σ`,
    pdf: (x) => (Math.abs(x - mean) > 2 * stddev ? 0 : phi((x - mean) / stddev) / stddev / mass),
  };
}

/** Uniform on [min, max). @example `uniformDensity(-1, 1).pdf(0) // 0.5` */
export function uniformDensity(min: number, max: number): Density {
  return { label: `U(${min}, ${max})`, pdf: (x) => (x >= min && x < max ? 1 / (max - min) : 0) };
}

/**
 * The chapter's my_init: U(-10, 10) with every |w| < 5 set to zero, i.e.
 * density 1/20 on 5 ≤ |w| < 10 and a point mass of 1/2 at zero.
 *
 * @example
 * ```ts
 * myInitDensity().atoms; // [{ x: 0, mass: 0.5 }]
 * ```
 */
export function myInitDensity(): Density {
  return {
    label: 'U(-10, 10), zero where |w| < 5',
    pdf: (x) => (Math.abs(x) >= 5 && Math.abs(x) < 10 ? 1 / 20 : 0),
    atoms: [{ x: 0, mass: 0.5 }],
  };
}

function round(x: number): string {
  return Number(x.toPrecision(4)).toString();
}
