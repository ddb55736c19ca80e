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
  /**
   * For a helper exported by its module but not by the package: the source
   * file, so that its example's relative imports (`./dense-kernel.js`) resolve.
   */
  readonly internalFile?: string;
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
  // The open fence's lines, and whether it is a ```ts block under @example.
  let fence: { lines: string[]; runnable: boolean } | undefined;
  let inSummary = true;
  for (const line of lines) {
    // A fence is opaque: `@` or blank lines inside code belong to the code.
    if (fence !== undefined) {
      if (/^\s*```\s*$/.test(line)) {
        if (fence.runnable) examples.push(fence.lines.join('\n'));
        fence = undefined;
      } else {
        fence.lines.push(line);
      }
      continue;
    }
    const open = /^\s*```(\w*)\s*$/.exec(line);
    if (open !== null) {
      // ```sh or ```text under @example is shown, not run.
      fence = { lines: [], runnable: tag === 'example' && (open[1] === 'ts' || open[1] === 'typescript') };
      inSummary = false;
      continue;
    }
    const tagMatch = /^\s*@(\w+)/.exec(line);
    if (tagMatch !== null) {
      tag = tagMatch[1];
      inSummary = false;
      continue;
    }
    if (inSummary) {
      // A tag later on the line (`/** Sums. @example … */`) ends the summary.
      const [text = '', ...tagged] = line.split(/\s(?=@\w)/);
      if (text.trim() !== '') summary.push(text.trim());
      else if (summary.length > 0) inSummary = false;
      if (tagged.length > 0) inSummary = false;
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
      found = documented(pkg, exported.name, node);
      if (found !== undefined) break;
    }
    out.push(found ?? { pkg, name: exported.name, summary: '', examples: [], where: `${pkg}/src/index.ts` });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function documented(pkg: LibraryPackage, name: string, node: ts.Node): DocumentedExport | undefined {
  const doc = docCommentOf(node);
  if (doc === undefined) return undefined;
  const sf = doc.getSourceFile();
  const raw = sf.text.slice(doc.getStart(sf), doc.getEnd());
  const line = sf.getLineAndCharacterOfPosition(doc.getStart(sf)).line + 1;
  return { pkg, name, ...parseDocComment(raw), where: `${sf.fileName.slice(PACKAGES_DIR.length)}:${line}` };
}

/**
 * Examples on helpers that a module exports but its package does not (for
 * the package's own maintainers): they run too, so that they cannot rot
 * either. Not required: an internal helper may have no example.
 */
export function extractInternal(program: ts.Program, pkg: LibraryPackage, publicOnes: readonly DocumentedExport[]): DocumentedExport[] {
  const checker = program.getTypeChecker();
  const seen = new Set(publicOnes.map((e) => e.where));
  const src = `${PACKAGES_DIR}${pkg}/src/`;
  const out: DocumentedExport[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(src) || sf.fileName.endsWith('.test.ts') || sf.fileName.endsWith('/index.ts')) continue;
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (moduleSymbol === undefined) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const node = exported.declarations?.find((d) => d.getSourceFile() === sf);
      if (node === undefined) continue;
      const found = documented(pkg, exported.name, node);
      if (found === undefined || found.examples.length === 0 || seen.has(found.where)) continue;
      out.push({ ...found, internalFile: sf.fileName });
    }
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

/** The public exports of every package, then the documented internal helpers. */
export function extractAll(): { publicExports: DocumentedExport[]; internal: DocumentedExport[] } {
  const program = createLibraryProgram();
  const publicExports = LIBRARY_PACKAGES.flatMap((pkg) => extractPackage(program, pkg));
  const internal = LIBRARY_PACKAGES.flatMap((pkg) =>
    extractInternal(program, pkg, publicExports.filter((e) => e.pkg === pkg)),
  );
  return { publicExports, internal };
}
