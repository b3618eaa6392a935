import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isoDateSchema, isoTimestampSchema, oreSchema } from '@renderer/domain/common';
import { AppSettingsSchema } from '@renderer/domain/settings';
import { CallSchema, defaultCallRules } from '@renderer/domain/call';
import { OrganisationSchema } from '@renderer/domain/organisation';
import { ApplicationSchema } from '@renderer/domain/application';
import { DecisionSchema } from '@renderer/domain/decision';
import { PaymentSchema } from '@renderer/domain/payment';
import { AssessmentSchema } from '@renderer/domain/assessment';
import { ScreeningSchema } from '@renderer/domain/screening';
import { norwegianErrorMap } from '@renderer/domain/zod-nb';

const meta = { id: 'x1', createdAt: '2020-03-01T10:00:00.000Z', updatedAt: '2020-03-01T10:00:00.000Z' };

/** Messages per dotted path, as a form would show them. */
function errors(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value, { error: norwegianErrorMap });
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const i of result.error.issues) out[i.path.join('.')] ??= i.message;
  return out;
}

describe('primitives', () => {
  it('accepts real calendar dates only', () => {
    expect(isoDateSchema.safeParse('2020-02-29').success).toBe(true);
    for (const bad of ['2021-02-29', '2020-04-31', '2020-13-01', '01.02.2020', '2020-2-1']) {
      expect(errors(isoDateSchema, bad)).toEqual({ '': 'Ugyldig dato (bruk ÅÅÅÅ-MM-DD)' });
    }
  });

  it('accepts ISO timestamps, rejects loose text', () => {
    expect(isoTimestampSchema.safeParse('2020-03-01T10:00:00.000Z').success).toBe(true);
    expect(errors(isoTimestampSchema, '1. mars 2020')).toEqual({ '': 'Ugyldig tidspunkt (ISO 8601)' });
  });

  it('takes money only as whole, non-negative øre', () => {
    expect(oreSchema.parse(100_000_00)).toBe(100_000_00);
    expect(errors(oreSchema, 12.5)).toEqual({ '': 'Beløpet må være et helt antall øre' });
    expect(errors(oreSchema, -1)).toEqual({ '': 'Beløpet kan ikke være negativt' });
    expect(errors(oreSchema, '100')).toEqual({ '': 'Beløpet må være et tall' });
  });
});

describe('call', () => {
  it('defaults to the 2020 rules, in øre', () => {
    expect(defaultCallRules()).toEqual({
      projectMaxOre: 100_000_000,
      singleMeasureMinOre: 1_000_000,
      splitPaymentThresholdOre: 3_000_000,
      auditThresholdOre: 10_000_000,
      appealDeadlineWeeks: 3,
      appealPostDays: 3,
      reportDueDate: '2021-02-01',
    });
  });

  it('accepts a call with default rules and rejects an unknown status', () => {
    const call = {
      ...meta,
      year: 2020,
      title: 'Tilskudd til integreringsarbeid 2020',
      municipalityId: '4601',
      deadline: '2020-03-15',
      budgetFrameOre: 250_000_000,
      prioritisedSubGoal: 'C',
      status: 'apen',
      rules: defaultCallRules(2020),
    };
    expect(CallSchema.parse(call)).toEqual(call);
    expect(errors(CallSchema, { ...call, status: 'ferdig' })).toEqual({
      status: 'Ukjent status for utlysningen',
    });
  });
});

describe('organisation', () => {
  const org = {
    ...meta,
    orgnr: '974760673',
    name: 'Bergen Røde Kors',
    registeredInFrivillighetsregisteret: true,
    kind: 'frivillig',
    accountNumber: '12345678903',
  };

  it('accepts a complete organisation', () => {
    expect(OrganisationSchema.parse(org)).toEqual(org);
  });

  it('explains bad numbers and missing answers in Norwegian', () => {
    expect(
      errors(OrganisationSchema, {
        ...org,
        orgnr: '97476067',
        accountNumber: '1234 56 78903',
        registeredInFrivillighetsregisteret: undefined,
      }),
    ).toEqual({
      orgnr: 'Organisasjonsnummeret må ha 9 siffer',
      accountNumber: 'Kontonummeret må ha 11 siffer',
      registeredInFrivillighetsregisteret:
        'Oppgi om organisasjonen er registrert i Frivillighetsregisteret',
    });
  });
});

