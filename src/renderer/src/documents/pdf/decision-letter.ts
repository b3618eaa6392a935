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
import type { ScreeningBasis } from '@renderer/domain/decisions/screening-basis-type';
import { lawReferenceValues, type LawReferenceSet } from '@renderer/domain/letter-texts/law-references';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import { formatOrgnr } from '@renderer/domain/identifiers';
import { formatAccountNumber } from '@renderer/domain/identifiers';
import type { LetterLanguage } from '@renderer/domain/settings';
import { ARCHIVAL_OPTIONS, pdfLanguage } from './archival';
import { DEFAULT_LETTER_TEXTS, type LetterTexts } from './letter-texts';
import {
  LETTER_PAGE,
  addressAndReferences,
  factsTable,
  fixedSection,
  footer,
  keepHeadingsWithText,
  keepTogether,
  labelled,
  letterheadBlock,
  paragraph,
  section,
  signatureBlock,
  titleBlock,
} from './letter-layout';

export interface DecisionLetterInput {
  language: LetterLanguage;
  /** The letter's date (normally the day it is sent), YYYY-MM-DD. */
  letterDate: string;
  /** Our case reference; defaults to the call's archive case number, else "<year>/<short application id>". */
  reference?: string;
  decision: Pick<Decision, 'outcome' | 'amountAppliedOre' | 'amountGrantedOre' | 'justification' | 'conditions'> & {
    /** The reasons in nynorsk; a nynorsk letter uses them (the caller asks for them when missing). */
    justificationNn?: string;
  };
  application: Pick<Application, 'id' | 'title' | 'kind' | 'subGoals' | 'receivedDate' | 'externalId'> &
    Partial<Pick<Application, 'periodFrom' | 'periodTo'>>;
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
  /** The formal screening as the reasons state it; without it the letter claims nothing about it. */
  screeningBasis?: ScreeningBasis;
  /** The municipality's dated law references; the standard ones otherwise. */
  lawReferences?: readonly LawReferenceSet[];
}

/** The program, named as the PDF's creator (the municipality is its author). */
export const LETTER_CREATOR = 'Tilskudd frivillige';

/** The reasons text in the letter's language: nynorsk letters use the nynorsk text when there is one. */
export function justificationFor(
  decision: Pick<DecisionLetterInput['decision'], 'justification' | 'justificationNn'>,
  language: LetterLanguage,
): string {
  const nb = decision.justification.trim();
  const nn = decision.justificationNn?.trim() ?? '';
  // The other language only when there is nothing in this one (letter-job refuses that case).
  return language === 'nn' ? nn || nb : nb || nn;
}

