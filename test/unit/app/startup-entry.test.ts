// What the program loads before its first screen: the modules main.tsx reaches by static imports
// end up in the chunks index.html loads, and every kilobyte there is parsed before anything shows.
// The walk follows the source as the bundler does (static imports and re-exports; import() and
// type-only imports are left out), so a helper file that drags zod or a heavy MUI component into
// the start-up fails here, with the chain of imports that brought it in.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'src/renderer/src/main.tsx');
const ALIASES: Record<string, string> = {
  '@renderer/': join(ROOT, 'src/renderer/src/'),
  '@shared/': join(ROOT, 'src/shared/'),
};

/** The packages (and MUI parts) the first screen needs: React, the theme, the database. */
const ALLOWED_PACKAGES = new Set([
  'react',
  'react/jsx-runtime',
  'react-dom/client',
  'dexie',
  'dexie-react-hooks',
  '@mui/material/styles',
  '@mui/material/locale',
  '@mui/material/CssBaseline',
  '@mui/material/Box',
  '@mui/material/Typography',
]);

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

/** Every source file and package main.tsx reaches statically, each with the file that imported it. */
function startupGraph(): { files: Map<string, string | null>; packages: Map<string, string> } {
  const files = new Map<string, string | null>([[ENTRY, null]]);
  const packages = new Map<string, string>();
  const queue = [ENTRY];
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

function chainTo(files: Map<string, string | null>, file: string): string {
  const chain: string[] = [];
  for (let at: string | null | undefined = file; at; at = files.get(at)) chain.unshift(relative(ROOT, at));
  return chain.join(' → ');
}

describe('the start-up entry', () => {
  const { files, packages } = startupGraph();

  it('reaches the database and the first screen (the walk follows the real imports)', () => {
    const reached = [...files.keys()].map((file) => relative(ROOT, file));
    expect(reached).toContain('src/renderer/src/data/db.ts');
    expect(reached).toContain('src/renderer/src/app/theme.ts');
    expect(reached).toContain('src/renderer/src/components/StartupSplash.tsx');
    expect([...packages.keys()]).toContain('dexie');
  });

  it('loads no package the first screen does not need (zod, buttons, icons, the router …)', () => {
    const extra = [...packages].filter(([name]) => !ALLOWED_PACKAGES.has(name));
    const explained = extra.map(([name, importer]) => `${name}, via ${chainTo(files, importer)}`);
    expect(explained).toEqual([]);
  });
});
