#!/usr/bin/env node
// Entry of `pnpm demo`: runs the walkthrough compiled by `pnpm build` (tsc to dist-node/).
import { existsSync } from 'node:fs';

const entry = new URL('../dist-node/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('demo: apps/docs is not built. Run `pnpm demo` at the repository root, or `pnpm build` first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
const code = await main(process.argv.slice(2));
// The wasm backend's worker threads keep the event loop alive: leave explicitly,
// after stdout has drained.
process.stdout.write('', () => process.exit(code));
