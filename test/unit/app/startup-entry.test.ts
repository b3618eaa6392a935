// What the program loads before its first screen: the modules early.ts and main.tsx reach by static imports
// end up in the chunks index.html loads, and every kilobyte there is parsed before anything shows.
// The walk follows the source as the bundler does (static imports and re-exports; import() and
// type-only imports are left out), so a helper file that drags zod or a heavy MUI component into
// the start-up fails here, with the chain of imports that brought it in.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER, ROOT, chainTo, importGraph } from './import-graph';

/** index.html's two scripts: the early one that asks for the first screen's chunks, and the entry. */
const ENTRIES = [join(RENDERER, 'early.ts'), join(RENDERER, 'main.tsx')];

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

describe('the start-up entry', () => {
  const { files, packages } = importGraph(ENTRIES);

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
