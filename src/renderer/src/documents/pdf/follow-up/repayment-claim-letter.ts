// The repayment claim (vedtak om tilbakebetaling, R13) as a pdfmake document. It is an individual
// decision (R17): the reasons (rules, facts, main considerations; fvl. §§ 24–25), how and by when
// to pay, the right to appeal with deadline, body and how (§§ 28–29, 32–33), postponement (§ 42)
// and access to the documents (§ 18). Pure: same input, same definition.
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
import type { Repayment } from '@renderer/domain/repayment';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import type { LetterLanguage } from '@renderer/domain/settings';
import { formatAccountNumber } from '@renderer/domain/identifiers';
import type { LetterTexts } from '../letter-texts';
import { addressAndReferences, factsTable, labelled, letterheadBlock, paragraph, section, signatureBlock } from '../letter-layout';
import { contactDetails, followUpDocument, recipientLines } from './follow-up-parts';
import { REPAYMENT_CLAIM_TEXTS } from './repayment-claim-texts';
import { formatOrgnr } from '@renderer/domain/vocabulary';

export interface RepaymentClaimInput {
  language: LetterLanguage;
  letterDate: string;
  /** The municipality's dated law references (Innstillinger); the standard ones when absent. */
  lawReferences?: readonly LawReferenceSet[];
  reference?: string;
  claim: Pick<Repayment, 'basis' | 'amountOre' | 'reason' | 'deadline' | 'accountNumber' | 'paymentReference'>;
  /** The grant decision the money was paid under. */
  decision: Pick<Decision, 'decidedAt' | 'amountGrantedOre'>;
  /** Paid out under the grant when the claim was made. */
  paidOre: number;
  /** The day the report the claim follows from came in, if it does. */
  reportReceivedDate?: string;
  application: Pick<Application, 'id' | 'title' | 'kind' | 'externalId'>;
  organisation: Pick<Organisation, 'name' | 'orgnr' | 'address' | 'contactPerson'>;
  call: Pick<Call, 'year' | 'title' | 'rules' | 'archiveCaseNumber'>;
  municipality: Pick<Municipality, 'name'>;
  letterhead: Letterhead;
  texts: LetterTexts;
  generatedAt?: Date;
}

export function buildRepaymentClaimLetter(input: RepaymentClaimInput): TDocumentDefinitions {
  const t = input.texts;
  const c = REPAYMENT_CLAIM_TEXTS[input.language];
  const { application, organisation, call, letterhead, decision, claim } = input;
  const kommune = letterhead.municipalityName || `${input.municipality.name} kommune`;
  const weeks =
    t.weeks[call.rules.appealDeadlineWeeks] ?? fillPlaceholders(t.weeksFallback, { n: String(call.rules.appealDeadlineWeeks) });
  const values: Record<string, string> = {
    // The fixed legal texts cite the paragraphs in force on the letter's date.
    ...lawReferenceValues(input.language, input.letterDate, input.lawReferences),
    kommune,
    aar: String(call.year),
    tittel: application.title,
    type: t.kindPhrase[application.kind],
    organisasjon: organisation.name,
    innvilget: formatMoney(decision.amountGrantedOre),
    utbetalt: formatMoney(input.paidOre),
    belop: formatMoney(claim.amountOre),
    vedtaksdato: formatDate(decision.decidedAt),
    frist: formatDate(claim.deadline),
    konto: formatAccountNumber(claim.accountNumber),
    referanse: claim.paymentReference,
    utlysning: call.title,
    klagefrist: weeks,
    saksbehandler: letterhead.caseOfficer.name,
    rapportdato: input.reportReceivedDate ? formatDate(input.reportReceivedDate) : '',
  };
  const fill = (text: string, extra: Record<string, string> = {}) => fillPlaceholders(text, { ...values, ...extra });

  const heading = fill(c.heading);
  const outcome = fill(c.outcomeLine);
  const references: Array<[string, string]> = [
    [t.labels.ourRef, input.reference ?? caseReference(call, application.id)],
    ...(application.externalId ? [[t.labels.yourRef, application.externalId] as [string, string]] : []),
    [t.labels.caseOfficer, letterhead.caseOfficer.name],
    [t.labels.date, formatDate(input.letterDate)],
  ];
  const facts = [fill(c.facts), fill(c.basisFacts[claim.basis])];
  if (input.reportReceivedDate) facts.push(fill(c.reportFact));

  const content: Content[] = [
    letterheadBlock(letterhead, kommune),
    addressAndReferences(recipientLines(organisation, t.labels.attention), references),
    { text: heading, style: 'heading' },
    { text: outcome, style: 'outcome' },
    paragraph(fill(c.intro)),
    factsTable([
      [t.labels.recipient, `${organisation.name} (${t.labels.orgnr} ${formatOrgnr(organisation.orgnr)})`],
      [t.labels.measure, application.title],
      [c.labels.decisionDate, `${formatDate(decision.decidedAt)}, ${formatMoney(decision.amountGrantedOre)}`],
      [c.labels.paid, formatMoney(input.paidOre)],
      [c.labels.claimed, formatMoney(claim.amountOre)],
      [c.labels.deadline, formatDate(claim.deadline)],
      [c.labels.account, formatAccountNumber(claim.accountNumber)],
      [c.labels.reference, claim.paymentReference],
    ]),
    section(
      t.reasons.heading,
      labelled(t.reasons.rulesLabel, fill(c.rules)),
      labelled(t.reasons.factsLabel, facts.join(' ')),
      labelled(t.reasons.considerationsLabel, claim.reason.trim()),
    ),
    section(c.paymentHeading, paragraph(fill(c.payment))),
    section(t.appeal.heading, paragraph(fill(t.appeal.text)), paragraph(c.postponement)),
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
    subject: `${outcome}: ${application.title}`,
    content,
    generatedAt: input.generatedAt,
  });
}
