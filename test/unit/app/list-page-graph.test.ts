// Søknader and Vedtak og brev are the big lists, and the bench's «first rows» start there: their
// chunks hold the lists only. The forms, one case's page and the dialogs that decide, confirm R2,
// make letters or mark them sent validate with zod and write through the services; they load after
// the first rows (import()), so none of that is parsed before them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER, chainTo, importGraph } from './import-graph';

const LISTS = [
  { page: 'features/applications/ApplicationsPage.tsx', rows: 'features/applications/list/use-application-rows.ts' },
  { page: 'features/decisions/DecisionsPage.tsx', rows: 'features/decisions/list/use-decision-rows.ts' },
];

describe.each(LISTS)('the page chunk of $page', ({ page, rows }) => {
  const { files, packages } = importGraph([join(RENDERER, page)]);

  it('reaches the list and its rows (the walk follows the real imports)', () => {
    expect([...files.keys()]).toContain(join(RENDERER, rows));
  });

  it('loads neither zod nor a writing service before the first rows', () => {
    const zod = packages.has('zod') ? [`zod, via ${chainTo(files, packages.get('zod')!)}`] : [];
    const writers = [...files.keys()].filter(
      (file) => file.startsWith(join(RENDERER, 'services/screening')) || file.startsWith(join(RENDERER, 'services/decisions')) || file === join(RENDERER, 'services/context.ts'),
    );
    expect(zod).toEqual([]);
    expect(writers.map((file) => chainTo(files, file))).toEqual([]);
  });
});
