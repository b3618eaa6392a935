// Standardtekster i brev through the services: saved in the settings row (change-logged, passing the
// settings schema), refused with the message at the text when invalid (nothing saved), reset one or
// all, kept by backup and restore, and used by every letter job in the letter's own language.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LETTER_TEXTS } from '@renderer/documents/pdf/letter-texts';
import { editableLetterTexts } from '@renderer/domain/letter-texts/effective';
import { AppSettingsSchema } from '@renderer/domain/settings';
import { prepareLetters } from '@renderer/features/decisions/letters/letter-job';
import { createBackup, inspectBackup, restoreBackup } from '@renderer/services/backup';
import { defaultLetterhead } from '@renderer/domain/decisions/letterhead';
import { completeFirstRun, updateSettings } from '@renderer/services/settings';
import { setDecisionReason } from '@renderer/services/decisions/reason-language';
import { resetLetterText, resetLetterTexts, saveLetterText, saveLetterTexts } from '@renderer/services/letter-texts';
import { fillEveryTable } from '../backup/every-table';
import { FIXED_NOW, testContext, validationErrorOf } from '../services/test-context';

const APPEAL = 'Vil dere klage, må klagen komme fram innen {klagefrist}. Send den til {kommune}. IMDi er klageinstans.';
const APPEAL_NN = 'Vil de klage, må klaga kome fram innan {klagefrist}. Send ho til {kommune}. IMDi er klageinstans.';

async function setUp() {
  const ctx = testContext();
  await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
  return ctx;
}

const stored = async (ctx: ReturnType<typeof testContext>) => (await ctx.db.settings.get('app'))?.letterTexts;
const settingsLogCount = (ctx: ReturnType<typeof testContext>) => ctx.db.changeLog.where('entity').equals('settings').count();

describe('saving one letter text', () => {
  it('stores the edit, change-logged, in a row that passes the settings schema', async () => {
    const ctx = await setUp();
    const after = await saveLetterText(ctx, 'nb', 'appeal.after', `  ${APPEAL} `);
    expect(after.letterTexts).toEqual({ nb: { 'appeal.after': APPEAL } });
    expect(AppSettingsSchema.safeParse(after).success).toBe(true);
    expect(await settingsLogCount(ctx)).toBe(2);
    const entry = await ctx.db.changeLog.orderBy('id').last();
    expect(entry).toMatchObject({ entity: 'settings', action: 'endret', actor: 'Kari Saksbehandler', at: FIXED_NOW });
    expect((entry?.after as { letterTexts?: unknown }).letterTexts).toEqual({ nb: { 'appeal.after': APPEAL } });
  });

  it('refuses a misspelt placeholder with the message at the text, and saves nothing', async () => {
    const ctx = await setUp();
    const error = await validationErrorOf(saveLetterText(ctx, 'nb', 'appeal.after', 'Frist {klagefirst}, til {kommune}.'));
    expect(error.fieldErrors['appeal.after']).toBe(
      '«Klageadgang – egen tekst etter» har en ukjent plassholder: {klagefirst}. Se listen over plassholdere du kan bruke.',
    );
    expect(await stored(ctx)).toBeUndefined();
    expect(await settingsLogCount(ctx)).toBe(1);
  });

  it('refuses a text that is not editable', async () => {
    const ctx = await setUp();
    const error = await validationErrorOf(saveLetterText(ctx, 'nb', 'labels.ourRef', 'Vår referanse'));
    expect(error.fieldErrors['path']).toBe('Ukjent brevtekst: labels.ourRef');
    expect(await stored(ctx)).toBeUndefined();
  });

  it('keeps nothing when a text is saved back to its standard wording', async () => {
    const ctx = await setUp();
    await saveLetterText(ctx, 'nb', 'closing', 'Vennlig hilsen');
    const after = await saveLetterText(ctx, 'nb', 'closing', DEFAULT_LETTER_TEXTS.nb.closing);
    expect(after.letterTexts).toEqual({});
  });
});

