// The minutes read back from the rendered PDF with pdftotext: meeting facts, the conflict and who
// did not take part, each recommendation with amount and reason, totals against the frame.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCallRules } from '@renderer/domain/call';
import { buildMeetingMinutes, type MeetingMinutesInput } from '@renderer/documents/pdf/meeting-minutes';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import { proposalBudget } from '@renderer/domain/meetings/allocation';
import { formatMoney } from '@renderer/domain/vocabulary/format';
import { letterInput } from './letter-fixtures';
import { pageOnePng, pdfFonts, pdfInfo, pdfText } from './pdf-tools';

const KR = 100;
const call = { budgetFrameOre: 100_000 * KR, subGoalFramesOre: { C: 40_000 * KR }, rules: defaultCallRules(2020) };
const items = [
  { applicationId: 'a1', kind: 'prosjekt' as const, subGoals: ['C' as const], amountAppliedOre: 70_000 * KR, eligible: true },
  { applicationId: 'a2', kind: 'prosjekt' as const, subGoals: ['A' as const], amountAppliedOre: 60_000 * KR, eligible: true },
];

function input(language: 'nb' | 'nn'): MeetingMinutesInput {
  return {
    language,
    letterhead: letterInput('innvilget').letterhead,
    municipalityName: 'Bergen kommune',
    callTitle: 'Tilskudd til frivillige organisasjoner 2020',
    caseNumber: '20/01234',
    date: '2020-03-10',
    place: 'Rådhuset, møterom 3',
    present: [
      { name: 'Liv Berg', role: 'leder' },
      { name: 'Per Hansen', role: 'utvalgsmedlem' },
    ],
    items: [
      {
        reference: 'A1B2C3D4', title: 'Jenter i bevegelse', organisationName: 'Bergen Røde Kors', amountAppliedOre: 70_000 * KR,
        recommendation: { outcome: 'delvis_innvilget', amountOre: 40_000 * KR, reason: 'Rammen for delmål C er brukt opp.' },
        conflicts: [],
      },
      {
        reference: 'E5F6A7B8', title: 'Leksehjelp på huset', organisationName: 'Norsk Folkehjelp', amountAppliedOre: 60_000 * KR,
        recommendation: { outcome: 'avslatt', amountOre: 0, reason: 'Lav poengsum i vurderingen.' },
        conflicts: [{ name: 'Liv Berg', ground: 'e', present: true }],
      },
    ],
    budget: proposalBudget(call, items, new Map([['a1', 40_000 * KR], ['a2', 0]])),
    generatedAt: new Date('2020-03-10T15:00:00.000Z'),
  };
}

let nb: Uint8Array = new Uint8Array();
let nn: Uint8Array = new Uint8Array();
beforeAll(async () => {
  nb = await renderPdf(buildMeetingMinutes(input('nb')));
  nn = await renderPdf(buildMeetingMinutes(input('nn')));
  if (process.env.MINUTES_PNG) pageOnePng(nb, process.env.MINUTES_PNG, 'minutes-nb');
}, 60_000);

describe('meeting minutes', () => {
  it('states the meeting, the conflict and who took no part, each recommendation and the totals', () => {
    const text = pdfText(nb);
    for (const expected of [
      'Bergen kommune',
      'Møteprotokoll – innstilling om tilskudd',
      'Møtedato 10.03.2020',
      'Møtested Rådhuset, møterom 3',
      'Til stede Liv Berg (leder), Per Hansen (medlem)',
      'Sak 2 (Leksehjelp på huset): Liv Berg, § 6 første ledd e: leder eller styremedlem i søkerorganisasjonen. Deltok ikke i behandlingen av saken.',
      'Innstilling Innvilges delvis',
      `Innstilt beløp ${formatMoney(40_000 * KR)}`,
      'Begrunnelse Rammen for delmål C er brukt opp.',
      'Innstilling Avslås',
      'Deltok ikke Liv Berg (§ 6 første ledd e',
      // pdftotext reads the bold «Totalt» label after the row; the figures are in order.
      `Igjen ${formatMoney(100_000 * KR)} ${formatMoney(40_000 * KR)} ${formatMoney(60_000 * KR)}`,
      `Delmål C ${formatMoney(40_000 * KR)} ${formatMoney(40_000 * KR)} ${formatMoney(0)}`,
      'Totalt',
      'Liv Berg, møteleder',
    ]) {
      expect(text).toContain(expected.replace(/\s/g, ' '));
    }
  });

  it('is PDF/A-2b with embedded fonts, and in nynorsk when the letters are', () => {
    expect(pdfInfo(nb, '-meta')).toContain('pdfaid:part');
    expect(pdfFonts(nb)).not.toMatch(/\bno\s+no\b/);
    const text = pdfText(nn);
    expect(text).toContain('Ugildskap (forvaltningslova § 6)');
    expect(text).toContain('Tok ikkje del i handsaminga av saka.');
    expect(text).toContain('Innstilling Innvilgast delvis');
  });
});
