import { getBackend, registerBackend, setBackend } from '@lamina/core-tensor';
import type { BackendInfo } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { loadWasm } from './optional.js';

/** Backends a case can ask for. */
export type BackendChoice = { readonly name: 'cpu' } | { readonly name: 'wasm'; readonly threads: number };

/** 'cpu', 'wasm ×1', 'wasm ×2' */
export function backendLabel(choice: BackendChoice): string {
  return choice.name === 'cpu' ? 'cpu' : `wasm ×${choice.threads}`;
}

/**
 * Starts the backend this process measures. Each case runs in a fresh
 * process, so a wasm thread count is chosen exactly once.
 */
export async function startBackend(choice: BackendChoice): Promise<BackendInfo> {
  if (choice.name === 'cpu') {
    registerBackend(cpu());
    await setBackend('cpu');
  } else {
    const { wasm } = await loadWasm();
    registerBackend(wasm({ threads: choice.threads }));
    await setBackend('wasm');
  }
  const info = getBackend();
  return { name: info.name, threads: info.threads, simd: info.simd };
}

/** A note when the running backend does not have the thread count asked for. */
export function threadNote(choice: BackendChoice, info: BackendInfo): string | undefined {
  if (choice.name !== 'wasm' || info.threads === choice.threads) return undefined;
  return `asked for ${choice.threads} threads, backend reports ${info.threads}`;
}
