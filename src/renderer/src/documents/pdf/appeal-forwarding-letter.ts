// The forwarding letter (klage_oversendelse): the municipality upholds its decision after its own
// review and sends the appeal to IMDi, with a copy to the appellant (forvaltningsloven § 33). It
// states only what the appeal's record shows: the deadline check (§§ 29–31), signature (§ 32), the
// municipality's comments, any postponement request (§ 42), the enclosures and the right of access (§ 18).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Appeal } from '@renderer/domain/appeal';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { caseReference } from '@renderer/domain/case-reference';
import type { Decision } from '@renderer/domain/decision';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import { fillPlaceholders } from '@renderer/domain/decisions/reason-templates';
import type { Organisation } from '@renderer/domain/organisation';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import { formatOrgnr } from '@renderer/domain/identifiers';
import type { LetterLanguage } from '@renderer/domain/settings';
import { ARCHIVAL_OPTIONS, pdfLanguage } from './archival';
import { FORWARDING_TEXTS } from './appeal-forwarding-texts';
import { DEFAULT_LETTER_TEXTS, type LetterTexts } from './letter-texts';
import {
  LETTER_PAGE,
  addressAndReferences,
  factsTable,
  footer,
  keepHeadingsWithText,
  letterheadBlock,
  paragraph,
  section,
  signatureBlock,
} from './letter-layout';

export interface AppealForwardingInput {
  language: LetterLanguage;
  /** The letter's date: the day the case goes to IMDi. */
  letterDate: string;
  reference?: string;
  appeal: Pick<
    Appeal,
    | 'receivedDate'
    | 'appellant'
    | 'request'
    | 'signed'
    | 'channel'
    | 'postedDate'
    | 'deadlineDate'
    | 'withinDeadline'
    | 'lateReason'
    | 'ownReviewDate'
    | 'ownReviewComment'
    | 'postponementRequestedDate'
    | 'postponementAnswer'
    | 'postponementAnswerDate'
  >;
  decision: Pick<Decision, 'outcome' | 'decidedAt' | 'amountAppliedOre' | 'amountGrantedOre'>;
  application: Pick<Application, 'id' | 'title' | 'externalId'>;
  organisation: Pick<Organisation, 'name' | 'orgnr'>;
  call: Pick<Call, 'year' | 'archiveCaseNumber'>;
  municipality: { name: string };
  letterhead: Letterhead;
  /** When the decision letter went out, if recorded. */
  decisionLetterSentDate?: string;
  /** What goes with the letter, in order (e.g. the case file's parts). */
  enclosures: readonly string[];
  /** The municipality's decision-letter texts for the shared labels; the standard ones otherwise. */
  texts?: LetterTexts;
  generatedAt?: Date;
}

