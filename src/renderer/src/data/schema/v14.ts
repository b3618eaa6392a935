// Version 14: each letter's head (everything but the PDF bytes) in a slim table keyed by the
// letter's id, so lists of letter status never read PDFs. Derived data: the upgrade fills it from
// the letters once; afterwards data/letter-heads-mirror.ts writes it in the same transaction as
// every write to `letters` (whichever service, restore included). Never backed up.
import type { Letter } from '@renderer/domain/letter';
import { letterHeadOf, type LetterHead } from '@renderer/domain/letter-head';
import type { SchemaVersion } from './schema-version';

export const v14: SchemaVersion = {
  version: 14,
  stores: { letterHeads: 'id, decisionId' },
  upgrade: async (tx) => {
    // One letter at a time: the PDFs are never all in memory together.
    const heads: LetterHead[] = [];
    await tx.table('letters').each((letter: Letter) => {
      heads.push(letterHeadOf(letter));
    });
    await tx.table('letterHeads').bulkPut(heads);
  },
};
