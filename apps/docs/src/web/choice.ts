/** The three ways the page can run the chapter. */
export type ChoiceId = 'cpu' | 'wasm-1' | 'wasm-threads';

/** What the URL asked for: the backend to start, and the thread count wasm is registered with. */
export interface PageConfig {
  readonly choice: ChoiceId;
  /** Threads for this page's wasm plugin: 1, a number, or 'auto'. Fixed for the life of the page. */
  readonly wasmThreads: number | 'auto';
  /** Problems with the query string, shown to the user instead of being ignored silently. */
  readonly problems: readonly string[];
}

/**
 * Reads `?backend=cpu|wasm&threads=1|N|auto`. Defaults to multithreaded wasm;
 * unknown values are reported and replaced by the default.
 *
 * @example
 * ```ts
 * readConfig('?backend=wasm&threads=1'); // { choice: 'wasm-1', wasmThreads: 1, problems: [] }
 * ```
 */
export function readConfig(search: string): PageConfig {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const backend = params.get('backend') ?? 'wasm';
  const rawThreads = params.get('threads') ?? 'auto';
  let wasmThreads: number | 'auto' = 'auto';
  if (rawThreads !== 'auto') {
    if (/^[1-9][0-9]*$/.test(rawThreads)) wasmThreads = Number(rawThreads);
    else problems.push(`threads must be a positive integer or 'auto'. Received: threads=${rawThreads}`);
  }
  if (backend !== 'cpu' && backend !== 'wasm') {
    problems.push(`backend must be 'cpu' or 'wasm'. Received: backend=${backend}`);
  }
  const isWasm = backend !== 'cpu';
  const choice: ChoiceId = !isWasm ? 'cpu' : wasmThreads === 1 ? 'wasm-1' : 'wasm-threads';
  return { choice, wasmThreads, problems };
}

/**
 * Whether `choice` can run in this page without a reload: cpu always can; a
 * wasm choice only when its thread count matches the page's wasm plugin.
 *
 * @example
 * ```ts
 * canSwitchInPlace('wasm-1', { wasmThreads: 'auto' }); // false: needs ?threads=1
 * ```
 */
export function canSwitchInPlace(choice: ChoiceId, config: Pick<PageConfig, 'wasmThreads'>): boolean {
  if (choice === 'cpu') return true;
  return (choice === 'wasm-1') === (config.wasmThreads === 1);
}

/**
 * The query string that loads the page on `choice`, keeping the wasm thread
 * count when staying on the same page configuration.
 *
 * @example
 * ```ts
 * queryFor('wasm-1', { wasmThreads: 'auto' }); // '?backend=wasm&threads=1'
 * ```
 */
export function queryFor(choice: ChoiceId, config: Pick<PageConfig, 'wasmThreads'>): string {
  if (choice === 'cpu') return `?backend=cpu&threads=${config.wasmThreads}`;
  if (choice === 'wasm-1') return '?backend=wasm&threads=1';
  return `?backend=wasm&threads=${config.wasmThreads === 1 ? 'auto' : config.wasmThreads}`;
}

/** The registry name behind a choice. @example `backendName('wasm-1') // 'wasm'` */
export function backendName(choice: ChoiceId): 'cpu' | 'wasm' {
  return choice === 'cpu' ? 'cpu' : 'wasm';
}
