// Norwegian names of the codes the screening reasons mention.
import type { SubGoal } from '../call';
import type { ApplicationKind, BudgetCategory, TargetGroup } from '../application';
import type { OrganisationKind } from '../organisation';

export const SUB_GOAL_LABELS: Record<SubGoal, string> = {
  A: 'fellesskap, tillit og tilhørighet i lokalsamfunn',
  B: 'kunnskap om det norske samfunnet og kvalifisering for arbeid eller utdanning',
  C: 'forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse',
};

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  flyktninger: 'flyktninger',
  arbeidsinnvandrere: 'arbeidsinnvandrere',
  familieinnvandrere: 'familieinnvandrere',
  mottak: 'beboere i mottak',
  lokalbefolkning: 'befolkningen i lokalsamfunnet generelt',
};

/** Plural, as in "minstebeløpet for enkelttiltak". */
export const KIND_PLURAL: Record<ApplicationKind, string> = {
  prosjekt: 'prosjekter',
  enkelttiltak: 'enkelttiltak',
  aktivitet: 'aktiviteter',
  drift: 'driftsstøtte',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  frivillig: 'frivillig organisasjon',
  innvandrerorganisasjon: 'lokal innvandrerorganisasjon',
};

/** Budget categories R6 names as not covered, as in "kr 20 000 til investeringer". */
export const EXCLUDED_CATEGORY_LABELS: Partial<Record<BudgetCategory, string>> = {
  investering: 'investeringer',
  anskaffelse: 'anskaffelser',
  drift: 'generell drift av organisasjonen',
  konferanse_offentlig_ansatte: 'konferanser og seminarer for offentlig ansatte',
};
