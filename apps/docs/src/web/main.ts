import { InvalidArgumentError, getBackend, memory, registerBackend, setBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { wasm } from '@lamina/backend-wasm';
import { chapterSteps, createSession } from '../steps/index.js';
import { showBackendInfo } from './backend-panel.js';
import { appendRow, benchMlp } from './bench.js';
import { markPending, renderCells, showResult } from './cells.js';
import { backendName, canSwitchInPlace, queryFor, readConfig, type ChoiceId } from './choice.js';
import { wasmPaths } from './wasm-assets.js';

// A backend that never finishes starting (say, workers that cannot load) must
// not leave the page blank: give up after this long and say so.
const START_TIMEOUT_MS = 90_000;

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const banner = $<HTMLDivElement>('#banner');
const buttons = [...document.querySelectorAll<HTMLButtonElement>('#switcher button')];
const config = readConfig(location.search);
const views = renderCells($('#cells'), chapterSteps);
const messages: string[] = [...config.problems.map((p) => `Ignored a bad query parameter: ${p}.`)];
let wasmAvailable = true;
let current: ChoiceId | undefined;
let runs = 0;

function showMessages(): void {
  banner.hidden = messages.length === 0;
  banner.replaceChildren(...messages.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
}

function setBusy(busy: boolean): void {
  document.body.dataset['state'] = busy ? 'running' : 'ready';
  for (const b of buttons) {
    b.disabled = busy;
    b.setAttribute('aria-pressed', String(b.dataset['choice'] === current));
  }
  $<HTMLButtonElement>('#bench-run').disabled = busy;
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not finish within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

async function runChapter(): Promise<void> {
  const backend = getBackend();
  showBackendInfo($('#backend-info'), backend);
  markPending(views, backend.name);
  const session = createSession();
  try {
    for (const step of chapterSteps) {
      const view = views.get(step.id)!;
      const t0 = performance.now();
      try {
        const result = await step.run(session);
        showResult(view, result, undefined, backend.name, performance.now() - t0);
      } catch (error) {
        showResult(view, undefined, error, backend.name, performance.now() - t0);
      }
      // Let the page paint between cells.
      await new Promise((r) => setTimeout(r, 0));
    }
  } finally {
    session.dispose();
  }
  showBackendInfo($('#backend-info'), backend, memory().numTensors);
  runs++;
  document.body.dataset['runs'] = String(runs);
  document.body.dataset['backend'] = backend.name;
  document.body.dataset['threads'] = String(backend.threads);
}

async function activate(choice: ChoiceId): Promise<void> {
  if (choice !== 'cpu' && !wasmAvailable) {
    // This page's wasm settings were invalid: reload with the defaults.
    location.search = queryFor(choice, { wasmThreads: 'auto' });
    return;
  }
  if (!canSwitchInPlace(choice, config)) {
    location.search = queryFor(choice, config);
    return;
  }
  setBusy(true);
  try {
    await withTimeout(setBackend(backendName(choice)), `starting the ${backendName(choice)} backend`);
    current = choice;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    messages.push(
      `The ${backendName(choice)} backend failed to start: ${reason}. ` +
        (current === undefined ? 'The cells below run on cpu instead; ' : 'The cells keep the previous backend; ') +
        'the other backends keep working.',
    );
    showMessages();
    for (const b of buttons) if (b.dataset['choice'] === choice) b.dataset['failed'] = 'true';
    if (current === undefined) {
      await setBackend('cpu');
      current = 'cpu';
    }
  }
  history.replaceState(null, '', queryFor(current, config));
  try {
    await runChapter();
  } finally {
    setBusy(false);
  }
}

// "wasm · threads" means more than one: 'auto' (the machine's cores, at most 8)
// but at least 2, so that the choice differs from "wasm · 1 thread" even on one core.
function pageThreads(threads: number | 'auto'): number {
  if (threads !== 'auto') return threads;
  return Math.max(2, Math.min(8, navigator.hardwareConcurrency ?? 2));
}

function registerBackends(): void {
  registerBackend(cpu());
  try {
    registerBackend(wasm({ threads: pageThreads(config.wasmThreads), wasmPaths }));
  } catch (error) {
    // wasm() validates its options (threads 1 to 8): report and carry on with cpu.
    if (!(error instanceof InvalidArgumentError)) throw error;
    wasmAvailable = false;
    messages.push(
      `The wasm backend is unavailable: ${error.message}. The cells run on cpu; the wasm buttons reload the page with valid settings.`,
    );
  }
}

for (const b of buttons) {
  b.addEventListener('click', () => void activate(b.dataset['choice'] as ChoiceId));
}
$('#bench-run').addEventListener('click', () => {
  setBusy(true);
  void (async () => {
    try {
      for (const batch of [2, 256]) appendRow($('#bench-table tbody'), await benchMlp(batch));
    } catch (error) {
      messages.push(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}.`);
      showMessages();
    } finally {
      setBusy(false);
      document.body.dataset['bench'] = 'done';
    }
  })();
});

registerBackends();
showMessages();
const first: ChoiceId = wasmAvailable ? config.choice : 'cpu';
await activate(first);
