#!/usr/bin/env node
// Checks the browser path in headless Chromium: builds test/browser/ with Vite
// (minified, like an app), serves it with and without cross-origin isolation,
// and checks what each page measured. Not part of `vitest run` (needs a
// browser and a build): run `pnpm --filter @lamina/backend-wasm run check:browser`
// after `pnpm build`. Exits 0 with a note when no Chromium is installed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`browser-check: skipped, no Chromium at ${chromium} (set CHROMIUM_PATH).`);
  process.exit(0);
}
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'lamina-wasm-browser-'));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

function serve(isolated, onReport) {
  const server = createServer(async (req, res) => {
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        res.writeHead(204).end();
        onReport(JSON.parse(body));
      });
      return;
    }
    const path = join(outDir, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' };
    if (isolated) {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    readFile(path).then(
      (data) => res.writeHead(200, headers).end(data),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function visit(isolated, query) {
  let resolveReport;
  const reported = new Promise((r) => (resolveReport = r));
  const server = await serve(isolated, resolveReport);
  const profile = mkdtempSync(join(tmpdir(), 'lamina-wasm-chromium-'));
  // Flags from the machine notes: no background networking on a closed network.
  const browser = spawn(
    chromium,
    [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${profile}`, '--remote-debugging-port=0',
      `http://127.0.0.1:${server.address().port}/${query}`,
    ],
    // Its own process group, so that the renderer and helper processes end with it.
    { stdio: 'ignore', detached: true },
  );
  const timeout = new Promise((r) => setTimeout(() => r({ error: 'timed out after 60 s' }), 60_000));
  const report = await Promise.race([reported, timeout]);
  const exited = new Promise((r) => browser.once('exit', r));
  process.kill(-browser.pid, 'SIGKILL');
  await exited;
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  return report;
}

const checks = [];
function check(name, ok, report) {
  checks.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}\n     ${JSON.stringify(report)}`);
}

try {
  await build({
    root: join(packageDir, 'test/browser'),
    logLevel: 'warn',
    resolve: { alias: { '@lamina/backend-wasm': join(packageDir, 'dist/index.js') } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const product = [19, 22, 43, 50];
  for (const query of ['', '?glue=1']) {
    const r = await visit(true, query);
    check(
      `isolated page${query}: 2 threads measured`,
      r.crossOriginIsolated === true &&
        r.info?.threads === 2 &&
        r.info?.simd === true &&
        r.runtime?.pthreadWorkers === 1 &&
        r.runtime?.poolThreads === 2 &&
        JSON.stringify(r.product) === JSON.stringify(product),
      r,
    );
  }
  const r = await visit(false, '');
  check(
    'page without isolation: single-threaded SIMD with fallbackReason and a warning',
    r.crossOriginIsolated === false &&
      r.info?.threads === 1 &&
      r.info?.simd === true &&
      /cross-origin isolated/.test(r.info?.fallbackReason ?? '') &&
      r.warnings?.some((w) => w.includes('cross-origin isolated')) &&
      JSON.stringify(r.product) === JSON.stringify(product),
    r,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(checks.every((c) => c.ok) ? 0 : 1);
