import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The library packages whose public entry (`src/index.ts`) is documented. */
export const LIBRARY_PACKAGES = [
  'core-tensor',
  'backend-cpu',
  'backend-wasm',
  'initializers',
  'layers',
  'inspect',
] as const;
export type LibraryPackage = (typeof LIBRARY_PACKAGES)[number];

export const PACKAGES_DIR = fileURLToPath(new URL('../../../../packages/', import.meta.url));

/** One exported symbol of a package, with what its TSDoc says. */
export interface DocumentedExport {
  readonly pkg: LibraryPackage;
  readonly name: string;
  /** First paragraph of the TSDoc, '' when there is none. */
  readonly summary: string;
  /** Every fenced ```ts block under an `@example` tag, in order. */
  readonly examples: readonly string[];
  /** Where the comment was read (file:line), for failure messages. */
  readonly where: string;
}

/** Splits a raw `/** … *\/` comment into summary and example blocks. */
export function parseDocComment(raw: string): { summary: string; examples: string[] } {
  const lines = raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''));
  const summary: string[] = [];
  const examples: string[] = [];
  let tag: string | undefined;
  let fence: string[] | undefined;
  let summaryDone = false;
  for (const line of lines) {
    // A fence is opaque: `@` or blank lines inside code belong to the code.
    if (fence !== undefined) {
      if (/^\s*```\s*$/.test(line)) {
        if (tag === 'example') examples.push(fence.join('\n'));
        fence = undefined;
      } else {
        fence.push(line);
      }
      continue;
    }
    if (/^\s*```/.test(line)) {
      // Only TypeScript blocks run; ```sh or ```text under @example are prose.
      fence = /^\s*```(ts|typescript)\s*$/.test(line) ? [] : [];
      if (!/^\s*```(ts|typescript)\s*$/.test(line)) tag = tag === 'example' ? 'example-other' : tag;
      summaryDone = true;
      continue;
    }
    const tagMatch = /^\s*@(\w+)/.exec(line);
    if (tagMatch !== null) {
      tag = tagMatch[1];
      summaryDone = true;
      continue;
    }
    if (tag === 'example-other') tag = 'example';
    if (!summaryDone && tag === undefined) {
      if (line.trim() === '') {
        if (summary.length > 0) summaryDone = true;
      } else {
        summary.push(line.trim());
      }
    }
  }
  return { summary: summary.join(' '), examples };
}

function docCommentOf(node: ts.Node): ts.JSDoc | undefined {
  // `export * as tfjs from …` keeps its comment on the export statement.
  if (ts.isNamespaceExport(node)) return docCommentOf(node.parent);
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return docs.at(-1);
}

function isOurs(node: ts.Node): boolean {
  return node.getSourceFile().fileName.startsWith(PACKAGES_DIR);
}

/**
 * Enumerates the exports of one package's `src/index.ts` with the checker.
 * A symbol re-exported from a third-party module (tfjs-core) has its TSDoc on
 * the export line in our index; everything else is read at its declaration.
 */
export function extractPackage(program: ts.Program, pkg: LibraryPackage): DocumentedExport[] {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(`${PACKAGES_DIR}${pkg}/src/index.ts`);
  if (file === undefined) throw new Error(`extract: no source file for ${pkg}`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) throw new Error(`extract: ${pkg}/src/index.ts is not a module`);
  const out: DocumentedExport[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const candidates: ts.Node[] = [...(exported.declarations ?? [])];
    if (exported.flags & ts.SymbolFlags.Alias) {
      candidates.push(...(checker.getAliasedSymbol(exported).declarations ?? []));
    }
    let found: DocumentedExport | undefined;
    for (const node of candidates) {
      if (!isOurs(node)) continue;
      const doc = docCommentOf(node);
      if (doc === undefined) continue;
      const sf = doc.getSourceFile();
      const raw = sf.text.slice(doc.getStart(sf), doc.getEnd());
      const line = sf.getLineAndCharacterOfPosition(doc.getStart(sf)).line + 1;
      found = {
        pkg,
        name: exported.name,
        ...parseDocComment(raw),
        where: `${sf.fileName.slice(PACKAGES_DIR.length)}:${line}`,
      };
      break;
    }
    out.push(found ?? { pkg, name: exported.name, summary: '', examples: [], where: `${pkg}/src/index.ts` });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** One program over every package entry (the checker is shared, so this is done once). */
export function createLibraryProgram(): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  };
  return ts.createProgram(
    LIBRARY_PACKAGES.map((p) => `${PACKAGES_DIR}${p}/src/index.ts`),
    options,
  );
}

export function extractAll(): DocumentedExport[] {
  const program = createLibraryProgram();
  return LIBRARY_PACKAGES.flatMap((pkg) => extractPackage(program, pkg));
}
