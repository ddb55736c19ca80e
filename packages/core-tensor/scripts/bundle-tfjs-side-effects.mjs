// tfjs-core's Node.js entry (dist/tf-core.node.js) omits two side-effect
// modules that its ESM entry users import by hand: the gradient registry and
// the chained tensor methods (`t.add(...)`). They are ESM files in a package
// Node treats as CommonJS, so Node cannot load them directly. This script
// bundles them (with tfjs-core itself external, so there is still one engine)
// into one file Node can import, as the @tensorflow/tfjs union bundle does.
import { build } from 'esbuild';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../src/generated/', import.meta.url));
mkdirSync(out, { recursive: true });
await build({
  stdin: {
    contents: [
      "import '@tensorflow/tfjs-core/dist/register_all_gradients.js';",
      "import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js';",
    ].join('\n'),
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  plugins: [
    {
      name: 'lamina:tfjs-core-external',
      setup(b) {
        // Only the bare specifier stays external: the engine, the Tensor class
        // and the registries come from the one installed tfjs-core.
        b.onResolve({ filter: /^@tensorflow\/tfjs-core$/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
  outfile: `${out}tfjs-side-effects.node.js`,
  legalComments: 'none',
  logLevel: 'warning',
});
// The declaration brings tfjs's chained-method typings (`t.add(u)`) to users.
writeFileSync(
  `${out}tfjs-side-effects.node.d.ts`,
  "import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js';\nexport {};\n",
);
// Browsers (through a bundler's `browser` field) load tfjs-core's ESM files
// directly, which shares the ops code instead of carrying a second copy.
writeFileSync(
  `${out}tfjs-side-effects.browser.js`,
  [
    "import '@tensorflow/tfjs-core/dist/register_all_gradients.js';",
    "import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js';",
    '',
  ].join('\n'),
);
// src/generated serves tests that run on sources; dist/generated ships.
const dist = fileURLToPath(new URL('../dist/generated/', import.meta.url));
mkdirSync(dist, { recursive: true });
cpSync(out, dist, { recursive: true });
