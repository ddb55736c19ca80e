import type { BackendPlugin, DataType, NDArray, Tensor } from '@lamina/core-tensor';

/**
 * The parts of the Lamina packages the cases use. They are loaded at run time
 * (not imported statically) so that a package that is missing or not built
 * skips its cases with a note instead of breaking the whole bench.
 */
export interface WasmPackage {
  wasm(options?: { threads?: number | 'auto'; simd?: boolean }): BackendPlugin;
}

/** A Lamina initializer: a plain function of shape and dtype. */
export type Initializer = (shape: readonly number[], dtype?: DataType) => Tensor;

export interface InitializersPackage {
  randomNormal(options?: Record<string, unknown>): Initializer;
  randomUniform(options?: Record<string, unknown>): Initializer;
  glorotNormal(options?: Record<string, unknown>): Initializer;
}

export interface LayerLike {
  dispose(): void;
}

export interface SequentialLike extends LayerLike {
  add(layer: LayerLike): void;
  apply(x: Tensor): Tensor;
  predict(x: Tensor): Tensor;
  getWeights(): NDArray[];
}

export interface LayersPackage {
  Sequential: new () => SequentialLike;
  Dense: new (units: number, options?: { activation?: string }) => LayerLike;
  Flatten: new () => LayerLike;
}

export interface InspectPackage {
  repr(x: Tensor | NDArray, options?: Record<string, unknown>): string;
}

/** Thrown when a case cannot run here; the runner reports it as skipped, not failed. */
export class SkipCase extends Error {
  override readonly name = 'SkipCase';
}

async function load(name: string, exports: readonly string[]): Promise<Record<string, unknown>> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(name)) as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    if (message.includes('Cannot find package')) {
      throw new SkipCase(`${name} is not installed here (not a dependency of @lamina/bench yet, or the package does not exist)`);
    }
    if (message.includes('Cannot find module') && message.includes('/dist/')) {
      throw new SkipCase(`${name} is not built (no dist/): run \`pnpm build\` first (the root \`pnpm bench\` does)`);
    }
    // Anything else is a broken package, which must show as a failure, not a skip.
    throw error;
  }
  const missing = exports.filter((e) => mod[e] === undefined);
  if (missing.length > 0) throw new SkipCase(`${name} does not export ${missing.join(', ')} yet`);
  return mod;
}

export async function loadWasm(): Promise<WasmPackage> {
  return (await load('@lamina/backend-wasm', ['wasm'])) as unknown as WasmPackage;
}

export async function loadInitializers(): Promise<InitializersPackage> {
  return (await load('@lamina/initializers', ['randomNormal', 'randomUniform', 'glorotNormal'])) as unknown as InitializersPackage;
}

export async function loadLayers(): Promise<LayersPackage> {
  return (await load('@lamina/layers', ['Sequential', 'Dense', 'Flatten'])) as unknown as LayersPackage;
}

export async function loadInspect(): Promise<InspectPackage> {
  return (await load('@lamina/inspect', ['repr'])) as unknown as InspectPackage;
}
