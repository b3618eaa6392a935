// The minutes of a committee meeting (møteprotokoll) as a pdfmake document, in the letters' look:
// letterhead, meeting facts, the members present, conflicts of interest (fvl. § 6) and who took no
// part in which item, each item's recommendation, amount and reason, the totals against the frame
// (in total and per sub-goal) and a signature line. States only what the records hold: an item
// without a recommendation says so. Pure: same input, same definition.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SubGoal } from '@renderer/domain/call';
import type { CallBudget } from '@renderer/domain/call-budget';
import type { ConflictGround } from '@renderer/domain/conflict-of-interest';
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import type { PersonRole } from '@renderer/domain/person';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import type { LetterLanguage } from '@renderer/domain/settings';
import { ARCHIVAL_OPTIONS, pdfLanguage } from './archival';
import { LETTER_PAGE, factsTable, footer, keepHeadingsWithText, letterheadBlock, paragraph, rule, section } from './letter-layout';
import { MINUTES_TEXTS } from './meeting-minutes-texts';

export interface MinutesConflict {
  name: string;
  ground: ConflictGround;
  note?: string;
  /** Present at the meeting (so did not take part in the item) or not present at all. */
  present: boolean;
}

export interface MinutesItem {
  reference: string;
  title: string;
  organisationName: string;
  amountAppliedOre: number;
  recommendation?: { outcome: DecisionOutcome; amountOre: number; reason: string };
  conflicts: MinutesConflict[];
}

export interface MeetingMinutesInput {
  language: LetterLanguage;
  letterhead: Letterhead;
  municipalityName: string;
  callTitle: string;
  /** The call's archive case number, if any. */
  caseNumber?: string;
  date: string;
  place?: string;
  present: { name: string; role: PersonRole }[];
  items: MinutesItem[];
  budget: CallBudget;
  generatedAt?: Date;
}

const GOALS: readonly SubGoal[] = ['A', 'B', 'C'];

function itemBlock(input: MeetingMinutesInput, item: MinutesItem, index: number): Content {
  const t = MINUTES_TEXTS[input.language];
  const rec = item.recommendation;
  const notTakingPart = item.conflicts.filter((c) => c.present);
  const rows: [string, string][] = [
    [t.applicant, item.organisationName],
    [t.applied, formatMoney(item.amountAppliedOre)],
    [t.recommendation, rec ? t.outcomes[rec.outcome] : t.noRecommendation],
  ];
  if (rec) rows.push([t.amount, formatMoney(rec.amountOre)]);
  if (rec?.reason.trim()) rows.push([t.reason, rec.reason.trim()]);
  if (notTakingPart.length > 0) {
    rows.push([t.notTakingPart, notTakingPart.map((c) => `${c.name} (${t.grounds[c.ground]})`).join('; ')]);
  }
  return {
    stack: [
      { text: `${t.item} ${index + 1}  ·  ${item.title}  ·  ${t.ref} ${item.reference}`, bold: true, margin: [0, 8, 0, 0] },
      factsTable(rows),
    ],
    unbreakable: true,
  };
}

function conflictSection(input: MeetingMinutesInput): Content {
  const t = MINUTES_TEXTS[input.language];
  const lines = input.items.flatMap((item, i) =>
    item.conflicts.map((c) => {
      const who = `${t.item} ${i + 1} (${item.title}): ${c.name}, ${t.grounds[c.ground]}${c.note ? ` – ${c.note}` : ''}. `;
      return paragraph(who + (c.present ? t.didNotTakePart : t.notPresent));
    }),
  );
  return section(t.conflictsHeading, ...(lines.length > 0 ? lines : [paragraph(t.noConflicts)]));
}

function totalsTable(input: MeetingMinutesInput): Content {
  const t = MINUTES_TEXTS[input.language];
  const { budget } = input;
  const row = (label: string, frame: number | undefined, used: number) => [
    { text: label, bold: true },
    { text: frame === undefined ? '–' : formatMoney(frame), alignment: 'right' as const },
    { text: formatMoney(used), alignment: 'right' as const },
    { text: frame === undefined ? '–' : formatMoney(frame - used), alignment: 'right' as const },
  ];
  const goalRows = GOALS.filter((g) => budget.bySubGoal[g].applicationCount > 0 || budget.bySubGoal[g].frameOre !== undefined).map(
    (g) => row(`${t.subGoal} ${g}`, budget.bySubGoal[g].frameOre, budget.bySubGoal[g].grantedOre),
  );
  return {
    table: {
      headerRows: 1,
      widths: ['*', 100, 100, 100],
      body: [
        [t.totalsHeader, t.frame, t.recommended, t.left].map((h, i) => ({ text: h, bold: true, alignment: i === 0 ? 'left' : 'right' }) as Content),
        row(t.total, budget.total.frameOre, budget.total.grantedOre),
        ...goalRows,
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 6],
  };
}

function signature(input: MeetingMinutesInput): Content {
  const t = MINUTES_TEXTS[input.language];
  const chairs = input.present.filter((p) => p.role === 'leder');
  const signers = chairs.length > 0 ? chairs.map((c) => [c.name, t.chair]) : [['', t.chair]];
  return {
    stack: [
      { text: t.signatureHeading, style: 'sectionHeading' },
      {
        columns: signers.map(([name, role]) => ({
          width: 220,
          stack: [
            { text: `${t.placeAndDate}:`, margin: [0, 12, 0, 22] },
            { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.6 }] },
            { text: [name, role].filter(Boolean).join(', '), margin: [0, 3, 0, 0] },
          ],
        })),
        columnGap: 24,
      },
    ],
    unbreakable: true,
  };
}

export function buildMeetingMinutes(input: MeetingMinutesInput): TDocumentDefinitions {
  const t = MINUTES_TEXTS[input.language];
  const facts: [string, string][] = [
    [t.call, input.callTitle],
    ...(input.caseNumber ? [[t.caseNumber, input.caseNumber] as [string, string]] : []),
    [t.date, formatDate(input.date)],
    [t.place, input.place?.trim() || t.placeNotGiven],
    [t.present, input.present.map((p) => `${p.name} (${t.roles[p.role]})`).join(', ')],
  ];
  const content: Content[] = [
    letterheadBlock(input.letterhead, input.municipalityName),
    { text: t.title, style: 'heading', margin: [0, 0, 0, 6] },
    factsTable(facts),
    conflictSection(input),
    section(t.itemsHeading, ...input.items.map((item, i) => itemBlock(input, item, i))),
    section(t.totalsHeading, totalsTable(input)),
    rule(10, 6),
    signature(input),
  ];
  return {
    ...LETTER_PAGE,
    ...ARCHIVAL_OPTIONS,
    language: pdfLanguage(input.language),
    info: {
      title: `${t.title} ${formatDate(input.date)}`,
      author: input.municipalityName,
      subject: input.callTitle,
      creationDate: input.generatedAt,
      modDate: input.generatedAt,
    },
    content,
    pageBreakBefore: keepHeadingsWithText,
    footer: footer(input.municipalityName, (page, pages) => t.page(page, pages)),
  };
}
