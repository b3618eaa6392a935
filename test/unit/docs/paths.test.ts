// The documents point at real files: a renamed or deleted file makes this fail, so the
// examples a newcomer follows are never stale.
import { describe, expect, it } from 'vitest';
import { existsInRepo, mentionedPaths, readDoc } from './markdown';

const DOCS = [
  'docs/arkitektur.md',
  'docs/regelverk.md',
  'docs/formats/soknadsimport.md',
  'docs/formats/imdi-eksport.md',
  'docs/formats/sikkerhetskopi.md',
];

describe.each(DOCS)('%s', (doc) => {
  const paths = mentionedPaths(readDoc(doc));

  it('points the reader at the code', () => {
    expect(paths.length).toBeGreaterThan(2);
  });

  it('mentions only files and folders that exist', () => {
    expect(paths.filter((p) => !existsInRepo(p))).toEqual([]);
  });
});
