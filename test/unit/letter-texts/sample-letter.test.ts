// The sample letter of Standardtekster i brev: a made-up case that shows the texts as edited, with
// every placeholder filled, for each outcome.
import { describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { defaultLetterhead } from '@renderer/domain/decisions/letterhead';
import { effectiveLetterTexts } from '@renderer/domain/letter-texts/effective';
import { sampleLetterJob } from '@renderer/features/settings/letters/sample-letter';
import { definitionText } from '../pdf/definition-text';

const letterhead = defaultLetterhead({ name: 'Bergen', email: 'post@bergen.kommune.no', phone: '55 56 55 56' }, 'Kari Nordmann');
const texts = effectiveLetterTexts('nb', {
  nb: { 'appeal.after': 'Klag innen {klagefrist} til {kommune}; IMDi er klageinstans.', 'reporting.after': 'Revisjon fra {frist}.' },
});

describe('the sample letter', () => {
  it.each(['innvilget', 'delvis_innvilget', 'avslatt', 'avvist'] as const)('uses the edited texts for %s', (outcome) => {
    const job = sampleLetterJob({ language: 'nb', texts, outcome, letterhead, municipalityName: 'Bergen', letterDate: '2020-03-10' });
    const words = definitionText(buildDecisionLetter(job.input));
    expect(words).toContain('Klag innen tre uker til Bergen kommune; IMDi er klageinstans.');
    expect(words).not.toMatch(/\{\w+\}/);
  });

  it('brings out the two-term payment and the audit text in a full grant', () => {
    const job = sampleLetterJob({ language: 'nb', texts, outcome: 'innvilget', letterhead, municipalityName: 'Bergen', letterDate: '2020-03-10' });
    const words = definitionText(buildDecisionLetter(job.input));
    expect(words).toContain('utbetales det i to terminer');
    expect(words).toContain('Revisjon fra 01.02.2021.');
    expect(words).toContain('mottatt 18.02.2020');
  });
});
