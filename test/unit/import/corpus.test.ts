// Every malformed fixture gives its expected message, and importing it changes nothing in the database.
import { describe, expect, it } from 'vitest';
import { ImportFileError, parseImportFile } from '@renderer/documents/import';
import { commitImport, planImport } from '@renderer/services/import';
import { createOrganisation } from '@renderer/services/organisations';
import { organisationInput } from '../services/applications.fixtures';
import { testContext } from '../services/test-context';
import { fixture, fixtureNames, malformedManifest, openCall, snapshot } from './helpers';

const manifest = malformedManifest();

describe('malformed import corpus', () => {
  it('has a manifest entry for every file, and at least 30 files', () => {
    expect(fixtureNames('malformed')).toEqual(Object.keys(manifest).sort());
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(manifest))('%s: says what is wrong and saves nothing', async (name, expected) => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    await createOrganisation(ctx, organisationInput());
    const before = await snapshot(ctx.db);

    const outcome = await parseImportFile(fixture('malformed', name)).then(
      (preview) => ({ preview }),
      (error: unknown) => ({ error }),
    );
    if (expected.kind === 'file') {
      expect('error' in outcome && outcome.error).toBeInstanceOf(ImportFileError);
      expect((outcome as { error: Error }).error.message).toContain(expected.message);
    } else {
      if (!('preview' in outcome)) throw outcome.error;
      const { preview } = outcome;
      expect(preview.rows).toEqual([]);
      expect(preview.errors).toContainEqual(
        expect.objectContaining({
          row: expected.row,
          column: expected.column,
          reason: expect.stringContaining(expected.message),
        }),
      );
      const plan = await planImport(ctx.db, callId, preview, { onDuplicate: 'update' });
      expect(await commitImport(ctx, callId, plan)).toMatchObject({ created: 0, updated: 0 });
    }
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});
