import * as tf from '@tensorflow/tfjs-core';
import type { KernelBackend } from '@tensorflow/tfjs-core';
import { BackendError, InvalidArgumentError, NoBackendError, formatValue } from '../errors.js';
import type { BackendInfo, BackendPlugin } from './plugin.js';
import { pluginKernelProblems, registerPluginKernels } from './plugin-kernels.js';

interface Entry {
  readonly plugin: BackendPlugin;
  instance?: KernelBackend;
  info?: BackendInfo;
  pending?: Promise<KernelBackend>;
}

// Kept on globalThis so that two copies of this package (a user's bundling
// accident) still share one registry, as tfjs does with its engine.
interface RegistryState {
  readonly entries: Map<string, Entry>;
  active: Entry | undefined;
}
const GLOBAL_KEY = Symbol.for('@lamina/core-tensor/registry');
const state: RegistryState = ((globalThis as Record<symbol, unknown>)[GLOBAL_KEY] ??= {
  entries: new Map<string, Entry>(),
  active: undefined,
}) as RegistryState;

const INSTALL_HINT =
  'Install a backend package and register it, e.g. `npm i @lamina/backend-cpu` then ' +
  "`registerBackend(cpu())`, or `npm i @lamina/backend-wasm` then `registerBackend(wasm())` " +
  "and `await setBackend('wasm')`.";

const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;

function validatePlugin(plugin: unknown): asserts plugin is BackendPlugin {
  const prefix = 'registerBackend: expected a BackendPlugin';
  if (typeof plugin !== 'object' || plugin === null) {
    throw new InvalidArgumentError(`${prefix} object. Received: ${formatValue(plugin)}`);
  }
  const p = plugin as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof p['name'] !== 'string' || !NAME_PATTERN.test(p['name'])) {
    problems.push(`name must be a lower-case string such as 'cpu' (received ${formatValue(p['name'])})`);
  }
  if (typeof p['priority'] !== 'number' || !Number.isFinite(p['priority'])) {
    problems.push(`priority must be a finite number (received ${formatValue(p['priority'])})`);
  }
  for (const fn of ['isSupported', 'create', 'info'] as const) {
    if (typeof p[fn] !== 'function') problems.push(`${fn} must be a function (received ${formatValue(p[fn])})`);
  }
  if (p['createSync'] !== undefined && typeof p['createSync'] !== 'function') {
    problems.push(`createSync must be a function when given (received ${formatValue(p['createSync'])})`);
  }
  problems.push(...pluginKernelProblems(p['kernels']));
  if (problems.length > 0) throw new InvalidArgumentError(`${prefix}: ${problems.join('; ')}.`);
}

function describeOptions(plugin: BackendPlugin): string {
  return plugin.options === undefined ? '{}' : JSON.stringify(plugin.options);
}

/**
 * Makes a backend available. Registering changes nothing else: the current
 * backend stays as it is until `setBackend`, or until the first tensor op
 * when none is current (then the highest-priority backend that can start
 * synchronously is used).
 *
 * @example
 * ```ts
 * import { registerBackend, tensor } from '@lamina/core-tensor';
 * import { cpu } from '@lamina/backend-cpu';
 * registerBackend(cpu());
 * console.log(tensor([1, 2, 3]).arraySync()); // → [ 1, 2, 3 ]  (works at once: cpu starts synchronously)
 * ```
 */
export function registerBackend(plugin: BackendPlugin): void {
  validatePlugin(plugin);
  const existing = state.entries.get(plugin.name);
  if (existing !== undefined) {
    if (existing.plugin === plugin) return;
    if (existing.instance !== undefined || existing.pending !== undefined) {
      throw new BackendError(
        `registerBackend: backend '${plugin.name}' already started with options ` +
          `${describeOptions(existing.plugin)}; it cannot be replaced by one with options ` +
          `${describeOptions(plugin)}. Choose the options before the first setBackend('${plugin.name}'), ` +
          'or start a new process.',
      );
    }
  }
  state.entries.set(plugin.name, { plugin });
}

function registeredNames(): string {
  const names = [...state.entries.keys()];
  return names.length === 0 ? 'none' : names.map((n) => `'${n}'`).join(', ');
}

// tfjs keeps its own registry; make it use exactly the instance we created.
function activateInTfjs(entry: Entry, instance: KernelBackend): void {
  const name = entry.plugin.name;
  if (tf.findBackend(name) !== instance) {
    if (tf.findBackendFactory(name) !== null) tf.removeBackend(name);
    tf.registerBackend(name, () => instance, entry.plugin.priority);
  }
  // Synchronous here: the factory returns an existing instance, so tfjs reaches no await.
  void tf.setBackend(name);
  if (tf.getBackend() !== name) {
    throw new BackendError(`setBackend: TensorFlow.js did not switch to '${name}'.`);
  }
}

function adoptExisting(entry: Entry): KernelBackend | undefined {
  // A tfjs backend already initialised under this name holds live tensors; reuse it.
  // Only an initialised one: tf.findBackend would start a registered factory, such as
  // the one tfjs-backend-cpu registers on import, whose instance prints tfjs's
  // "use tfjs-node" banner on first use.
  return tf.engine().registry[entry.plugin.name];
}

