// A database that has once opened at version N never runs the upgrade of a version below N, so a
// new schema version must be numbered above every version that has shipped: a gap left below the
// newest (15, 16, 19 and 20 today) can never be filled later.
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '@renderer/data/schema';

/** Every version in a release so far. Add the new one here when it ships. */
const SHIPPED = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 17, 18, 21];

describe('schema versions', () => {
  const versions = SCHEMA_VERSIONS.map((v) => v.version);

  it('ascend, each once', () => {
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('keep every shipped version', () => {
    for (const shipped of SHIPPED) expect(versions).toContain(shipped);
  });

  it('number every new version above the newest shipped one', () => {
    const newest = Math.max(...SHIPPED);
    const added = versions.filter((v) => !SHIPPED.includes(v));
    for (const v of added) expect(v, `schema v${v} lies below v${newest}, which databases may already have`).toBeGreaterThan(newest);
  });
});
