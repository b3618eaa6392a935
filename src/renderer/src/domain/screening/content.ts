// What the measure is about: R3 (sub-goals, with the call's priority R10), R4 (target groups)
// and R8 (reception-centre measures name a contact person at the centre).
import type { SubGoal } from '../call';
import type { ScreeningRuleResult } from '../screening';
import { ruleResult, type Finding } from './findings';
import { joinNorwegian, lowerFirst } from '../vocabulary/format';
import { SUB_GOAL_NAMES, TARGET_GROUP_LABELS } from '../vocabulary/terms';
import type { ScreeningInput } from './types';

const SUB_GOAL_ORDER: readonly SubGoal[] = ['A', 'B', 'C'];

export function checkR3({ application, call }: ScreeningInput): ScreeningRuleResult {
  const goals = SUB_GOAL_ORDER.filter((g) => application.subGoals.includes(g));
  if (goals.length === 0) {
    return ruleResult('R3', [
      { result: 'ikke_bestatt', text: 'Søknaden gjelder ikke noe delmål (A, B eller C)' },
    ]);
  }
  const named = joinNorwegian(goals.map((g) => `${g} (${lowerFirst(SUB_GOAL_NAMES[g])})`));
  const findings: Finding[] = [
    { result: 'bestatt', text: `Søknaden gjelder delmål ${named}` },
  ];
  const priority = call.prioritisedSubGoal;
  if (priority) {
    findings.push({
      result: 'bestatt',
      text: goals.includes(priority)
        ? `Utlysningen prioriterer delmål ${priority}, og søknaden gjelder dette delmålet`
        : `Utlysningen prioriterer delmål ${priority}, som søknaden ikke gjelder`,
    });
  }
  return ruleResult('R3', findings);
}

export function checkR4({ application }: ScreeningInput): ScreeningRuleResult {
  const groups = [...new Set(application.targetGroups)];
  if (groups.length === 0) {
    return ruleResult('R4', [
      {
        result: 'skjonn',
        text:
          'Søknaden oppgir ingen målgruppe. Vurder om tiltaket retter seg mot innvandrere og deres barn, ' +
          'beboere i mottak eller befolkningen i lokalsamfunnet generelt',
      },
    ]);
  }
  return ruleResult('R4', [
    { result: 'bestatt', text: `Målgrupper: ${joinNorwegian(groups.map((g) => lowerFirst(TARGET_GROUP_LABELS[g])))}` },
  ]);
}

export function checkR8({ application }: ScreeningInput): ScreeningRuleResult {
  const contact = application.receptionCentreContact?.trim() ?? '';
  const aimsAtResidents = application.targetGroups.includes('mottak');
  if (!application.receptionCentre && !aimsAtResidents) {
    return ruleResult('R8', [
      { result: 'bestatt', text: 'Gjelder ikke: tiltaket er ikke rettet mot beboere i asylmottak' },
    ]);
  }
  if (contact) {
    return ruleResult('R8', [
      {
        result: 'bestatt',
        text: `Tiltaket gjelder beboere i asylmottak, og kontaktperson på mottaket er oppgitt: ${contact}`,
      },
    ]);
  }
  if (application.receptionCentre) {
    return ruleResult('R8', [
      {
        result: 'ikke_bestatt',
        text: 'Tiltaket gjelder beboere i asylmottak, men kontaktperson på mottaket må oppgis',
      },
    ]);
  }
  // Target group "mottak" without the reception-centre flag is contradictory: ask rather than guess.
  return ruleResult('R8', [
    {
      result: 'skjonn',
      text:
        'Målgruppen omfatter beboere i mottak, men søknaden er ikke merket som tiltak for asylmottak. ' +
        'Avklar om tiltaket retter seg mot beboere i asylmottak; i så fall må kontaktperson på mottaket oppgis',
    },
  ]);
}
