// A complete letter input (Bergen, 2020 rules) that each test changes where it matters.
import { defaultCallRules } from '@renderer/domain/call';
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { DecisionLetterInput } from '@renderer/documents/pdf/decision-letter';

export const KR = 100;

export function letterInput(
  outcome: DecisionOutcome,
  patch: Partial<DecisionLetterInput> & { grantedKr?: number; appliedKr?: number; justification?: string } = {},
): DecisionLetterInput {
  const { grantedKr, appliedKr = 80_000, justification, ...rest } = patch;
  const applied = appliedKr * KR;
  const granted =
    grantedKr !== undefined ? grantedKr * KR : outcome === 'innvilget' ? applied : outcome === 'delvis_innvilget' ? applied / 2 : 0;
  return {
    language: 'nb',
    letterDate: '2020-03-16',
    reference: '20/01234-7',
    decision: {
      outcome,
      amountAppliedOre: applied,
      amountGrantedOre: granted,
      justification:
        justification ??
        (outcome === 'innvilget'
          ? ''
          : 'Budsjettet har kr 20 000 til innkjøp av utstyr, som ordningen ikke dekker. Kommunen har fått flere gode søknader enn rammen gir rom for.'),
      conditions: outcome === 'innvilget' || outcome === 'delvis_innvilget' ? 'Kommunens logo skal brukes på materiell om tiltaket.' : '',
    },
    application: {
      id: 'app-1',
      title: 'Norsktrening på biblioteket',
      kind: 'enkelttiltak',
      subGoals: ['B'],
      receivedDate: '2020-02-01',
      externalId: 'SP-2020-118',
    },
    organisation: {
      name: 'Bergen Røde Kors',
      orgnr: '864139442',
      address: 'Kong Oscars gate 62\n5017 Bergen',
      contactPerson: 'Aisha Rahimi',
      accountNumber: '12345678903',
    },
    call: { year: 2020, title: 'Tilskudd til frivillige organisasjoner 2020', rules: defaultCallRules(2020) },
    municipality: { name: 'Bergen' },
    letterhead: {
      municipalityName: 'Bergen kommune',
      unitName: 'Etat for inkludering',
      addressLines: ['Postboks 7700', '5020 Bergen'],
      phone: '55 56 55 56',
      email: 'postmottak.inkludering@bergen.kommune.no',
      orgnr: '964 338 531',
      caseOfficer: { name: 'Sølve Sætre', phone: '95 76 31 65', email: 'solve.saetre@bergen.kommune.no' },
      signatories: [
        { name: 'Hilde Vik', title: 'etatsdirektør' },
        { name: 'Sølve Sætre', title: 'rådgiver' },
      ],
    },
    generatedAt: new Date('2020-03-16T09:00:00.000Z'),
    ...rest,
  };
}