/** "1. mars 2020 – 31. desember 2020", one end, or the text for "not given". */
function periodText(application: DecisionLetterInput['application'], unknown: string): string {
  const { periodFrom, periodTo } = application;
  if (periodFrom && periodTo) return `${formatDate(periodFrom)} – ${formatDate(periodTo)}`;
  if (periodFrom) return `${formatDate(periodFrom)} –`;
  if (periodTo) return `– ${formatDate(periodTo)}`;
  return unknown;
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
    tiltak: fillPlaceholders(t.measurePhrase[application.kind], { tittel: application.title }),
    periode: periodText(application, t.labels.periodUnknown),
    rapportfrist: formatDate(reportDueDate(rules)),
    ...lawReferenceValues(input.language, input.letterDate, input.lawReferences),
    organisasjon: organisation.name,
    mottatt: formatDate(application.receivedDate),
    sokt: formatMoney(decision.amountAppliedOre),
    innvilget: formatMoney(decision.amountGrantedOre),
    differanse: formatMoney(decision.amountAppliedOre - decision.amountGrantedOre),
    delmal: joinGoals(application.subGoals.map((g) => t.subGoals[g])),
    utlysning: call.title,
    klagefrist: weeks,
    saksbehandler: letterhead.caseOfficer.name,
  };
  const fill = (text: string, extra: Record<string, string> = {}) => keepTogether(fillPlaceholders(text, { ...values, ...extra }));

  const title = t.headingOutcome[decision.outcome];
  const heading = fill(t.heading);
  const references: Array<[string, string]> = [
    [t.labels.ourRef, input.reference ?? caseReference(call, application.id)],
    ...(application.externalId ? [[t.labels.yourRef, application.externalId] as [string, string]] : []),
    [t.labels.caseOfficer, letterhead.caseOfficer.name],
    [t.labels.date, formatDate(input.letterDate)],
  ];

  const content: Content[] = [
    letterheadBlock(letterhead, kommune),
    addressAndReferences(addressLines(input, t.labels.attention), references),
    titleBlock(title, heading),
    paragraph(fill(t.intro[decision.outcome])),
    // Every letter names the recipient with its orgnr and the measure's period (not only grants).
    factsTable([
      [t.labels.recipient, `${organisation.name} (${t.labels.orgnr}\u00a0${formatOrgnr(organisation.orgnr)})`],
      [t.labels.measure, application.title],
      [t.labels.period, values.periode!],
      [t.labels.applied, formatMoney(decision.amountAppliedOre)],
      ...(grant
        ? ([
            [t.labels.granted, formatMoney(decision.amountGrantedOre)],
            [t.labels.grantYear, String(call.year)],
            [t.labels.acceptBy, formatDate(accept)],
          ] as Array<[string, string]>)
        : []),
    ]),
  ];

  if (grant) content.push(section(t.purpose.heading, paragraph(fill(t.purpose.text))));

  content.push(reasonsSection(input, t, fill));

  if (grant) content.push(...grantSections(input, t, fill, accept));

  content.push(
    fixedSection(t.appeal.heading, fill(t.appeal.before), [fill(t.appeal.text), fill(t.appeal.postponement)], fill(t.appeal.after)),
    fixedSection(t.access.heading, fill(t.access.before), [fill(t.access.text)], fill(t.access.after)),
    signatureBlock(
      fill(t.contact, { kontakt: contactDetails(letterhead, t) }),
      t.closing,
      letterhead.signatories.map((sig) => ({
        name: sig.name,
        // Nynorsk letters give the nynorsk title when there is one.
        title: (input.language === 'nn' ? sig.titleNn || sig.title : sig.title) || undefined,
      })),
      t.electronicallyApproved,
    ),
  );

  return {
    ...LETTER_PAGE,
    ...ARCHIVAL_OPTIONS,
    language: pdfLanguage(input.language),
    info: {
      title: `${title} – ${organisation.name}`,
      author: kommune,
      subject: `${t.outcomeLine[decision.outcome]}: ${application.title}`,
      creator: LETTER_CREATOR,
      producer: LETTER_CREATOR,
      ...(input.generatedAt ? { creationDate: input.generatedAt, modDate: input.generatedAt } : {}),
    },
    content,
    pageBreakBefore: keepHeadingsWithText,
    footer: footer(footerLine(letterhead, kommune, t), (page, pages) =>
      fillPlaceholders(t.labels.page, { side: String(page), sider: String(pages) }),
    ),
  };
}

/** "R5" → the rule's name in the letter's language; any other text as it stands. */
function ruleName(rule: string, t: LetterTexts): string {
  return (t.reasons.ruleNames as Record<string, string>)[rule] ?? rule;
}

function withStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * §§ 24–25: the rules, the facts and the main considerations. What it says about the formal
 * requirements follows the screening: met only when they are; an overridden failure is given with
 * the officer's assessment; a dismissal names the requirement that is not met instead of an assessment.
 */
