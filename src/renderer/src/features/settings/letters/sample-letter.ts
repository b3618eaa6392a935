// A made-up case to show the letter texts in a real letter: the municipality's letterhead, this
// year's standard call rules, and amounts that bring out most texts (a grant of kr 150 000 is paid
// in two terms and needs audited accounts).
import { defaultCallRules } from '@renderer/domain/call';
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import type { LetterTexts } from '@renderer/documents/pdf/letter-texts';
import type { LetterLanguage } from '@renderer/domain/settings';
import type { LetterJob } from '@renderer/workers/letters/letters-client';
import { letterTextsText as t } from '@renderer/i18n/letter-texts';

const KR = 100;
const AMOUNTS: Record<DecisionOutcome, { applied: number; granted: number }> = {
  innvilget: { applied: 150_000, granted: 150_000 },
  delvis_innvilget: { applied: 200_000, granted: 120_000 },
  avslatt: { applied: 80_000, granted: 0 },
  avvist: { applied: 5_000, granted: 0 },
};

/** Three weeks before the letter date, so the example reads like a case just decided. */
function received(letterDate: string): string {
  const d = new Date(`${letterDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 21);
  return d.toISOString().slice(0, 10);
}

export function sampleLetterJob(options: {
  language: LetterLanguage;
  texts: LetterTexts;
  outcome: DecisionOutcome;
  letterhead: Letterhead;
  municipalityName: string;
  letterDate: string;
}): LetterJob {
  const { language, texts, outcome, letterhead, municipalityName, letterDate } = options;
  const year = Number(letterDate.slice(0, 4));
  const amounts = AMOUNTS[outcome];
  return {
    key: 'eksempel',
    input: {
      language,
      letterDate,
      reference: `${year}/1`,
      decision: {
        outcome,
        amountAppliedOre: amounts.applied * KR,
        amountGrantedOre: amounts.granted * KR,
        justification: outcome === 'innvilget' ? '' : t.sample.justification,
        conditions: '',
      },
      application: {
        id: 'eksempel',
        title: t.sample.title,
        kind: 'prosjekt',
        subGoals: ['A', 'B'],
        receivedDate: received(letterDate),
      },
      organisation: {
        name: t.sample.organisation,
        orgnr: '974760673',
        address: t.sample.address,
        contactPerson: t.sample.contactPerson,
        accountNumber: '12345678903',
      },
      call: { year, title: t.sample.callTitle(year), rules: defaultCallRules(year) },
      municipality: { name: municipalityName },
      letterhead,
      texts,
    },
  };
}
