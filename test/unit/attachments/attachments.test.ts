// Files kept in a case: hashed, size-limited, listed without bytes, removals logged.
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '@renderer/domain/attachment';
import { addAttachment, getAttachment, listAttachments, removeAttachment } from '@renderer/services/attachments';
import { EntityNotFoundError } from '@renderer/services/errors';
import { seedApplication } from '../services/applications.fixtures';
import { testContext, validationErrorOf } from '../services/test-context';

const PDF = new TextEncoder().encode('%PDF-1.7 årsrapport');

describe('attachments', () => {
  it('keeps the bytes with their SHA-256 and lists them without bytes', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const saved = await addAttachment(ctx, {
      ownerTable: 'applications', ownerId: applicationId, fileName: 'rapport.pdf', mimeType: 'application/pdf', bytes: PDF, note: ' Årsrapport ',
    });
    expect(saved.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(saved.sizeBytes).toBe(PDF.byteLength);
    expect(saved.note).toBe('Årsrapport');

    const listed = await listAttachments(ctx.db, 'applications', applicationId);
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('bytes');
    expect(listed[0]?.fileName).toBe('rapport.pdf');
    expect(Array.from((await getAttachment(ctx.db, saved.id)).bytes)).toEqual(Array.from(PDF));

    const logged = await ctx.db.changeLog.where('[entity+entityId]').equals(['attachments', saved.id]).toArray();
    expect(logged.map((e) => e.action)).toEqual(['opprettet']);
    expect((logged[0]?.after as { bytes: unknown }).bytes).toEqual({ byteLength: PDF.byteLength });
  });

  it('refuses a file over the limit, naming it, and writes nothing', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const error = await validationErrorOf(
      addAttachment(ctx, {
        ownerTable: 'applications', ownerId: applicationId, fileName: 'skann.pdf', mimeType: 'application/pdf',
        bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1),
      }),
    );
    expect(error.message).toContain('«skann.pdf»');
    expect(error.message).toContain('høyst 20 MB');
    expect(await ctx.db.attachments.count()).toBe(0);
  });

  it('refuses an empty file and a file for an entity that does not exist', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const empty = await validationErrorOf(
      addAttachment(ctx, { ownerTable: 'applications', ownerId: applicationId, fileName: 'tom.pdf', mimeType: '', bytes: new Uint8Array(0) }),
    );
    expect(empty.message).toBe('Filen «tom.pdf» er tom.');
    await expect(
      addAttachment(ctx, { ownerTable: 'reports', ownerId: 'finnes-ikke', fileName: 'a.pdf', mimeType: '', bytes: PDF }),
    ).rejects.toBeInstanceOf(EntityNotFoundError);
    expect(await ctx.db.attachments.count()).toBe(0);
  });

  it('removes a file and logs what it was, without its bytes', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const saved = await addAttachment(ctx, { ownerTable: 'applications', ownerId: applicationId, fileName: 'a.pdf', mimeType: '', bytes: PDF });
    await removeAttachment(ctx, saved.id);
    expect(await listAttachments(ctx.db, 'applications', applicationId)).toEqual([]);
    const removal = (await ctx.db.changeLog.where('[entity+entityId]').equals(['attachments', saved.id]).toArray())[1];
    expect(removal?.action).toBe('slettet');
    expect((removal?.before as { sha256: string; bytes: unknown }).sha256).toBe(saved.sha256);
    expect((removal?.before as { bytes: unknown }).bytes).toEqual({ byteLength: PDF.byteLength });
  });
});
