import { accessSteps } from './access.js';
import { initSteps } from './init.js';
import { printingSteps } from './printing.js';
import { reinitSteps } from './reinit.js';
import { sharingSteps } from './sharing.js';
import type { Step } from './types.js';

/**
 * Every cell of the chapter, in order. The terminal walkthrough and the web
 * page both run exactly these.
 *
 * @example
 * ```ts
 * const session = createSession();
 * for (const step of chapterSteps) console.log((await step.run(session)).output);
 * ```
 */
export const chapterSteps: readonly Step[] = [
  ...accessSteps,
  ...initSteps,
  ...sharingSteps,
  ...reinitSteps,
  ...printingSteps,
];

export { createSession, CHAPTER_SEED } from './session.js';
export type { HistogramPlot, Session, Step, StepResult } from './types.js';
