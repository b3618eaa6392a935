// Both sides of the call thresholds, read from the document definition (no rendering needed).
import { describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { DEFAULT_LETTER_TEXTS } from '@renderer/documents/pdf/letter-texts';
import { definitionText } from './definition-text';
import { KR, letterInput } from './letter-fixtures';

const text = (...args: Parameters<typeof letterInput>) => definitionText(buildDecisionLetter(letterInput(...args)));

describe('payment terms in the letter (R11: above 30 000 kr)', () => {
  it('pays exactly 30 000 kr in one term', () => {
    const t = text('innvilget', { appliedKr: 30_000 });
    expect(t).toContain('Tilskuddet på kr 30 000 utbetales i én termin når aksepten er mottatt.');
    expect(t).not.toContain('to terminer');
  });

  it('pays 30 000,01 kr in two terms', () => {
    const input = letterInput('innvilget');
    input.decision = { ...input.decision, amountAppliedOre: 30_000 * KR + 1, amountGrantedOre: 30_000 * KR + 1 };
    const t = definitionText(buildDecisionLetter(input));
    expect(t).toContain('Fordi tilskuddet er over kr 30 000, utbetales det i to terminer:');
    expect(t).toContain('kr 15 001');
    expect(t).toContain('kr 14 999,01');
  });
});

describe('audit in the letter (R12: at 100 000 kr or more)', () => {
  it('asks for audited accounts at exactly 100 000 kr', () => {
    expect(text('innvilget', { appliedKr: 100_000 })).toContain(
      'Fordi tilskuddet er kr 100 000 eller mer, skal dere sende årsregnskap revidert av statsautorisert eller registrert revisor.',
    );
  });

  it('does not below 100 000 kr', () => {
    const t = text('innvilget', { appliedKr: 99_999 });
    expect(t).toContain('Tilskuddet er under kr 100 000, så regnskapet trenger ikke være revidert av revisor.');
    expect(t).not.toContain('revidert av statsautorisert');
  });

  it('follows the call settings, not the 2020 defaults', () => {
    const input = letterInput('innvilget', { appliedKr: 60_000 });
    input.call = { ...input.call, rules: { ...input.call.rules, auditThresholdOre: 50_000 * KR, appealDeadlineWeeks: 4, reportDueDate: '2021-01-15' } };
    const t = definitionText(buildDecisionLetter(input));
    expect(t).toContain('Fordi tilskuddet er kr 50 000 eller mer');
    expect(t).toContain('Klagefristen er fire uker');
    expect(t).toContain('innen 15.01.2021');
  });
});

describe('reasons', () => {
  it('a full grant without a written justification still states rule, facts and considerations', () => {
    const t = text('innvilget', { justification: '', screeningBasis: { allMet: true, failed: [], overridden: [] } });
    expect(t).toContain('Regelverket: ');
    expect(t).toContain('Faktiske forhold: ');
    expect(t).toContain('Vurdering og hovedhensyn: Søknaden oppfyller kravene i regelverket');
  });

  it('uses a municipality\'s own texts when given', () => {
    const texts = { ...DEFAULT_LETTER_TEXTS.nb, closing: 'Vennlig hilsen' };
    const own = definitionText(buildDecisionLetter({ ...letterInput('avslatt'), texts }));
    expect(own).toContain('Vennlig hilsen');
    expect(own).not.toContain('Med hilsen');
  });
});

describe('letterhead', () => {
  it('puts an optional logo in the letterhead', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const input = letterInput('innvilget');
    const doc = buildDecisionLetter({ ...input, letterhead: { ...input.letterhead, logoDataUrl: logo } });
    expect(JSON.stringify(doc.content)).toContain(logo);
    expect(JSON.stringify(buildDecisionLetter(input).content)).not.toContain('data:image');
  });
});
