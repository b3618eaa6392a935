// The developer documents point at real files: a renamed or deleted file makes this fail, so the
// examples a newcomer follows are never stale.
import { describe, expect, it } from 'vitest';
import { existsInRepo, mentionedPaths, readDoc } from './markdown';

describe.each(['docs/arkitektur.md', 'docs/regelverk.md'])('%s', (doc) => {
  const paths = mentionedPaths(readDoc(doc));

  it('mentions files', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  it('mentions only files and folders that exist', () => {
    expect(paths.filter((p) => !existsInRepo(p))).toEqual([]);
  });
});
