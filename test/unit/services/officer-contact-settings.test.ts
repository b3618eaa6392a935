// The officer's own phone and e-mail and the municipality's postal address: asked at the first run,
// changed in Innstillinger, checked with Norwegian messages at the field; the dated law references.
import { describe, expect, it } from 'vitest';
import { completeFirstRun, updateSettings } from '@renderer/services/settings';
import {
  LawReferenceSetsSchema,
  STANDARD_LAW_REFERENCES,
  lawReferenceValues,
  lawReferencesOn,
  type LawReferenceSet,
} from '@renderer/domain/letter-texts/law-references';
import { AppSettingsSchema } from '@renderer/domain/settings';
import { testContext, validationErrorOf } from './test-context';

describe('the officer’s contact details', () => {
  it('are saved at the first run with the postal address, which starts the letterhead', async () => {
    const ctx = testContext();
    const settings = await completeFirstRun(ctx, {
      municipalityId: '4601',
      officerName: 'Kari Nordmann',
      officerPhone: ' 55 56 12 34 ',
      officerEmail: 'kari.nordmann@bergen.kommune.no',
      postalAddress: 'Postboks 7700, 5020 Bergen',
    });
    expect(settings.officerPhone).toBe('55 56 12 34');
    expect(settings.officerEmail).toBe('kari.nordmann@bergen.kommune.no');
    expect(settings.letterhead?.addressLines).toEqual(['Postboks 7700', '5020 Bergen']);
    expect(settings.letterhead?.municipalityName).toBe('Bergen kommune');
    // The seeded scheme contact is not put into the letterhead as if it were the municipality's.
    expect(settings.letterhead?.phone).toBeUndefined();
    expect(settings.letterhead?.email).toBeUndefined();
    expect(AppSettingsSchema.safeParse(await ctx.db.settings.get('app')).success).toBe(true);
  });

  it('may be left empty at the first run', async () => {
    const ctx = testContext();
    const settings = await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann', officerPhone: '', officerEmail: '', postalAddress: '' });
    expect(settings).not.toHaveProperty('officerPhone');
    expect(settings).not.toHaveProperty('officerEmail');
    expect(settings).not.toHaveProperty('letterhead');
  });

  it('refuses a phone number or e-mail that is not one, with the message at the field', async () => {
    const ctx = testContext();
    const error = await validationErrorOf(
      completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann', officerPhone: 'ring meg', officerEmail: 'kari@' }),
    );
    expect(error.fieldErrors['officerPhone']).toBe('Skriv telefonnummeret med siffer, for eksempel 55 56 12 34');
    expect(error.fieldErrors['officerEmail']).toBe('Skriv en gyldig e-postadresse, for eksempel kari.nordmann@bergen.kommune.no');
    expect(await ctx.db.settings.get('app')).toBeUndefined();
  });

  it('can be changed and removed in Innstillinger', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann', officerPhone: '55 56 12 34' });
    const changed = await updateSettings(ctx, { officerPhone: '+47 912 34 567', officerEmail: 'kari@bergen.kommune.no' });
    expect(changed).toMatchObject({ officerPhone: '+47 912 34 567', officerEmail: 'kari@bergen.kommune.no' });
    const removed = await updateSettings(ctx, { officerPhone: '', officerEmail: '' });
    expect(removed).not.toHaveProperty('officerPhone');
    expect(removed).not.toHaveProperty('officerEmail');
    const error = await validationErrorOf(updateSettings(ctx, { officerEmail: 'ikke en adresse' }));
    expect(Object.keys(error.fieldErrors)).toEqual(['officerEmail']);
  });

  it('a later first run keeps what was set up before', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann', postalAddress: 'Postboks 7700, 5020 Bergen' });
    const again = await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann', postalAddress: 'Annen vei 1' });
    expect(again.letterhead?.addressLines).toEqual(['Postboks 7700', '5020 Bergen']);
  });
});

describe('dated law references', () => {
  const NEW_AUDIT_LAW: LawReferenceSet = {
    validFrom: '2025-01-01',
    refs: { ...STANDARD_LAW_REFERENCES.refs, auditControl: { paragraph: '4-2', ledd: 1 } },
  };

  it('cite the set in force on the letter’s date', () => {
    expect(lawReferencesOn('2024-12-31', [NEW_AUDIT_LAW])).toBe(STANDARD_LAW_REFERENCES);
    expect(lawReferencesOn('2025-01-01', [NEW_AUDIT_LAW])).toBe(NEW_AUDIT_LAW);
    expect(lawReferenceValues('nb', '2025-03-01', [NEW_AUDIT_LAW])['ref_riksrevisjon']).toBe('§\u00a04-2\u00a0første\u00a0ledd');
    expect(lawReferenceValues('nn', '2020-03-01', [NEW_AUDIT_LAW])['ref_bevilgning']).toBe('§\u00a010\u00a0andre\u00a0ledd');
    expect(lawReferenceValues('nb', '2020-03-01')['ref_bevilgning']).toBe('§\u00a010\u00a0annet\u00a0ledd');
  });

  it('are stored in the settings and checked', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    const after = await updateSettings(ctx, { lawReferences: [NEW_AUDIT_LAW] });
    expect(after.lawReferences).toEqual([NEW_AUDIT_LAW]);
    const bad = LawReferenceSetsSchema.safeParse([{ ...NEW_AUDIT_LAW, refs: { ...NEW_AUDIT_LAW.refs, access: { paragraph: 'atten' } } }]);
    expect(bad.error?.issues[0]?.message).toBe('Skriv paragrafen som et tall, for eksempel 28, 12a eller 4-2');
    expect(LawReferenceSetsSchema.safeParse([NEW_AUDIT_LAW, NEW_AUDIT_LAW]).error?.issues[0]?.message).toBe(
      'To sett med lovhenvisninger kan ikke gjelde fra samme dag',
    );
  });
});
