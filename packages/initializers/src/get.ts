import { InvalidArgumentError, formatValue } from '@lamina/core-tensor';
import { closest } from './edit-distance.js';
import { UnknownInitializerError } from './errors.js';
import { squash } from './names.js';
import { ALIASES, ENTRIES } from './registry.js';
import type { RegistryEntry } from './registry.js';
import type { BuiltinInitializer, Initializer, InitializerIdentifier, SerializedInitializer } from './types.js';

const byName = new Map<string, RegistryEntry>();
for (const e of ENTRIES) byName.set(squash(e.className), e);
for (const [alias, className] of Object.entries(ALIASES)) byName.set(alias, byName.get(squash(className))!);
const VALID = [...ENTRIES.map((e) => e.kerasName), ...Object.keys(ALIASES)];

function entry(name: string, where: string): RegistryEntry {
  const hit = byName.get(squash(name));
  if (hit !== undefined) return hit;
  const near = closest(name, VALID, squash);
  throw new UnknownInitializerError(
    `${where}: unknown initializer ${formatValue(name)}. Did you mean ${near.map((n) => `'${n}'`).join(', ')}? ` +
      `Valid names (snake_case, camelCase or PascalCase): ${VALID.join(', ')}`,
    near,
  );
}

function fromObject(id: object): BuiltinInitializer<object> {
  const o = id as { className?: unknown; class_name?: unknown; config?: unknown };
  // Keras 3 writes class_name; accept it so its JSON loads as it is.
  const className = o.className ?? o.class_name;
  if (typeof className !== 'string') {
    throw new InvalidArgumentError(
      `get: a serialized initializer needs a string className. Received: className=${formatValue(className)}`,
    );
  }
  const e = entry(className, 'get');
  const config = o.config ?? {};
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new InvalidArgumentError(`get: config of ${e.className} must be an object. Received: config=${formatValue(config)}`);
  }
  const extra = Object.keys(config).filter((k) => !e.keys.includes(k));
  if (extra.length > 0) {
    throw new InvalidArgumentError(
      `get: ${e.className} has no option ${extra.map((k) => `'${k}'`).join(', ')}; its config keys are ` +
        `${e.keys.length > 0 ? e.keys.map((k) => `'${k}'`).join(', ') : 'none'}. Received: config=${JSON.stringify(config)}`,
    );
  }
  return e.make(config as Record<string, unknown>);
}

/**
 * Resolves an initializer identifier: a Keras name in any spelling
 * (`'glorot_uniform'`, `'glorotUniform'`, `'GlorotUniform'`, aliases
 * `'normal'`, `'uniform'`, `'one'`, `'zero'`) gives that initializer with its
 * defaults; a function is returned as is; `{ className, config }` is rebuilt.
 * An unknown name throws {@link UnknownInitializerError} naming the closest ones.
 *
 * @example
 * ```ts
 * import { get } from '@lamina/initializers';
 * const a = get('he_normal');
 * const b = get({ className: 'RandomNormal', config: { stddev: 0.01, seed: 2 } });
 * const custom = (shape: readonly number[]) => a(shape);
 * console.log(get(custom) === custom, b.className); // → true RandomNormal
 * ```
 */
export function get(id: string): BuiltinInitializer<object>;
export function get(id: SerializedInitializer): BuiltinInitializer<object>;
export function get<F extends Initializer>(id: F): F;
export function get(id: InitializerIdentifier): Initializer;
export function get(id: InitializerIdentifier): Initializer {
  if (typeof id === 'function') return id;
  if (typeof id === 'string') return entry(id, 'get').make({});
  if (id !== null && typeof id === 'object' && !Array.isArray(id)) return fromObject(id);
  throw new InvalidArgumentError(
    `get: an initializer identifier must be a name, a function or { className, config }. Received: ${formatValue(id)}`,
  );
}

/**
 * The `{ className, config }` of a built-in initializer; `get` turns it back
 * into an equivalent initializer (same values for the same seed). A custom
 * function has no config and cannot be serialized.
 *
 * @example
 * ```ts
 * import { get, randomUniform, serialize } from '@lamina/initializers';
 * const s = serialize(randomUniform({ minval: 0, maxval: 1, seed: 5 }));
 * console.log(JSON.stringify(s)); // → {"className":"RandomUniform","config":{"minval":0,"maxval":1,"seed":5}}
 * const again = get(s); // draws the same values
 * ```
 */
export function serialize(init: Initializer): { className: string; config: Record<string, unknown> } {
  const b = init as Partial<BuiltinInitializer<object>>;
  if (typeof init !== 'function' || typeof b.className !== 'string' || typeof b.getConfig !== 'function') {
    throw new InvalidArgumentError(
      `serialize: only built-in initializers (functions with className and getConfig) can be serialized. Received: ${formatValue(init)}`,
    );
  }
  return { className: b.className, config: { ...b.getConfig() } as Record<string, unknown> };
}
