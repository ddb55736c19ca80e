import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DIR, buildDocs } from './helpers/build.js';
import { startPreview, type Preview } from './helpers/preview.js';

// Debian's chromium: never a downloaded browser.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Generous: CI runs this on 2 shared cores, and the page runs the whole chapter per backend.
const READY_MS = 240_000;

const STEP_IDS = [
  'backend', 'mlp', 'weights', 'weight-0', 'get-weights', 'summary', 'init-normal', 'init-constant',
  'init-glorot', 'init-custom', 'init-direct', 'share-instance', 'share-option', 'reinit', 'printing',
];

let preview: Preview;
let context: BrowserContext;
let userDataDir: string;
const pageErrors: string[] = [];

/** Waits until the page has finished run number `runs` of the chapter. */
async function waitForRun(page: Page, runs: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.body.dataset['state'] === 'ready' && Number(document.body.dataset['runs'] ?? 0) >= n,
    runs,
    { timeout: READY_MS, polling: 250 },
  );
}

async function outputs(page: Page): Promise<Record<string, { status: string; text: string }>> {
  return page.$$eval('article.cell', (cells) =>
    Object.fromEntries(
      cells.map((c) => [
        (c as HTMLElement).dataset['step']!,
        { status: (c as HTMLElement).dataset['status']!, text: c.querySelector('pre.output')!.textContent ?? '' },
      ]),
    ),
  );
}

async function info(page: Page): Promise<{ name: string; threads: number; simd: boolean; fallbackReason?: string }> {
  return JSON.parse((await page.getAttribute('#backend-info', 'data-info'))!) as never;
}