export function buildAppealForwardingLetter(input: AppealForwardingInput): TDocumentDefinitions {
  const t = FORWARDING_TEXTS[input.language];
  const common = input.texts ?? DEFAULT_LETTER_TEXTS[input.language];
  const { appeal, decision, application, organisation, call, letterhead } = input;
  const kommune = letterhead.municipalityName || `${input.municipality.name} kommune`;
  const appellant = appeal.appellant?.trim() || organisation.name;
  const values: Record<string, string> = {
    kommune,
    tittel: application.title,
    klager: appellant,
    vedtaksdato: formatDate(decision.decidedAt),
    aar: String(call.year),
    krav: appeal.request?.trim() ?? '',
    frist: appeal.deadlineDate ? formatDate(appeal.deadlineDate) : '',
    sendt: appeal.postedDate ? formatDate(appeal.postedDate) : '',
    grunn: appeal.lateReason?.trim() ?? '',
    dato: appeal.ownReviewDate ? formatDate(appeal.ownReviewDate) : '',
    merknader: appeal.ownReviewComment?.trim() ?? '',
  };
  const fill = (text: string, extra: Record<string, string> = {}) => fillPlaceholders(text, { ...values, ...extra });
  const heading = fill(t.heading);

  const references: Array<[string, string]> = [
    [common.labels.ourRef, input.reference ?? caseReference(call, application.id)],
    [common.labels.caseOfficer, letterhead.caseOfficer.name],
    [common.labels.date, formatDate(input.letterDate)],
  ];
  const copies = [appellant, ...(appellant === organisation.name ? [] : [organisation.name])];

  const received = `${formatDate(appeal.receivedDate)}${appeal.channel ? ` ${t.channel[appeal.channel]}` : ''}`;
  const facts: Array<[string, string]> = [
    [t.labels.appellant, appellant],
    [t.labels.party, `${organisation.name} (${common.labels.orgnr} ${formatOrgnr(organisation.orgnr)})`],
    [t.labels.measure, application.title],
    [t.labels.appealed, `${t.outcome[decision.outcome]}, ${formatDate(decision.decidedAt)}`],
    [t.labels.applied, formatMoney(decision.amountAppliedOre)],
    [t.labels.granted, formatMoney(decision.amountGrantedOre)],
    ...(input.decisionLetterSentDate ? [[t.labels.letterSent, formatDate(input.decisionLetterSentDate)] as [string, string]] : []),
    [t.labels.received, received],
    ...(appeal.deadlineDate ? [[t.labels.deadline, formatDate(appeal.deadlineDate)] as [string, string]] : []),
  ];

  const deadlineText = !appeal.withinDeadline
    ? t.deadline.late
    : appeal.postedDate && appeal.postedDate < appeal.receivedDate
      ? t.deadline.inTimePosted
      : t.deadline.inTime;

  const content: Content[] = [
    letterheadBlock(letterhead, kommune),
    addressAndReferences([t.imdiName], references),
    { text: `${t.copy}: ${copies.join(', ')}`, style: 'small', margin: [0, 6, 0, 0] },
    { text: heading, style: 'heading' },
    paragraph(fill(t.intro)),
    factsTable(facts),
    section(t.appeal.heading, ...(values['krav'] ? [paragraph(fill(t.appeal.request))] : [])),
  ];
  if (appeal.deadlineDate) {
    content.push(section(t.deadline.heading, paragraph(fill(deadlineText)), ...(appeal.signed === false ? [paragraph(t.unsigned)] : [])));
  } else if (appeal.signed === false) {
    content.push(paragraph(t.unsigned));
  }
  content.push(
    section(t.review.heading, paragraph(fill(t.review.text)), ...(values['merknader'] ? [paragraph(fill(t.review.comments))] : [])),
  );
  if (appeal.postponementRequestedDate) {
    const answer = appeal.postponementAnswer && appeal.postponementAnswerDate
      ? fill(t.postponement.answer[appeal.postponementAnswer], { dato: formatDate(appeal.postponementAnswerDate) })
      : t.postponement.unanswered;
    content.push(
      section(t.postponement.heading, paragraph(`${fill(t.postponement.asked, { dato: formatDate(appeal.postponementRequestedDate) })} ${answer}`)),
    );
  }
  if (input.enclosures.length > 0) {
    content.push(section(t.enclosures.heading, { ul: [...input.enclosures], margin: [0, 0, 0, 4] }));
  }
  content.push(
    // Heading and text kept together: the copy's message to the appellant never splits.
    {
      stack: [
        section(
          t.toAppellant.heading,
          paragraph(t.toAppellant.text),
          // The right to ask, told only when the appellant has not asked already (that is told above).
          ...(appeal.postponementRequestedDate ? [] : [paragraph(t.toAppellant.postponement)]),
        ),
      ],
      unbreakable: true,
    },
    signatureBlock(
      fillPlaceholders(common.contact, { saksbehandler: letterhead.caseOfficer.name, kontakt: contactDetails(letterhead, common) }),
      common.closing,
      letterhead.signatories,
      common.electronicallyApproved,
    ),
  );

  return {
    ...LETTER_PAGE,
    ...ARCHIVAL_OPTIONS,
    language: pdfLanguage(input.language),
    info: {
      title: heading,
      author: kommune,
      subject: `${t.imdiName}: ${application.title}`,
      creator: kommune,
      producer: 'Tilskudd frivillige organisasjoner',
      ...(input.generatedAt ? { creationDate: input.generatedAt, modDate: input.generatedAt } : {}),
    },
    content,
    pageBreakBefore: keepHeadingsWithText,
    footer: footer(footerLine(letterhead, kommune, common), (page, pages) =>
      fillPlaceholders(common.labels.page, { side: String(page), sider: String(pages) }),
    ),
  };
}

function contactDetails(letterhead: Letterhead, t: LetterTexts): string {
  const phone = letterhead.caseOfficer.phone ?? letterhead.phone;
  const email = letterhead.caseOfficer.email ?? letterhead.email;
  const parts = [phone ? `${t.labels.phone} ${phone}` : '', email ? `${t.labels.email} ${email}` : ''].filter(Boolean);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

/** The same footer as the decision letters: the sender's name, address and contact details. */
function footerLine(letterhead: Letterhead, kommune: string, t: LetterTexts): string {
  const phoneLabel = `${t.labels.phone[0]!.toUpperCase()}${t.labels.phone.slice(1)}`;
  return [
    [kommune, letterhead.unitName].filter(Boolean).join(', '),
    ...letterhead.addressLines.filter(Boolean),
    letterhead.visitingAddress ? `${t.labels.visit} ${letterhead.visitingAddress}` : '',
    letterhead.phone ? `${phoneLabel} ${letterhead.phone}` : '',
    letterhead.email ?? '',
    letterhead.orgnr ? `${t.labels.orgnr} ${formatOrgnr(letterhead.orgnr)}` : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
}