function finishActivation(entry: Entry, instance: KernelBackend): BackendInfo {
  const info = entry.plugin.info(instance);
  registerPluginKernels(entry.plugin);
  activateInTfjs(entry, instance);
  entry.instance = instance;
  entry.info = info;
  state.active = entry;
  return info;
}

function startError(entry: Entry, cause: unknown): BackendError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const error = new BackendError(
    `setBackend: backend '${entry.plugin.name}' (options ${describeOptions(entry.plugin)}) failed to start: ${reason}`,
  );
  (error as { cause?: unknown }).cause = cause;
  return error;
}

/**
 * Switches the current backend, starting it on first use. Tensors and
 * variables created before the switch stay valid and keep their values (their
 * data moves on first use).
 *
 * @example
 * ```ts
 * import { setBackend } from '@lamina/core-tensor';
 * console.log(await setBackend('cpu')); // → { name: 'cpu', threads: 1, simd: false }
 * ```
 */
export async function setBackend(name: string): Promise<BackendInfo> {
  if (typeof name !== 'string') {
    throw new InvalidArgumentError(`setBackend: name must be a string. Received: ${formatValue(name)}`);
  }
  const entry = state.entries.get(name);
  if (entry === undefined) {
    throw new BackendError(
      `setBackend: no backend named '${name}' is registered. Registered: ${registeredNames()}. ${INSTALL_HINT}`,
    );
  }
  if (entry.instance !== undefined) {
    activateInTfjs(entry, entry.instance);
    state.active = entry;
    return entry.info ?? entry.plugin.info(entry.instance);
  }
  if (!entry.plugin.isSupported()) {
    throw new BackendError(`setBackend: backend '${name}' cannot run in this environment.`);
  }
  let instance: KernelBackend;
  try {
    instance = adoptExisting(entry) ?? (await (entry.pending ??= entry.plugin.create()));
  } catch (cause) {
    delete entry.pending;
    throw startError(entry, cause);
  }
  delete entry.pending;
  return finishActivation(entry, instance);
}

function activateDefault(): Entry {
  if (state.entries.size === 0) {
    throw new NoBackendError(`No Lamina backend is registered, so tensors cannot be created. ${INSTALL_HINT}`);
  }
  const candidates = [...state.entries.values()]
    .filter((e) => e.instance !== undefined || (e.plugin.createSync !== undefined && e.plugin.isSupported()))
    .sort((a, b) => b.plugin.priority - a.plugin.priority);
  const entry = candidates[0];
  if (entry === undefined) {
    throw new BackendError(
      `No backend is current. Registered: ${registeredNames()}; they start asynchronously, so call ` +
        `\`await setBackend(${registeredNames().split(', ')[0]})\` before using tensors.`,
    );
  }
  let instance = entry.instance ?? adoptExisting(entry);
  if (instance === undefined) {
    try {
      instance = entry.plugin.createSync!();
    } catch (cause) {
      throw startError(entry, cause);
    }
  }
  finishActivation(entry, instance);
  return entry;
}

/**
 * Throws a `NoBackendError` naming the packages to install when no backend
 * can run tensor ops; otherwise makes sure one is current. Cheap: one check.
 *
 * @example
 * ```ts
 * // In a fresh program: no backend registered yet.
 * import { NoBackendError, registerBackend, requireBackend } from '@lamina/core-tensor';
 * import { cpu } from '@lamina/backend-cpu';
 * try { requireBackend(); } catch (e) { console.log(e instanceof NoBackendError); } // → true
 * registerBackend(cpu());
 * requireBackend(); // now passes
 * ```
 */
export function requireBackend(): void {
  if (state.active === undefined) activateDefault();
}

/**
 * The current backend, starting the default one if none is current yet.
 *
 * @example
 * ```ts
 * import { getBackend } from '@lamina/core-tensor';
 * console.log(getBackend().name); // → cpu
 * ```
 */
export function getBackend(): BackendInfo {
  const entry = state.active ?? activateDefault();
  return entry.info ?? entry.plugin.info(entry.instance!);
}

/**
 * Every registered backend, in registration order. Started backends report
 * measured values; the others report what their plugin expects.
 *
 * @example
 * ```ts
 * import { listBackends, registerBackend } from '@lamina/core-tensor';
 * import { cpu } from '@lamina/backend-cpu';
 * import { wasm } from '@lamina/backend-wasm';
 * registerBackend(cpu());
 * registerBackend(wasm());
 * console.log(listBackends().map((b) => b.name)); // → [ 'cpu', 'wasm' ]
 * ```
 */
export function listBackends(): BackendInfo[] {
  return [...state.entries.values()].map((e) =>
    e.info ?? { name: e.plugin.name, threads: 0, simd: false },
  );
}

/**
 * Test helper: forgets every registered backend and the current one, and
 * disposes the tfjs backends Lamina created. Not for applications.
 *
 * @example
 * ```ts
 * import { resetBackendsForTesting } from '@lamina/core-tensor';
 * resetBackendsForTesting();
 * ```
 */
export function resetBackendsForTesting(): void {
  for (const entry of state.entries.values()) {
    if (entry.instance !== undefined && tf.findBackendFactory(entry.plugin.name) !== null) {
      tf.removeBackend(entry.plugin.name);
    }
  }
  state.entries.clear();
  state.active = undefined;
}
