// The acceptance reminder (aksept_purring, R11) as a pdfmake document: the same letterhead, layout,
// archival options and signature as the decision letters. It states the decision letter's date and
// deadline as the records show them, the new deadline (REMINDER_DAYS from this letter), what happens
// if no acceptance comes, that it is not a new decision, and the right to see the documents (§ 18).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { caseReference } from '@renderer/domain/case-reference';
import type { Decision } from '@renderer/domain/decision';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import { fillPlaceholders } from '@renderer/domain/decisions/reason-templates';
import type { Municipality } from '@renderer/domain/municipality';
import type { Organisation } from '@renderer/domain/organisation';
import { reminderDeadline } from '@renderer/domain/payments/acceptance-state';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import { formatOrgnr } from '@renderer/domain/identifiers';
import type { LetterLanguage } from '@renderer/domain/settings';
import { ARCHIVAL_OPTIONS, pdfLanguage } from './archival';
import { ACCEPTANCE_REMINDER_TEXTS } from './acceptance-reminder-texts';
import { addressLines, contactDetails, footerLine } from './decision-letter';
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

export interface AcceptanceReminderInput {
  language: LetterLanguage;
  /** This reminder's date, YYYY-MM-DD. */
  letterDate: string;
  /** The decision letter's own date and the acceptance deadline it stated. */
  decisionLetterDate: string;
  acceptanceDeadline: string;
  decision: Pick<Decision, 'amountGrantedOre'>;
  application: Pick<Application, 'id' | 'title' | 'kind' | 'externalId'>;
  organisation: Pick<Organisation, 'name' | 'orgnr' | 'address' | 'contactPerson'>;
  call: Pick<Call, 'year' | 'archiveCaseNumber'>;
  municipality: Pick<Municipality, 'name'>;
  letterhead: Letterhead;
  /** The municipality's letter texts (labels, contact, closing) in `language`. */
  texts?: LetterTexts;
  generatedAt?: Date;
}

export function buildAcceptanceReminder(input: AcceptanceReminderInput): TDocumentDefinitions {
  const t = input.texts ?? DEFAULT_LETTER_TEXTS[input.language];
  const r = ACCEPTANCE_REMINDER_TEXTS[input.language];
  const { application, organisation, call, letterhead } = input;
  const kommune = letterhead.municipalityName || `${input.municipality.name} kommune`;
  const newDeadline = reminderDeadline(input.letterDate);
  const values: Record<string, string> = {
    kommune,
    aar: String(call.year),
    tittel: application.title,
    type: t.kindPhrase[application.kind],
    innvilget: formatMoney(input.decision.amountGrantedOre),
    vedtaksbrev: formatDate(input.decisionLetterDate),
    frist: formatDate(input.acceptanceDeadline),
    nyfrist: formatDate(newDeadline),
    saksbehandler: letterhead.caseOfficer.name,
  };
  const fill = (text: string, extra: Record<string, string> = {}) => fillPlaceholders(text, { ...values, ...extra });
  const heading = fill(r.heading);
  const references: Array<[string, string]> = [
    [t.labels.ourRef, caseReference(call, application.id)],
    ...(application.externalId ? [[t.labels.yourRef, application.externalId] as [string, string]] : []),
    [t.labels.caseOfficer, letterhead.caseOfficer.name],
    [t.labels.date, formatDate(input.letterDate)],
  ];

  const content: Content[] = [
    letterheadBlock(letterhead, kommune),
    addressAndReferences(addressLines(input, t.labels.attention), references),
    { text: heading, style: 'heading', margin: [0, 16, 0, 8] },
    paragraph(fill(r.intro)),
    factsTable([
      [r.facts.recipient, `${organisation.name} (${t.labels.orgnr} ${formatOrgnr(organisation.orgnr)})`],
      [r.facts.measure, application.title],
      [r.facts.granted, formatMoney(input.decision.amountGrantedOre)],
      [r.facts.decisionLetter, formatDate(input.decisionLetterDate)],
      [r.facts.firstDeadline, formatDate(input.acceptanceDeadline)],
      [r.facts.newDeadline, formatDate(newDeadline)],
    ]),
    section(r.what.heading, paragraph(fill(r.what.text)), paragraph(r.alreadySent)),
    section(r.lapse.heading, paragraph(fill(r.lapse.text))),
    section(r.notDecision.heading, paragraph(fill(r.notDecision.text))),
    section(r.access.heading, paragraph(fill(r.access.text))),
    signatureBlock(
      fill(t.contact, { kontakt: contactDetails(letterhead, t) }),
      t.closing,
      letterhead.signatories,
      t.electronicallyApproved,
    ),
  ];

  return {
    ...LETTER_PAGE,
    ...ARCHIVAL_OPTIONS,
    language: pdfLanguage(input.language),
    info: {
      title: `${heading} – ${organisation.name}`,
      author: kommune,
      subject: `${heading}: ${application.title}`,
      creator: kommune,
      producer: 'Tilskudd frivillige organisasjoner',
      ...(input.generatedAt ? { creationDate: input.generatedAt, modDate: input.generatedAt } : {}),
    },
    content,
    pageBreakBefore: keepHeadingsWithText,
    footer: footer(footerLine(letterhead, kommune, t), (page, pages) =>
      fillPlaceholders(t.labels.page, { side: String(page), sider: String(pages) }),
    ),
  };
}