function numbersOf(text: string): number[] {
  return (text.match(/-?\d+(?:\.\d*)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);
}

/** Every cell but the backend report prints the same numbers on every backend, up to float32 rounding. */
function expectSameResults(a: Record<string, { text: string }>, b: Record<string, { text: string }>): void {
  for (const id of STEP_IDS.filter((s) => s !== 'backend')) {
    const x = numbersOf(a[id]!.text);
    const y = numbersOf(b[id]!.text);
    expect(y.length, `cell ${id}: same printed structure`).toBe(x.length);
    x.forEach((v, i) => {
      const w = y[i]!;
      expect(Math.abs(v - w), `cell ${id}, number #${i}: ${v} vs ${w}`).toBeLessThanOrEqual(1e-5 + 1e-4 * Math.abs(v));
    });
  }
}

function checkChapter(out: Record<string, { status: string; text: string }>): void {
  expect(Object.keys(out).sort()).toEqual([...STEP_IDS].sort());
  for (const id of STEP_IDS) expect(out[id]!.status, `cell ${id}: ${out[id]!.text}`).toBe('ok');
  expect(out['mlp']!.text).toMatch(/^\[ 2, 10 \]\n<tf\.Tensor: shape=\(2, 10\), dtype=float32, numpy=/);
  expect(out['weights']!.text).toBe(
    [
      'sequential/dense/kernel:0 [ 20, 256 ]',
      'sequential/dense/bias:0 [ 256 ]',
      'sequential/dense_1/kernel:0 [ 256, 10 ]',
      'sequential/dense_1/bias:0 [ 10 ]',
      '7946',
    ].join('\n'),
  );
  expect(out['weight-0']!.text).toMatch(/^sequential\/dense\/kernel:0\n\[ 20, 256 \]\n<tf\.Variable 'sequential\/dense_1\/bias:0' shape=\(10,\)/);
  expect(out['get-weights']!.text).toMatch(/^\[ \[ 20, 256 \], \[ 256 \], \[ 256, 10 \], \[ 10 \] \]\narray\(\[0\., 0\./);
  // constant(1) prints ones, and constant(42) forty-twos.
  expect(out['init-constant']!.text).toMatch(/numpy=\narray\(\[\[1\., 1\., 1\., \.\.\., 1\., 1\., 1\.\],/);
  expect(out['init-constant']!.text).toContain('mean: 1, std: 0, min: 1, max: 1');
  expect(out['init-glorot']!.text).toMatch(/array\(\[\[42\., 42\., 42\., \.\.\., 42\., 42\., 42\.\],/);
  expect(out['init-custom']!.text).toMatch(/^Init \[ 20, 256 \]/);
  // Sharing: the same layer object and the same Variable, the update seen through both uses,
  // and the gradient equal to the sum over the uses.
  expect(out['share-instance']!.text).toMatch(/^true\ntrue\n/);
  expect(out['share-instance']!.text).toMatch(/^100$/m);
  expect(out['share-option']!.text).toMatch(/^false true true\n/);
  for (const id of ['share-instance', 'share-option']) {
    const max = /numpy=(?:np\.float32\()?([-+\d.e]+)\)?>\s*$/.exec(out[id]!.text)?.[1];
    expect(Number(max), `${id}: max |g_shared - (g_use1 + g_use2)|`).toBeLessThan(1e-5);
  }
  expect(out['reinit']!.text).toMatch(/^true\n/);
}

describe('the docs site in Debian chromium', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    await buildDocs();
    preview = await startPreview();
    userDataDir = mkdtempSync(join(tmpdir(), 'lamina-docs-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1200, height: 900 },
    });
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await preview?.close();
    if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
  }, 120_000);

  it('serves the cross-origin isolation headers', async () => {
    const response = await fetch(preview.url);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
  });

  it('runs every cell on each backend with the same results, threads on the isolated page', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(preview.url);
    await waitForRun(page, 1);

    // Default: multithreaded wasm, in a cross-origin-isolated page.
    const threaded = await info(page);
    expect(threaded.name).toBe('wasm');
    expect(threaded.threads).toBeGreaterThan(1);
    expect(threaded.fallbackReason).toBeUndefined();
    expect(await page.textContent('#info-isolated')).toBe('true');
    // The chapter frees every tensor it makes.
    expect(await page.textContent('#info-tensors')).toBe('0');
    const onThreads = await outputs(page);
    checkChapter(onThreads);
    expect(await page.locator('#cell-init-normal svg.histogram').count()).toBe(1);
    expect(await page.locator('article.cell svg.histogram').count()).toBe(4);

    // Switch in place to cpu: every cell runs again.
    await page.click('button[data-choice="cpu"]');
    await waitForRun(page, 2);
    expect((await info(page)).name).toBe('cpu');
    const onCpu = await outputs(page);
    checkChapter(onCpu);
    expectSameResults(onThreads, onCpu);
    expect(page.url()).toContain('backend=cpu');
    expect(await page.textContent('#info-tensors')).toBe('0');

    // Benchmark panel: the chapter MLP on the current backend.
    await page.click('#bench-run');
    await page.waitForFunction(() => document.body.dataset['bench'] === 'done', undefined, { timeout: READY_MS });
    expect(await page.locator('#bench-table tbody tr').count()).toBe(2);

    // wasm with one thread needs a reload (the thread count is fixed per page).
    await page.click('button[data-choice="wasm-1"]');
    await page.waitForURL(/threads=1/, { timeout: READY_MS });
    await waitForRun(page, 1);
    const single = await info(page);
    expect(single).toMatchObject({ name: 'wasm', threads: 1 });
    const onOneThread = await outputs(page);
    checkChapter(onOneThread);
    expectSameResults(onThreads, onOneThread);

    mkdirSync(join(APP_DIR, 'out'), { recursive: true });
    await page.screenshot({ path: join(APP_DIR, 'out', 'docs-page.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 900_000);

  it('shows a clear message when the wasm backend cannot start, and runs the cells on cpu', async () => {
    const page = await context.newPage();
    // No .wasm binary can load: the backend fails to start.
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${preview.url}?backend=wasm&threads=1`);
    await waitForRun(page, 1);
    const banner = await page.textContent('#banner');
    expect(banner).toContain('The wasm backend failed to start');
    expect(banner).toContain('the other backends keep working');
    expect((await info(page)).name).toBe('cpu');
    checkChapter(await outputs(page));
    expect(await page.getAttribute('button[data-choice="wasm-1"]', 'data-failed')).toBe('true');
    await page.close();
  }, 600_000);

  it('reports bad query parameters and invalid wasm settings instead of ignoring them', async () => {
    const page = await context.newPage();
    await page.goto(`${preview.url}?backend=gpu&threads=99`);
    await waitForRun(page, 1);
    const banner = await page.textContent('#banner');
    expect(banner).toContain("Ignored a bad query parameter: backend must be 'cpu' or 'wasm'. Received: backend=gpu");
    // wasm() itself rejects 99 threads; the page says so and runs on cpu.
    expect(banner).toContain('The wasm backend is unavailable: wasm: threads must be an integer from 1 to 8');
    expect((await info(page)).name).toBe('cpu');
    checkChapter(await outputs(page));
    await page.close();
  }, 600_000);
});
