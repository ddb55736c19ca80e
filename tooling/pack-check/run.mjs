// Selective-install check: pack every package as npm would publish it, install
// subsets of the tarballs into empty projects with plain npm, run a smoke
// script in each, and check that exactly one @tensorflow/tfjs-core is
// installed and loaded. Usage: node run.mjs [--keep] [--only name,...]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBSETS } from './subsets.mjs';
import { checkTypes } from './attw.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const onlyArg = args[args.indexOf('--only') + 1];
const only = args.includes('--only') && onlyArg !== undefined ? onlyArg.split(',') : undefined;

// Packages whose tarballs passed attw, reported in the summary line.
const checked = [];
const run = (cmd, argv, cwd) => execFileSync(cmd, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// Packs lazily: a package is linted with publint, packed and checked with attw
// the first time a subset needs it.
function packer(dest) {
  const dirs = {};
  for (const dir of readdirSync(join(root, 'packages'))) {
    const pkgDir = join(root, 'packages', dir);
    if (!existsSync(join(pkgDir, 'package.json'))) continue;
    dirs[JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).name] = pkgDir;
  }
  const tarballs = {};
  return new Proxy(tarballs, {
    get(target, name) {
      if (typeof name !== 'string' || target[name] !== undefined || dirs[name] === undefined) return target[name];
      run('pnpm', ['exec', 'publint', '--strict'], dirs[name]);
      const out = run('pnpm', ['pack', '--pack-destination', dest], dirs[name]).trim().split('\n').pop();
      target[name] = out.startsWith('/') ? out : join(dest, out);
      checkTypes(target[name]);
      checked.push(name);
      return target[name];
    },
  });
}

function internalDeps(tarballs, names) {
  // The closure of @lamina dependencies, read from the packed manifests.
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    if (tarballs[name] === undefined) throw new Error(`pack-check: package ${name} was not packed`);
    seen.add(name);
    const manifest = JSON.parse(run('tar', ['-xOzf', tarballs[name], 'package/package.json']));
    for (const dep of Object.keys(manifest.dependencies ?? {})) if (dep.startsWith('@lamina/')) visit(dep);
  };
  names.forEach(visit);
  return [...seen];
}

function checkSubset(subset, tarballs, work) {
  const dir = join(work, subset.name);
  mkdirSync(dir);
  const closure = internalDeps(tarballs, subset.install);
  // Transitive @lamina deps come from the tarballs too, never from the registry.
  const overrides = Object.fromEntries(
    closure.filter((n) => !subset.install.includes(n)).map((n) => [n, `file:${tarballs[n]}`]),
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `smoke-${subset.name}`, private: true, type: 'module', overrides }, null, 2),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...subset.install.map((n) => tarballs[n])], dir);
  const installed = run('find', ['node_modules', '-path', '*@tensorflow/tfjs-core/package.json'], dir)
    .trim()
    .split('\n')
    .filter(Boolean);
  if (installed.length !== 1) {
    throw new Error(`${subset.name}: expected one installed @tensorflow/tfjs-core, found ${installed.length}: ${installed.join(', ')}`);
  }
  const unexpected = readdirSync(join(dir, 'node_modules/@lamina')).filter((n) => !closure.includes(`@lamina/${n}`));
  if (unexpected.length > 0) throw new Error(`${subset.name}: unexpected packages installed: ${unexpected.join(', ')}`);
  writeFileSync(join(dir, 'smoke.mjs'), `${subset.smoke}\n${LOADED_CHECK}`);
  const out = run('node', ['smoke.mjs'], dir);
  return { name: subset.name, installed: closure, output: out.trim() };
}

const LOADED_CHECK = `
import { createRequire } from 'node:module';
const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => /@tensorflow[\\\\/]tfjs-core[\\\\/]dist[\\\\/]tf-core\\.node\\.js$/.test(f));
if (loaded.length !== 1) { console.error('loaded tfjs-core copies: ' + loaded.length); process.exit(1); }
console.log('one tfjs-core loaded');
`;

const work = mkdtempSync(join(tmpdir(), 'lamina-pack-check-'));
try {
  const tarballs = packer(join(work, 'tarballs'));
  const results = [];
  for (const subset of SUBSETS.filter((s) => only === undefined || only.includes(s.name))) {
    results.push(checkSubset(subset, tarballs, work));
    console.log(`ok ${subset.name}: ${results.at(-1).installed.join(' ')}`);
  }
  console.log(JSON.stringify({ ok: true, typesChecked: checked, results }));
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.error(`kept ${work}`);
}