describe('saving all texts of a language', () => {
  it('stores only the texts that differ from the standard, and leaves the other language', async () => {
    const ctx = await setUp();
    await saveLetterText(ctx, 'nn', 'appeal.after', APPEAL_NN);
    const texts = { ...editableLetterTexts('nb', undefined), 'appeal.after': APPEAL, closing: 'Vennlig hilsen' };
    const after = await saveLetterTexts(ctx, 'nb', texts);
    expect(after.letterTexts).toEqual({ nb: { 'appeal.after': APPEAL, closing: 'Vennlig hilsen' }, nn: { 'appeal.after': APPEAL_NN } });
  });

  it('saves nothing when one text is invalid, and names every bad text', async () => {
    const ctx = await setUp();
    const texts = {
      ...editableLetterTexts('nb', undefined),
      'appeal.after': 'Dere kan ikke klage.',
      closing: ' ',
      'purpose.heading': 'Formål',
    };
    const error = await validationErrorOf(saveLetterTexts(ctx, 'nb', texts));
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['appeal.after', 'closing']);
    expect(error.fieldErrors['closing']).toBe('«Hilsen» kan ikke være tom');
    expect(await stored(ctx)).toBeUndefined();
  });
});

describe('resetting', () => {
  it('gives one text back its standard and keeps the others, change-logged', async () => {
    const ctx = await setUp();
    await saveLetterText(ctx, 'nb', 'appeal.after', APPEAL);
    await saveLetterText(ctx, 'nb', 'closing', 'Vennlig hilsen');
    const after = await resetLetterText(ctx, 'nb', 'appeal.after');
    expect(after.letterTexts).toEqual({ nb: { closing: 'Vennlig hilsen' } });
    expect(await settingsLogCount(ctx)).toBe(4);
  });

  it('gives all texts of one language back their standard, not the other language', async () => {
    const ctx = await setUp();
    await saveLetterText(ctx, 'nb', 'appeal.after', APPEAL);
    await saveLetterText(ctx, 'nb', 'closing', 'Vennlig hilsen');
    await saveLetterText(ctx, 'nn', 'appeal.after', APPEAL_NN);
    const after = await resetLetterTexts(ctx, 'nb');
    expect(after.letterTexts).toEqual({ nn: { 'appeal.after': APPEAL_NN } });
    expect(await settingsLogCount(ctx)).toBe(5);
  });
});

describe('backup and restore', () => {
  it('keeps the edited letter texts', async () => {
    const ctx = testContext();
    await fillEveryTable(ctx);
    await saveLetterText(ctx, 'nn', 'appeal.after', APPEAL_NN);
    const { blob: bytes } = await createBackup(ctx.db, new Date(FIXED_NOW));
    await resetLetterTexts(ctx, 'nn');
    const inspected = await inspectBackup(bytes);
    if (!inspected.ok) throw new Error(inspected.error);
    await restoreBackup(ctx, inspected.backup);
    expect(await stored(ctx)).toEqual({ nn: { 'appeal.after': APPEAL_NN } });
  });
});

describe('letter jobs', () => {
  it('carry the municipality’s texts in the language the letter is made in', async () => {
    const ctx = testContext();
    await fillEveryTable(ctx);
    await saveLetterText(ctx, 'nb', 'appeal.after', APPEAL);
    // Letters need the municipality's postal address in the letterhead.
    await updateSettings(ctx, { letterhead: { ...defaultLetterhead({ name: 'Bergen', email: '', phone: '' }, 'Kari'), addressLines: ['Postboks 7700', '5020 Bergen'] } });

    const [nb] = await prepareLetters(ctx.db, ['dec-1'], 'nb', '2020-03-10');
    expect(nb!.job.input.texts.appeal.after).toBe(APPEAL);
    expect(nb!.job.input.texts.access).toEqual(DEFAULT_LETTER_TEXTS.nb.access);

    // A nynorsk letter needs the reasons in nynorsk first.
    await expect(prepareLetters(ctx.db, ['dec-1'], 'nn', '2020-03-10')).rejects.toThrow(/finnes ikke på nynorsk/);
    await setDecisionReason(ctx, 'dec-1', 'nn', 'Grunngiving på nynorsk.');
    const [nn] = await prepareLetters(ctx.db, ['dec-1'], 'nn', '2020-03-10');
    expect(nn!.job.input.texts).toEqual(DEFAULT_LETTER_TEXTS.nn);
  });
});
