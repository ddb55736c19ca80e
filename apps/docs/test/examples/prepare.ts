import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { LIBRARY_PACKAGES, PACKAGES_DIR, type DocumentedExport } from './extract.js';

/** Generated example modules (gitignored, rewritten on every run). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../.examples/', import.meta.url));
const ROOT_DIR = fileURLToPath(new URL('../../../../', import.meta.url));

/** One `@example` block, written to its own module. */
export interface ExampleFile {
  readonly pkg: string;
  readonly symbol: string;
  /** 1-based position among the symbol's examples. */
  readonly n: number;
  readonly code: string;
  readonly file: string;
  readonly where: string;
  /** Whether the block sets up a backend itself (otherwise the runner registers `cpu()`). */
  readonly ownsBackend: boolean;
  /** On a helper the package does not export (see `extractInternal`). */
  readonly internal: boolean;
}

// The one rule for backends: a block that calls registerBackend, or says it
// starts with no backend registered, sets up its own; every other block runs
// with cpu() registered (and thus current).
export function ownsBackend(code: string): boolean {
  return /\bregisterBackend\s*\(/.test(code) || /no backend registered/i.test(code);
}

/**
 * The printed-value claims of a block: the text after `// → ` on each line,
 * which must equal what the `console.log` on that line prints. A remark in
 * parentheses after two spaces is prose: `// → 1  (only y is left)`.
 */
export function claimsOf(code: string): string[] {
  return [...code.matchAll(/\/\/ → (.*?)(?: {2,}\(.*\))?$/gm)].map((m) => m[1]!);
}


/** Writes every example block to `.examples/<pkg>/<symbol>-<n>.ts`. */
export function writeExamples(exports: readonly DocumentedExport[]): ExampleFile[] {
  rmSync(EXAMPLES_DIR, { recursive: true, force: true });
  const files: ExampleFile[] = [];
  // `ndarray` and `NDArray` are both exported: file names must differ in more
  // than case (case-insensitive file systems, and tsc's casing check).
  const taken = new Set<string>();
  for (const e of exports) {
    const dir = `${EXAMPLES_DIR}${e.pkg}${e.internalFile === undefined ? '' : '/internal'}`;
    mkdirSync(dir, { recursive: true });
    e.examples.forEach((code, i) => {
      let stem = `${e.name}-${i + 1}`;
      while (taken.has(`${dir}/${stem}`.toLowerCase())) stem += '_';
      taken.add(`${dir}/${stem}`.toLowerCase());
      const file = `${dir}/${stem}.ts`;
      // An internal helper's example imports it as its neighbours do
      // ('./dense-kernel.js'): point that at the source file's folder.
      const source =
        e.internalFile === undefined
          ? code
          : code.replace(/(from\s+')\.\/([^']+')/g, (_, head: string, rest: string) =>
              `${head}${relative(dir, dirname(e.internalFile!))}/${rest}`,
            );
      // `export {}` makes a block without imports a module too, so that two
      // blocks declaring the same name do not collide in the type check.
      writeFileSync(file, `// ${e.where} (generated: edit the TSDoc, not this file)\n${source}\nexport {};\n`);
      files.push({
        pkg: e.pkg,
        symbol: e.name,
        n: i + 1,
        code,
        file,
        where: e.where,
        ownsBackend: ownsBackend(code),
        internal: e.internalFile !== undefined,
      });
    });
  }
  return files;
}

/**
 * Type-checks the generated files as a user's strict project would, with
 * `@lamina/*` mapped to the package sources (no build needed). Returns the
 * diagnostics of the example files, formatted.
 */
export function typeCheckExamples(files: readonly ExampleFile[]): string[] {
  const paths: Record<string, string[]> = {};
  for (const p of LIBRARY_PACKAGES) paths[`@lamina/${p}`] = [`${PACKAGES_DIR}${p}/src/index.ts`];
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [`${ROOT_DIR}node_modules/@types`],
    paths,
  };
  const program = ts.createProgram(
    files.map((f) => f.file),
    options,
  );
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => EXAMPLES_DIR,
    getNewLine: () => '\n',
  };
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((f) => {
      const sf = program.getSourceFile(f.file);
      return sf === undefined ? [] : [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    }),
  ];
  return diagnostics.map((d) => ts.formatDiagnostic(d, host).trim());
}
