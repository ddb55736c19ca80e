import { clearSession } from '@lamina/layers';
import { setSeed, type Tensor } from '@lamina/core-tensor';
import type { Sequential } from '@lamina/layers';
import type { Session } from './types.js';

/** The seed every run starts from, so every backend draws the same numbers. */
export const CHAPTER_SEED = 42;

class ChapterSession implements Session {
  X: Tensor | undefined;
  net: Sequential | undefined;
  custom: Sequential | undefined;
  readonly #owned: { dispose(): void }[] = [];

  own<T extends { dispose(): void }>(x: T): T {
    this.#owned.push(x);
    return x;
  }

  dispose(): void {
    // A model shared by two steps is registered twice; free it once.
    for (const x of new Set(this.#owned)) x.dispose();
    this.#owned.length = 0;
    this.X = undefined;
    this.net = undefined;
    this.custom = undefined;
  }
}

/**
 * A fresh chapter run: Keras name counters reset (so the first model is
 * `sequential` again, as in the chapter), the global seed set, nothing owned.
 *
 * @example
 * ```ts
 * const session = createSession();
 * for (const step of steps) await step.run(session);
 * session.dispose();
 * ```
 */
export function createSession(seed: number = CHAPTER_SEED): Session {
  clearSession();
  setSeed(seed);
  return new ChapterSession();
}
