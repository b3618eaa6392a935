// The municipality's own reason texts over the standard ones: an edit wins, a reset gives the
// standard text back, own templates follow the standard ones; stored in settings, change-logged.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REASON_TEMPLATES,
  mergeReasonTemplates,
  removeReasonOverride,
  upsertReasonOverride,
  type ReasonTemplateOverride,
} from '@renderer/domain/decisions/reason-templates';
import { AppSettingsSchema } from '@renderer/domain/settings';
import { completeFirstRun } from '@renderer/services/settings';
import { resetReasonTemplate, saveReasonTemplate } from '@renderer/services/letter-settings';
import { testContext, validationErrorOf } from '../services/test-context';

const edit: ReasonTemplateOverride = {
  id: 'rammen-brukt-opp',
  label: 'Rammen er oppbrukt',
  text: { nb: 'Vår egen tekst om rammen for {aar}.', nn: 'Vår eigen tekst om ramma for {aar}.' },
};
const own: ReasonTemplateOverride = {
  id: 'egen-1',
  label: 'Søknaden kom for sent',
  text: { nb: 'Søknaden kom etter fristen.', nn: 'Søknaden kom etter fristen.' },
};

describe('mergeReasonTemplates', () => {
  it('gives the standard templates unchanged without overrides', () => {
    expect(mergeReasonTemplates(undefined)).toEqual(DEFAULT_REASON_TEMPLATES);
  });

  it('lets an override win over the standard text but keeps outcomes and trigger', () => {
    const merged = mergeReasonTemplates([edit]);
    const standard = DEFAULT_REASON_TEMPLATES.find((t) => t.id === edit.id)!;
    const tpl = merged.find((t) => t.id === edit.id)!;
    expect(tpl.label).toBe('Rammen er oppbrukt');
    expect(tpl.text).toEqual(edit.text);
    expect(tpl.outcomes).toEqual(standard.outcomes);
    expect(merged.map((t) => t.id)).toEqual(DEFAULT_REASON_TEMPLATES.map((t) => t.id));
  });

  it('adds own templates after the standard ones, fitting every outcome', () => {
    const merged = mergeReasonTemplates([own, edit]);
    expect(merged.at(-1)).toMatchObject({ id: 'egen-1', label: 'Søknaden kom for sent' });
    expect(merged.at(-1)!.outcomes).toEqual(['innvilget', 'delvis_innvilget', 'avslatt', 'avvist']);
  });

  it('restores the standard text when the override is removed', () => {
    const list = removeReasonOverride(upsertReasonOverride([own], edit), edit.id);
    expect(list).toEqual([own]);
    const standard = DEFAULT_REASON_TEMPLATES.find((t) => t.id === edit.id)!;
    expect(mergeReasonTemplates(list).find((t) => t.id === edit.id)).toEqual(standard);
  });

  it('replaces an earlier edit of the same template', () => {
    const again = { ...edit, label: 'Ny tittel' };
    expect(upsertReasonOverride([edit, own], again)).toEqual([again, own]);
  });
});

describe('saving reason templates in settings', () => {
  it('saves an edit, then a reset, each change-logged, and the row passes the settings schema', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    await saveReasonTemplate(ctx, own);
    const afterEdit = await saveReasonTemplate(ctx, edit);
    expect(afterEdit.reasonTemplates).toEqual([own, edit]);
    expect(AppSettingsSchema.safeParse(afterEdit).success).toBe(true);

    const afterReset = await resetReasonTemplate(ctx, edit.id);
    expect(afterReset.reasonTemplates).toEqual([own]);
    expect(await ctx.db.changeLog.where('entity').equals('settings').count()).toBe(4);
  });

  it('refuses an empty text with a Norwegian message and saves nothing', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    const error = await validationErrorOf(saveReasonTemplate(ctx, { ...edit, text: { nb: '  ', nn: 'x' } }));
    expect(error.fieldErrors['text.nb']).toBe('Teksten på bokmål må fylles ut');
    expect((await ctx.db.settings.get('app'))?.reasonTemplates).toBeUndefined();
  });
});
