// The decision letter (vedtaksbrev) for a grant, partial grant, rejection or dismissal, as a pdfmake
// document definition. Pure: same input, same definition. Each letter states what applies to it:
// grants carry purpose, conditions and acceptance deadline, payment plan, reporting and audit,
// use within the year, consent for changes and the control clause (R11–R15); every letter gives
// the reasons, the right to appeal and the right to see the documents (R16, R17).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { caseReference } from '@renderer/domain/case-reference';
import type { Decision } from '@renderer/domain/decision';
import { acceptanceDeadline } from '@renderer/domain/decisions/deadlines';
import { isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import { isAuditRequired, reportDueDate } from '@renderer/domain/decisions/obligations';
import { paymentPlan } from '@renderer/domain/decisions/payment-plan';
import { fillPlaceholders } from '@renderer/domain/decisions/reason-templates';
import type { Municipality } from '@renderer/domain/municipality';
import type { Organisation } from '@renderer/domain/organisation';
import { formatIsoDate, formatKroner } from '@renderer/domain/screening/format';
import type { LetterLanguage } from '@renderer/domain/settings';
import { ARCHIVAL_OPTIONS, pdfLanguage } from './archival';
import { DEFAULT_LETTER_TEXTS, type LetterTexts } from './letter-texts';
import {
  LETTER_PAGE,
  addressAndReferences,
  factsTable,
  footer,
  keepHeadingsWithText,
  labelled,
  letterheadBlock,
  paragraph,
  section,
  signatureBlock,
} from './letter-layout';

export interface DecisionLetterInput {
  language: LetterLanguage;
  /** The letter's date (normally the day it is sent), YYYY-MM-DD. */
  letterDate: string;
  /** Our case reference; defaults to the call's archive case number, else "<year>/<short application id>". */
  reference?: string;
  decision: Pick<Decision, 'outcome' | 'amountAppliedOre' | 'amountGrantedOre' | 'justification' | 'conditions'>;
  application: Pick<Application, 'id' | 'title' | 'kind' | 'subGoals' | 'receivedDate' | 'externalId'>;
  organisation: Pick<Organisation, 'name' | 'orgnr' | 'address' | 'contactPerson' | 'accountNumber'>;
  call: Pick<Call, 'year' | 'title' | 'rules' | 'archiveCaseNumber'>;
  municipality: Pick<Municipality, 'name'>;
  letterhead: Letterhead;
  /** Last day to accept the conditions; defaults to three weeks after the letter date. */
  acceptanceDeadline?: string;
  /** A municipality's edited texts; the standard ones for `language` otherwise. */
  texts?: LetterTexts;
  /** PDF creation date; pass the same value to get the same bytes twice. */
  generatedAt?: Date;
}

/** "12345678903" → "1234.56.78903", the way Norwegians write account numbers. */
export function formatAccountNumber(account: string): string {
  return /^\d{11}$/.test(account) ? `${account.slice(0, 4)}.${account.slice(4, 6)}.${account.slice(6)}` : account;
}

export function addressLines(input: Pick<DecisionLetterInput, 'organisation'>, attention: string): string[] {
  const { organisation } = input;
  const address = (organisation.address ?? '')
    .split(/\n|,\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
  return [
    organisation.name,
    ...(organisation.contactPerson ? [`${attention} ${organisation.contactPerson}`] : []),
    ...address,
  ];
}

/** "A", "A og B", "A, B og C": the same word in bokmål and nynorsk. */
function joinGoals(goals: readonly string[]): string {
  if (goals.length <= 1) return goals.join('');
  return `${goals.slice(0, -1).join(', ')} og ${goals[goals.length - 1]}`;
}

export function buildDecisionLetter(input: DecisionLetterInput): TDocumentDefinitions {
  const t = input.texts ?? DEFAULT_LETTER_TEXTS[input.language];
  const { decision, application, organisation, call, letterhead } = input;
  const rules = call.rules;
  const kommune = letterhead.municipalityName || `${input.municipality.name} kommune`;
  const grant = isGrantOutcome(decision.outcome);
  const accept = input.acceptanceDeadline ?? acceptanceDeadline(input.letterDate);
  const weeks = t.weeks[rules.appealDeadlineWeeks] ?? fillPlaceholders(t.weeksFallback, { n: String(rules.appealDeadlineWeeks) });

  const values: Record<string, string> = {
    kommune,
    aar: String(call.year),
    tittel: application.title,
    type: t.kindPhrase[application.kind],
    organisasjon: organisation.name,
    mottatt: formatIsoDate(application.receivedDate),
    sokt: formatKroner(decision.amountAppliedOre),
    innvilget: formatKroner(decision.amountGrantedOre),
    differanse: formatKroner(decision.amountAppliedOre - decision.amountGrantedOre),
    delmal: joinGoals(application.subGoals.map((g) => t.subGoals[g])),
    utlysning: call.title,
    klagefrist: weeks,
    saksbehandler: letterhead.caseOfficer.name,
  };
  const fill = (text: string, extra: Record<string, string> = {}) => fillPlaceholders(text, { ...values, ...extra });

  const heading = fill(t.heading);
  const references: Array<[string, string]> = [
    [t.labels.ourRef, input.reference ?? caseReference(call, application.id)],
    ...(application.externalId ? [[t.labels.yourRef, application.externalId] as [string, string]] : []),
    [t.labels.caseOfficer, letterhead.caseOfficer.name],
    [t.labels.date, formatIsoDate(input.letterDate)],
  ];

  const content: Content[] = [
    letterheadBlock(letterhead, kommune),
    addressAndReferences(addressLines(input, t.labels.attention), references),
    { text: heading, style: 'heading' },
    { text: t.outcomeLine[decision.outcome], style: 'outcome' },
    paragraph(fill(t.intro[decision.outcome])),
  ];

  if (grant) {
    content.push(
      factsTable([
        [t.labels.recipient, `${organisation.name} (${t.labels.orgnr} ${organisation.orgnr})`],
        [t.labels.measure, application.title],
        [t.labels.applied, formatKroner(decision.amountAppliedOre)],
        [t.labels.granted, formatKroner(decision.amountGrantedOre)],
        [t.labels.grantYear, String(call.year)],
        [t.labels.acceptBy, formatIsoDate(accept)],
      ]),
      section(t.purpose.heading, paragraph(fill(t.purpose.text))),
    );
  }

  content.push(reasonsSection(input, t, fill));

  if (grant) content.push(...grantSections(input, t, fill, accept));

  content.push(
    section(t.appeal.heading, paragraph(fill(t.appeal.text))),
    section(t.access.heading, paragraph(fill(t.access.text))),
    signatureBlock(
      fill(t.contact, { kontakt: contactDetails(letterhead, t) }),
      t.closing,
      letterhead.signatories,
      t.electronicallyApproved,
    ),
  );

  return {
    ...LETTER_PAGE,
    ...ARCHIVAL_OPTIONS,
    language: pdfLanguage(input.language),
    info: {
      title: `${heading} – ${organisation.name}`,
      author: kommune,
      subject: `${t.outcomeLine[decision.outcome]}: ${application.title}`,
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

function reasonsSection(input: DecisionLetterInput, t: LetterTexts, fill: (s: string) => string): Content {
  const { decision } = input;
  const formal = decision.outcome === 'avvist';
  const facts = [fill(t.reasons.facts)];
  if (decision.outcome === 'delvis_innvilget') facts.push(fill(t.reasons.factsReduction));
  const considerations = decision.justification.trim() || fill(t.reasons.fullGrantConsiderations);
  return section(
    t.reasons.heading,
    labelled(t.reasons.rulesLabel, fill(formal ? t.reasons.rules.formal : t.reasons.rules.assessment)),
    labelled(t.reasons.factsLabel, facts.join(' ')),
    labelled(t.reasons.considerationsLabel, considerations),
  );
}

function grantSections(
  input: DecisionLetterInput,
  t: LetterTexts,
  fill: (s: string, extra?: Record<string, string>) => string,
  accept: string,
): Content[] {
  const { decision, call, organisation } = input;
  const rules = call.rules;
  const conditions = decision.conditions.trim();
  const plan = paymentPlan(decision.amountGrantedOre, rules, call.year, accept);

  const payment: Content[] =
    plan.length > 1
      ? [
          paragraph(fill(t.payment.twoTerms, { grense: formatKroner(rules.splitPaymentThresholdOre) })),
          {
            table: {
              widths: [110, 80, '*'],
              body: plan.map((p) => [
                p.term === 1 ? t.payment.springTerm : t.payment.autumnTerm,
                { text: formatKroner(p.amountOre), alignment: 'right' },
                p.term === 1 ? t.payment.springWhen : fill(t.payment.autumnWhen, { dato: formatIsoDate(p.dueDate) }),
              ]),
            },
            layout: 'noBorders',
            margin: [12, 0, 0, 5],
          },
        ]
      : [paragraph(fill(t.payment.oneTerm))];
  payment.push(
    paragraph(
      organisation.accountNumber
        ? fill(t.payment.account, { konto: formatAccountNumber(organisation.accountNumber) })
        : t.payment.noAccount,
    ),
  );

  const grense = formatKroner(rules.auditThresholdOre);
  const audit = isAuditRequired(decision.amountGrantedOre, rules) ? t.reporting.audit : t.reporting.noAudit;

  return [
    section(
      t.conditions.heading,
      paragraph(fill(t.conditions.text, { frist: formatIsoDate(accept) })),
      ...(conditions ? [{ text: t.conditions.specialLabel, bold: true, margin: [0, 2, 0, 2] } as Content, paragraph(conditions)] : []),
    ),
    section(t.payment.heading, ...payment),
    section(
      t.reporting.heading,
      paragraph(fill(t.reporting.text, { frist: formatIsoDate(reportDueDate(rules)) })),
      paragraph(fill(audit, { grense })),
    ),
    section(t.use.heading, paragraph(fill(t.use.text))),
    section(t.changes.heading, paragraph(fill(t.changes.text))),
    section(t.control.heading, paragraph(fill(t.control.text))),
  ];
}

export function contactDetails(letterhead: Letterhead, t: LetterTexts): string {
  const parts: string[] = [];
  const phone = letterhead.caseOfficer.phone ?? letterhead.phone;
  const email = letterhead.caseOfficer.email ?? letterhead.email;
  if (phone) parts.push(`${t.labels.phone} ${phone}`);
  if (email) parts.push(`${t.labels.email} ${email}`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

export function footerLine(letterhead: Letterhead, kommune: string, t: LetterTexts): string {
  return [
    [kommune, letterhead.unitName].filter(Boolean).join(', '),
    ...letterhead.addressLines.filter(Boolean),
    letterhead.visitingAddress ? `${t.labels.visit} ${letterhead.visitingAddress}` : '',
    letterhead.phone ? `${t.labels.phone[0]!.toUpperCase()}${t.labels.phone.slice(1)} ${letterhead.phone}` : '',
    letterhead.email ?? '',
    letterhead.orgnr ? `${t.labels.orgnr} ${letterhead.orgnr}` : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
}