describe('application', () => {
  const app = {
    ...meta,
    callId: 'c1',
    organisationId: 'o1',
    title: 'Språkkafé',
    description: 'Norskpraksis for nyankomne',
    kind: 'aktivitet',
    subGoals: ['B'],
    targetGroups: ['flyktninger', 'lokalbefolkning'],
    amountAppliedOre: 5_000_000,
    budgetLines: [{ category: 'aktivitet', description: 'Leie av lokale', amountOre: 2_000_000 }],
    periodFrom: '2020-04-01',
    periodTo: '2020-12-31',
    location: 'norge',
    imdiSameActivity: false,
    receptionCentre: false,
    receivedDate: '2020-03-10',
    status: 'mottatt',
  };

  it('accepts a complete application', () => {
    expect(ApplicationSchema.parse(app)).toEqual(app);
  });

  it('needs a sub-goal, known kinds and a period that runs forwards', () => {
    expect(
      errors(ApplicationSchema, {
        ...app,
        subGoals: [],
        kind: 'investering',
        budgetLines: [{ category: 'mat', description: '', amountOre: 1 }],
      }),
    ).toEqual({
      subGoals: 'Velg minst ett delmål',
      kind: 'Type må være prosjekt, enkelttiltak, aktivitet eller drift',
      'budgetLines.0.category': 'Ukjent budsjettkategori',
    });
    expect(errors(ApplicationSchema, { ...app, periodTo: '2020-03-01' })).toEqual({
      periodTo: 'Periodens slutt kan ikke være før starten',
    });
  });

  it('says in Norwegian when a required field is missing', () => {
    const { title: _title, ...withoutTitle } = app;
    expect(errors(ApplicationSchema, withoutTitle)).toEqual({ title: 'Tittelen må fylles ut' });
  });
});

describe('decision', () => {
  const granted = {
    ...meta,
    applicationId: 'a1',
    callId: 'c1',
    outcome: 'innvilget',
    amountAppliedOre: 5_000_000,
    amountGrantedOre: 5_000_000,
    justification: '',
    conditions: 'Rapport innen 1. februar',
    decidedAt: '2020-05-01',
    decidedBy: 'Kari Nordmann',
  };

  it('needs no justification for a grant of the full amount', () => {
    expect(DecisionSchema.safeParse(granted).success).toBe(true);
  });

  it('needs a justification for a partial grant, a rejection or a dismissal', () => {
    const message = 'Begrunnelse må fylles ut når søknaden ikke innvilges fullt ut';
    expect(
      errors(DecisionSchema, { ...granted, outcome: 'delvis_innvilget', amountGrantedOre: 3_000_000 }),
    ).toEqual({ justification: message });
    expect(errors(DecisionSchema, { ...granted, outcome: 'avslatt', amountGrantedOre: 0 })).toEqual({
      justification: message,
    });
    expect(
      DecisionSchema.safeParse({
        ...granted,
        outcome: 'avvist',
        amountGrantedOre: 0,
        justification: 'Ikke registrert i Frivillighetsregisteret (R1)',
      }).success,
    ).toBe(true);
  });

  it('keeps the amount consistent with the outcome', () => {
    expect(errors(DecisionSchema, { ...granted, amountGrantedOre: 4_000_000 })).toMatchObject({
      amountGrantedOre: 'Ved innvilgelse må beløpet være lik søknadsbeløpet; bruk ellers delvis innvilget',
    });
    expect(
      errors(DecisionSchema, {
        ...granted,
        outcome: 'avslatt',
        amountGrantedOre: 100,
        justification: 'Faller utenfor ordningen',
      }),
    ).toEqual({ amountGrantedOre: 'Ved avslag eller avvisning skal innvilget beløp være 0' });
  });
});

describe('other entities', () => {
  it('payment terms are 1 or 2', () => {
    const payment = { ...meta, decisionId: 'd1', callId: 'c1', term: 2, amountOre: 2_500_000, dueDate: '2020-09-01' };
    expect(PaymentSchema.parse(payment)).toEqual(payment);
    expect(errors(PaymentSchema, { ...payment, term: 3 })).toEqual({
      term: 'Terminen må være 1 (vår) eller 2 (høst)',
    });
  });

  it('assessment scores are whole numbers within the broad bounds (the call’s scale is the service’s)', () => {
    const assessment = { ...meta, applicationId: 'a1', personId: 'p1', scores: { k1: 5, k10: 2 }, source: 'program' };
    expect(AssessmentSchema.parse(assessment)).toEqual(assessment);
    expect(errors(AssessmentSchema, { ...assessment, scores: { k1: 101 } })).toEqual({
      'scores.k1': 'Poengsummen kan være høyst 100',
    });
    expect(errors(AssessmentSchema, { ...assessment, scores: { k1: 2.5 } })).toEqual({
      'scores.k1': 'Poengsummen må være et helt tall',
    });
  });

  it('a screening override needs a written reason', () => {
    const screening = {
      ...meta,
      applicationId: 'a1',
      results: [{ rule: 'R1', result: 'ikke_bestatt', reason: 'Ikke registrert' }],
      overrides: [{ rule: 'R1', result: 'bestatt', reason: ' ', by: 'Kari', at: meta.createdAt }],
      screenedAt: meta.createdAt,
    };
    expect(errors(ScreeningSchema, screening)).toEqual({
      'overrides.0.reason': 'Begrunnelsen for overstyringen må fylles ut',
    });
  });

  it('settings hold a known letter language', () => {
    const settings = {
      id: 'app',
      municipalityId: '4601',
      officerName: 'Kari',
      firstRunCompletedAt: meta.createdAt,
      letterLanguage: 'se',
    };
    expect(errors(AppSettingsSchema, settings)).toEqual({
      letterLanguage: 'Målform må være bokmål (nb) eller nynorsk (nn)',
    });
  });
});
