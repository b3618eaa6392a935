// The shape of a decision letter's texts. Placeholders in braces are filled by the letter builder:
// {kommune} {aar} {tittel} {type} {organisasjon} {mottatt} {sokt} {innvilget} {differanse} {delmal}
// {utlysning} {frist} {grense} {dato} {konto} {saksbehandler} {kontakt} {klagefrist} {side} {sider}
// {tiltak} {periode} {rapportfrist}, and the dated law references {ref_…} (law-references.ts).
// Which of them a municipality may edit, and which must stay, is in fields.ts.
import type { ApplicationKind } from '../application';
import type { SubGoal } from '../call';
import type { DecisionOutcome } from '../decision';

export interface Section {
  heading: string;
  text: string;
}

/**
 * A section whose `text` is fixed because the law or the scheme needs it said: a municipality may
 * write its own text before and after it (empty by default), never change or remove it.
 */
export interface FixedSection extends Section {
  before: string;
  after: string;
}

export interface LetterTexts {
  /** The letter's title, saying the outcome: «Vedtak om tilskudd – søknaden er avslått». Fixed. */
  headingOutcome: Record<DecisionOutcome, string>;
  /** The line under the title, naming the scheme and year; editable. */
  heading: string;
  outcomeLine: Record<DecisionOutcome, string>;
  labels: {
    ourRef: string;
    yourRef: string;
    caseOfficer: string;
    date: string;
    recipient: string;
    measure: string;
    applied: string;
    granted: string;
    grantYear: string;
    acceptBy: string;
    orgnr: string;
    attention: string;
    page: string;
    phone: string;
    email: string;
    visit: string;
    period: string;
    periodUnknown: string;
  };
  kindPhrase: Record<ApplicationKind, string>;
  /** The measure with its title, {tiltak}: «prosjektet «{tittel}»». */
  measurePhrase: Record<ApplicationKind, string>;
  subGoals: Record<SubGoal, string>;
  intro: Record<DecisionOutcome, string>;
  purpose: Section;
  reasons: {
    heading: string;
    rulesLabel: string;
    rules: { assessment: string; formal: string };
    factsLabel: string;
    facts: string;
    factsReduction: string;
    considerationsLabel: string;
    fullGrantConsiderations: string;
    /** Considerations of a full grant when the screening needed the officer's assessment. */
    fullGrantAssessed: string;
    /** Dismissals: the formal requirements that are not met, instead of an assessment. */
    formalLabel: string;
    formalUnmet: string;
    screeningLabel: string;
    screeningMet: string;
    screeningFailed: string;
    screeningOverridden: string;
    ruleNames: Record<'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8', string>;
  };
  conditions: FixedSection & { specialLabel: string };
  payment: {
    heading: string;
    oneTerm: string;
    twoTerms: string;
    springTerm: string;
    autumnTerm: string;
    springWhen: string;
    autumnWhen: string;
    account: string;
    noAccount: string;
  };
  reporting: FixedSection & { audit: string; noAudit: string };
  use: FixedSection;
  changes: FixedSection;
  control: FixedSection;
  /** `postponement` is the fixed § 42 sentence, printed after the appeal text. */
  appeal: FixedSection & { postponement: string };
  access: FixedSection;
  contact: string;
  closing: string;
  electronicallyApproved: string;
  /** Appeal deadline in words by number of weeks; others fall back to "{n} uker". */
  weeks: Record<number, string>;
  weeksFallback: string;
}
