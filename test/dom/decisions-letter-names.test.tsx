import { describe, expect, it } from 'vitest';
import { letterFileName, lettersFolderName, safeFileNamePart } from '@renderer/features/decisions/letters/letter-file-name';
import { letterStatus } from '@renderer/features/decisions/letter-status';
import { uniqueFileNames as uniqueNames } from '@shared/unique-file-names';

describe('letter file names', () => {
  it('spells out Norwegian letters and replaces everything unsafe', () => {
    expect(safeFileNamePart('Språkkafé for nyankomne: «Åpen» / Ærlig?')).toBe('Sprakkafe-for-nyankomne-Apen-Aerlig');
    expect(safeFileNamePart('../../etc')).toBe('etc');
    expect(safeFileNamePart('???')).toBe('uten-navn');
    expect(letterFileName('974760673', 'Leksehjelp på biblioteket', 'delvis_innvilgelse')).toBe(
      '974760673-Leksehjelp-pa-biblioteket-delvis-innvilgelse.pdf',
    );
    expect(lettersFolderName(2020)).toBe('vedtaksbrev-2020');
  });

  it('numbers repeated names so no letter overwrites another in the zip', () => {
    expect(uniqueNames(['a.pdf', 'b.pdf', 'a.pdf', 'a.pdf'])).toEqual(['a.pdf', 'b.pdf', 'a (2).pdf', 'a (3).pdf']);
  });
});

describe('letterStatus', () => {
  const decision = { id: 'd1', updatedAt: '2020-03-02T10:00:00.000Z', lockedAt: undefined };
  const letter = (createdAt: string, sentDate?: string) => ({
    id: createdAt,
    decisionId: 'd1',
    createdAt,
    sentDate,
    language: 'nb' as const,
    sha256: 'a'.repeat(64),
    kind: 'innvilgelse' as const,
  });

  it('is none, made, outdated or sent', () => {
    expect(letterStatus(decision, [])).toEqual({ kind: 'none' });
    expect(letterStatus(decision, [letter('2020-03-02T11:00:00.000Z')]).kind).toBe('made');
    expect(letterStatus(decision, [letter('2020-03-02T09:00:00.000Z')]).kind).toBe('outdated');
    const sent = letterStatus({ ...decision, lockedAt: '2020-03-03T08:00:00.000Z' }, [
      letter('2020-03-02T11:00:00.000Z', '2020-03-03'),
      letter('2020-03-04T11:00:00.000Z'),
    ]);
    expect(sent).toMatchObject({ kind: 'sent', sentDate: '2020-03-03' });
  });
});
