// The shape of a decision letter's texts. Placeholders in braces are filled by the letter builder:
// {kommune} {aar} {tittel} {type} {organisasjon} {mottatt} {sokt} {innvilget} {differanse} {delmal}
// {utlysning} {frist} {grense} {dato} {konto} {saksbehandler} {kontakt} {klagefrist} {side} {sider}.
// Which of them a municipality may edit, and which must stay, is in fields.ts.
import type { ApplicationKind } from '../application';
import type { SubGoal } from '../call';
import type { DecisionOutcome } from '../decision';

export interface Section {
  heading: string;
  text: string;
}

export interface LetterTexts {
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
  };
  kindPhrase: Record<ApplicationKind, string>;
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
  };
  conditions: Section & { specialLabel: string };
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
  reporting: Section & { audit: string; noAudit: string };
  use: Section;
  changes: Section;
  control: Section;
  appeal: Section;
  access: Section;
  contact: string;
  closing: string;
  electronicallyApproved: string;
  /** Appeal deadline in words by number of weeks; others fall back to "{n} uker". */
  weeks: Record<number, string>;
  weeksFallback: string;
}
