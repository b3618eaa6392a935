// Søknader is the page officers open most, and the bench's «first rows» start there: its chunk holds
// the list only. The form, the application's page and R2's confirmation validate with zod and
// re-screen; they load after the first rows (import()), so none of that is parsed before them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER, chainTo, importGraph } from './import-graph';

const LIST_PAGE = join(RENDERER, 'features/applications/ApplicationsPage.tsx');

describe("Søknader's page chunk", () => {
  const { files, packages } = importGraph([LIST_PAGE]);

  it('reaches the list and its rows (the walk follows the real imports)', () => {
    expect([...files.keys()]).toContain(join(RENDERER, 'features/applications/list/use-application-rows.ts'));
  });

  it('loads neither zod nor the screening service before the first rows', () => {
    const zod = packages.has('zod') ? [`zod, via ${chainTo(files, packages.get('zod')!)}`] : [];
    const services = [...files.keys()].filter((file) => file.startsWith(join(RENDERER, 'services/screening')));
    expect(zod).toEqual([]);
    expect(services.map((file) => chainTo(files, file))).toEqual([]);
  });
});
