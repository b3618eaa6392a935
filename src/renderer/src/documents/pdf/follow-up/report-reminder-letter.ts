// The reminder for a report and accounts that have not come in (purring, R12), as a pdfmake
// document: what is missing, the new deadline, what happens if nothing comes (R13), that it is not
// a decision, and the right to see the case documents (fvl. § 18). Pure: same input, same definition.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { caseReference } from '@renderer/domain/case-reference';
import type { Decision } from '@renderer/domain/decision';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import { fillPlaceholders } from '@renderer/domain/decisions/reason-templates';
import { lawReferenceValues, type LawReferenceSet } from '@renderer/domain/letter-texts/law-references';
import type { Municipality } from '@renderer/domain/municipality';
import type { Organisation } from '@renderer/domain/organisation';
import type { Report } from '@renderer/domain/report';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import type { LetterLanguage } from '@renderer/domain/settings';
import type { LetterTexts } from '../letter-texts';
import { addressAndReferences, factsTable, letterheadBlock, paragraph, section, signatureBlock } from '../letter-layout';
import { contactDetails, followUpDocument, recipientLines } from './follow-up-parts';
import { REPORT_REMINDER_TEXTS } from './report-reminder-texts';
import { formatOrgnr } from '@renderer/domain/vocabulary';

export type ReminderReportFacts = Pick<
  Report,
  'annualReportReceived' | 'accountsReceived' | 'auditRequired' | 'auditedAccountsReceived' | 'unusedAmountStated'
>;

export interface ReportReminderInput {
  language: LetterLanguage;
  letterDate: string;
  /** The municipality's dated law references (Innstillinger); the standard ones when absent. */
  lawReferences?: readonly LawReferenceSet[];
  reference?: string;
  decision: Pick<Decision, 'decidedAt' | 'amountGrantedOre'>;
  application: Pick<Application, 'id' | 'title' | 'kind' | 'externalId'>;
  organisation: Pick<Organisation, 'name' | 'orgnr' | 'address' | 'contactPerson'>;
  call: Pick<Call, 'year' | 'title' | 'rules' | 'archiveCaseNumber'>;
  municipality: Pick<Municipality, 'name'>;
  letterhead: Letterhead;
  /** The report as registered so far; nothing registered means everything is missing. */
  report: ReminderReportFacts;
  /** The report's due date (the report row's, else the call's). */
  dueDate: string;
  newDeadline: string;
  /** The municipality's standard letter texts in `language` (labels, access, contact, closing). */
  texts: LetterTexts;
  generatedAt?: Date;
}

export function buildReportReminderLetter(input: ReportReminderInput): TDocumentDefinitions {
  const t = input.texts;
  const r = REPORT_REMINDER_TEXTS[input.language];
  const { application, organisation, call, letterhead, decision, report } = input;
  const kommune = letterhead.municipalityName || `${input.municipality.name} kommune`;
  const values: Record<string, string> = {
    // The fixed legal texts cite the paragraphs in force on the letter's date.
    ...lawReferenceValues(input.language, input.letterDate, input.lawReferences),
    kommune,
    aar: String(call.year),
    tittel: application.title,
    type: t.kindPhrase[application.kind],
    organisasjon: organisation.name,
    innvilget: formatMoney(decision.amountGrantedOre),
    vedtaksdato: formatDate(decision.decidedAt),
    frist: formatDate(input.dueDate),
    nyfrist: formatDate(input.newDeadline),
    grense: formatMoney(call.rules.auditThresholdOre),
    saksbehandler: letterhead.caseOfficer.name,
  };
  const fill = (text: string, extra: Record<string, string> = {}) => fillPlaceholders(text, { ...values, ...extra });

  const missing = [
    ...(report.annualReportReceived ? [] : [r.missing.annualReport]),
    ...(report.accountsReceived ? [] : [r.missing.accounts]),
    ...(report.auditRequired && !report.auditedAccountsReceived ? [r.missing.audit] : []),
    ...(report.unusedAmountStated ? [] : [r.missing.unused]),
  ].map((text) => fill(text));

  const heading = fill(r.heading);
  const references: Array<[string, string]> = [
    [t.labels.ourRef, input.reference ?? caseReference(call, application.id)],
    ...(application.externalId ? [[t.labels.yourRef, application.externalId] as [string, string]] : []),
    [t.labels.caseOfficer, letterhead.caseOfficer.name],
    [t.labels.date, formatDate(input.letterDate)],
  ];

  const content: Content[] = [
    letterheadBlock(letterhead, kommune),
    addressAndReferences(recipientLines(organisation, t.labels.attention), references),
    { text: heading, style: 'heading' },
    { text: r.subject, style: 'outcome' },
    paragraph(fill(r.intro)),
    factsTable([
      [t.labels.recipient, `${organisation.name} (${t.labels.orgnr} ${formatOrgnr(organisation.orgnr)})`],
      [t.labels.measure, application.title],
      [t.labels.granted, formatMoney(decision.amountGrantedOre)],
      [r.labels.decisionDate, formatDate(decision.decidedAt)],
      [r.labels.reportDue, formatDate(input.dueDate)],
      [r.labels.newDeadline, formatDate(input.newDeadline)],
    ]),
    section(r.missingHeading, { ul: missing, margin: [0, 0, 0, 4] }),
    section(r.deadlineHeading, paragraph(fill(r.deadline))),
    section(r.consequenceHeading, paragraph(fill(r.consequence)), paragraph(r.notDecision)),
    section(t.access.heading, paragraph(fill(t.access.text))),
    signatureBlock(
      fill(t.contact, { kontakt: contactDetails(letterhead, t) }),
      t.closing,
      letterhead.signatories,
      t.electronicallyApproved,
    ),
  ];

  return followUpDocument({
    language: input.language,
    letterhead,
    kommune,
    texts: t,
    title: `${heading} – ${organisation.name}`,
    subject: `${r.subject}: ${application.title}`,
    content,
    generatedAt: input.generatedAt,
  });
}
