import {
  InvalidArgumentError,
  getBackend,
  registerBackend,
  setBackend,
  type BackendInfo,
  type BackendPlugin,
} from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { wasm } from '@lamina/backend-wasm';
// Imported for its documented effect: console.log of a Tensor prints its repr.
import '@lamina/inspect';
import { chapterSteps, createSession } from '../steps/index.js';
import { parseArgs, USAGE, UsageError, type DemoOptions } from './args.js';
import { renderStep, summaryLine } from './render.js';

function plugins(options: DemoOptions): BackendPlugin[] {
  return options.backend === 'wasm' ? [cpu(), wasm({ threads: options.threads })] : [cpu()];
}

async function startBackend(chosen: readonly BackendPlugin[], options: DemoOptions): Promise<BackendInfo> {
  for (const plugin of chosen) registerBackend(plugin);
  return setBackend(options.backend);
}

function usageFailure(message: string): number {
  process.stderr.write(`demo: ${message}\n\n${USAGE}\n`);
  return 2;
}

/**
 * Runs the walkthrough and returns the process exit code: 0 when every step
 * ran, 1 when a step or the backend failed, 2 for a bad command line.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['--backend', 'cpu']);
 * ```
 */
export async function main(argv: readonly string[], write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let options: DemoOptions;
  let chosen: BackendPlugin[];
  try {
    options = parseArgs(argv);
    // wasm() validates its options (threads 1 to 8): a bad value is a usage error too.
    chosen = plugins(options);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InvalidArgumentError) return usageFailure(error.message);
    throw error;
  }
  if (options.help) {
    write(`${USAGE}\n`);
    return 0;
  }
  const style = { color: process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined };
  try {
    await startBackend(chosen, options);
  } catch (error) {
    process.stderr.write(`demo: the ${options.backend} backend failed to start: ${(error as Error).message}\n`);
    return 1;
  }
  write('Lamina: model parameters (access, initialization and sharing)\n\n');
  const session = createSession();
  let failed = 0;
  for (const [i, step] of chapterSteps.entries()) {
    let output: string;
    try {
      output = (await step.run(session)).output;
    } catch (error) {
      failed++;
      output = `Error: ${(error as Error).stack ?? String(error)}`;
    }
    write(renderStep(step, i + 1, output, style));
  }
  session.dispose();
  // performance.now() counts from process start: the total includes loading the packages and the backend.
  const line = summaryLine(chapterSteps.length, getBackend(), performance.now());
  write(failed === 0 ? `${line}\n` : `${line}; ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