function reasonsSection(
  input: DecisionLetterInput,
  t: LetterTexts,
  fill: (s: string, extra?: Record<string, string>) => string,
): Content {
  const { decision, screeningBasis: basis } = input;
  const formal = decision.outcome === 'avvist';
  const facts = [fill(t.reasons.facts)];
  if (decision.outcome === 'delvis_innvilget') facts.push(fill(t.reasons.factsReduction));
  const justification = justificationFor(decision, input.language);
  const failed = (basis?.failed ?? []).map((f) =>
    withStop(fill(formal ? t.reasons.formalUnmet : t.reasons.screeningFailed, { regel: ruleName(f.rule, t), arsak: f.reason })),
  );
  const overridden = (basis?.overridden ?? []).map((o) =>
    withStop(fill(t.reasons.screeningOverridden, { regel: ruleName(o.rule, t), arsak: o.reason, vurdering: o.overrideReason })),
  );
  const body: Content[] = [
    labelled(t.reasons.rulesLabel, fill(formal ? t.reasons.rules.formal : t.reasons.rules.assessment)),
    labelled(t.reasons.factsLabel, facts.join(' ')),
  ];
  if (formal) {
    // Content was not assessed: the text names what is not met, under that label.
    body.push(labelled(t.reasons.formalLabel, [...failed, ...(justification ? [justification] : [])].join(' ')));
    return section(t.reasons.heading, ...body);
  }
  if (basis) {
    const screening = basis.allMet && overridden.length === 0 && failed.length === 0 ? [fill(t.reasons.screeningMet)] : [...failed, ...overridden];
    if (screening.length > 0) body.push(labelled(t.reasons.screeningLabel, screening.join(' ')));
  }
  const claimsMet = basis !== undefined && (basis.allMet && basis.overridden.length === 0 && basis.failed.length === 0);
  const considerations = justification || fill(claimsMet ? t.reasons.fullGrantConsiderations : t.reasons.fullGrantAssessed);
  body.push(labelled(t.reasons.considerationsLabel, considerations));
  return section(t.reasons.heading, ...body);
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
          paragraph(fill(t.payment.twoTerms, { grense: formatMoney(rules.splitPaymentThresholdOre) })),
          {
            table: {
              widths: [110, 80, '*'],
              body: plan.map((p) => [
                p.term === 1 ? t.payment.springTerm : t.payment.autumnTerm,
                { text: formatMoney(p.amountOre), alignment: 'right' },
                p.term === 1 ? t.payment.springWhen : fill(t.payment.autumnWhen, { dato: formatDate(p.dueDate) }),
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

  const grense = formatMoney(rules.auditThresholdOre);
  const audit = isAuditRequired(decision.amountGrantedOre, rules) ? t.reporting.audit : t.reporting.noAudit;

  const frist = formatDate(accept);
  const reportBy = formatDate(reportDueDate(rules));
  return [
    fixedSection(
      t.conditions.heading,
      fill(t.conditions.before, { frist }),
      [fill(t.conditions.text, { frist })],
      fill(t.conditions.after, { frist }),
      conditions ? [{ text: t.conditions.specialLabel, bold: true, margin: [0, 2, 0, 2] }, paragraph(conditions)] : [],
    ),
    // The payment terms stay on one page with their heading.
    { ...(section(t.payment.heading, ...payment) as object), unbreakable: true } as Content,
    fixedSection(
      t.reporting.heading,
      fill(t.reporting.before, { frist: reportBy }),
      [fill(t.reporting.text, { frist: reportBy }), fill(audit, { grense })],
      fill(t.reporting.after, { frist: reportBy }),
    ),
    fixedSection(t.use.heading, fill(t.use.before), [fill(t.use.text)], fill(t.use.after)),
    fixedSection(t.changes.heading, fill(t.changes.before), [fill(t.changes.text)], fill(t.changes.after)),
    fixedSection(t.control.heading, fill(t.control.before), [fill(t.control.text)], fill(t.control.after)),
  ];
}

export function contactDetails(letterhead: Letterhead, t: LetterTexts): string {
  const parts: string[] = [];
  // Only the case officer's own details: the municipality's switchboard stands in the footer.
  const { phone, email } = letterhead.caseOfficer;
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
    letterhead.orgnr ? `${t.labels.orgnr} ${formatOrgnr(letterhead.orgnr)}` : '',
  ]
    .filter(Boolean)
    // A number ("55 56 55 56", "964 338 531") never breaks across lines.
    .map((part) => part.replace(/(\d) (?=\d)/g, '$1\u00a0'))
    .join('  ·  ');
}
