// The static import graph of the renderer's source, walked as the bundler walks it (static imports and
// re-exports; import() and type-only imports are left out), for tests that keep heavy code off a path.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const RENDERER = join(ROOT, 'src/renderer/src');
const ALIASES: Record<string, string> = {
  '@renderer/': join(ROOT, 'src/renderer/src/'),
  '@shared/': join(ROOT, 'src/shared/'),
};
/** The static (value) imports and re-exports of one source file. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      if (statement.isTypeOnly) continue;
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function resolveSource(from: string, specifier: string): string | undefined {
  const alias = Object.keys(ALIASES).find((prefix) => specifier.startsWith(prefix));
  const base = alias
    ? join(ALIASES[alias]!, specifier.slice(alias.length))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => existsSync(candidate) && !candidate.endsWith('/') && /\.tsx?$/.test(candidate),
  );
}

/** Every source file and package the roots reach statically, each with the file that imported it. */
export function importGraph(roots: readonly string[]): { files: Map<string, string | null>; packages: Map<string, string> } {
  const files = new Map<string, string | null>(roots.map((root) => [root, null]));
  const packages = new Map<string, string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of staticImports(file)) {
      const target = resolveSource(file, specifier);
      if (target) {
        if (!files.has(target)) {
          files.set(target, file);
          queue.push(target);
        }
      } else if (!specifier.startsWith('.') && !packages.has(specifier)) {
        packages.set(specifier, file);
      }
    }
  }
  return { files, packages };
}

export function chainTo(files: Map<string, string | null>, file: string): string {
  const chain: string[] = [];
  for (let at: string | null | undefined = file; at; at = files.get(at)) chain.unshift(relative(ROOT, at));
  return chain.join(' → ');
}

