// The scheme's words, defined once. Screens, letters, minutes, exports and screening reasons all
// take their labels from here, so a term cannot drift apart between two pages again. The wording
// follows the scheme's own text (IMDi 2020): «delmål A–C», «prosjekter, enkelttiltak og
// aktiviteter», «støtte til drift av lokale innvandrerorganisasjoner» (driftsstøtte); the sub-goals
// are the scheme's A–C goals written as nouns.
import type { ApplicationKind, ApplicationLocation, ApplicationStatus, BudgetCategory, TargetGroup } from '../application';
import type { CallStatus, SubGoal } from '../call';
import type { DecisionOutcome } from '../decision';
import type { OrganisationKind } from '../organisation';

export const APPLICATION_KIND_LABELS: Readonly<Record<ApplicationKind, string>> = {
  prosjekt: 'Prosjekt',
  enkelttiltak: 'Enkelttiltak',
  aktivitet: 'Aktivitet',
  drift: 'Driftsstøtte',
};

/** Plural, as in «minstebeløpet for enkelttiltak». */
export const APPLICATION_KIND_PLURAL: Readonly<Record<ApplicationKind, string>> = {
  prosjekt: 'prosjekter',
  enkelttiltak: 'enkelttiltak',
  aktivitet: 'aktiviteter',
  drift: 'driftsstøtte',
};

/** The sub-goals as nouns, in the scheme's words. */
export const SUB_GOAL_NAMES: Readonly<Record<SubGoal, string>> = {
  A: 'Fellesskap, tillit og tilhørighet i lokalsamfunn',
  B: 'Kunnskap om det norske samfunnet og kvalifisering for arbeid eller utdanning',
  C: 'Forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse',
};

/** «Delmål A». */
export function subGoalShort(goal: SubGoal): string {
  return `Delmål ${goal}`;
}

/** «A – Fellesskap, tillit og tilhørighet i lokalsamfunn», for choices and lists. */
export function subGoalWithLetter(goal: SubGoal): string {
  return `${goal} – ${SUB_GOAL_NAMES[goal]}`;
}

export const TARGET_GROUP_LABELS: Readonly<Record<TargetGroup, string>> = {
  flyktninger: 'Flyktninger',
  arbeidsinnvandrere: 'Arbeidsinnvandrere',
  familieinnvandrere: 'Familieinnvandrere',
  mottak: 'Beboere i asylmottak',
  lokalbefolkning: 'Befolkningen i lokalsamfunnet generelt',
};

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  frivillig: 'Frivillig organisasjon',
  innvandrerorganisasjon: 'Lokal innvandrerorganisasjon',
};

export const DECISION_OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  innvilget: 'Innvilget',
  delvis_innvilget: 'Delvis innvilget',
  avslatt: 'Avslått',
  avvist: 'Avvist',
};

export const CALL_STATUS_LABELS: Readonly<Record<CallStatus, string>> = {
  utkast: 'Utkast',
  apen: 'Åpen',
  lukket: 'Lukket',
  vedtatt: 'Vedtatt',
  arkivert: 'Arkivert',
};

export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  mottatt: 'Mottatt',
  under_behandling: 'Under behandling',
  vurdert: 'Vurdert',
  vedtatt: 'Vedtatt',
  avsluttet: 'Avsluttet',
  trukket: 'Trukket',
};

export const BUDGET_CATEGORY_LABELS: Readonly<Record<BudgetCategory, string>> = {
  aktivitet: 'Aktivitet',
  administrasjon: 'Administrasjon og prosjektledelse',
  personale: 'Personale',
  investering: 'Investering',
  anskaffelse: 'Anskaffelse',
  drift: 'Generell drift',
  konferanse_offentlig_ansatte: 'Konferanse for offentlig ansatte',
  annet: 'Annet',
};

export const APPLICATION_LOCATION_LABELS: Readonly<Record<ApplicationLocation, string>> = {
  norge: 'I Norge',
  delvis_utlandet: 'Delvis i utlandet',
  kun_utlandet: 'Kun i utlandet',
};
