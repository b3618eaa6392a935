// Names of the formal rules R1–R8 and the words for their results, as the officer reads them.
import type { ScreeningOutcome, ScreeningRuleId } from '@renderer/domain/screening';

export const RULE_NAMES: Record<ScreeningRuleId, string> = {
  R1: 'Registrert i Frivillighetsregisteret',
  R2: 'Frivillig organisasjon (ideell og ikke offentlig)',
  R3: 'Minst ett av delmålene',
  R4: 'Målgrupper',
  R5: 'Type tiltak og beløp',
  R6: 'Kostnader som kan dekkes',
  R7: 'Ikke dobbeltfinansiering fra IMDi',
  R8: 'Tiltak for beboere i asylmottak',
};

export const OUTCOME_TEXT: Record<ScreeningOutcome, string> = {
  bestatt: 'Bestått',
  ikke_bestatt: 'Ikke bestått',
  skjonn: 'Må vurderes skjønnsmessig',
};

export const screeningText = {
  intro:
    'Programmet vurderer søknaden mot de formelle kravene R1–R8. Du kan overstyre et resultat med en skriftlig begrunnelse.',
  notScreened: 'Søknaden er ikke vurdert ennå.',
  rule: (rule: ScreeningRuleId) => `${rule} ${RULE_NAMES[rule]}`,
  override: 'Overstyr',
  overrideFor: (rule: ScreeningRuleId) => `Overstyr ${rule}`,
  overrideTitle: (rule: ScreeningRuleId) => `Overstyr ${rule}: ${RULE_NAMES[rule]}`,
  overrideIntro: 'Velg resultatet som skal gjelde, og skriv hvorfor. Det automatiske resultatet blir stående i historikken.',
  overrideResult: 'Resultat som skal gjelde',
  overrideReason: 'Begrunnelse',
  overrideReasonHelp: 'Skriv hvorfor du overstyrer. Begrunnelsen vises i saken.',
  overrideReasonMissing: 'Skriv en begrunnelse for overstyringen',
  overrideSave: 'Lagre overstyring',
  overrideSaving: 'Lagrer …',
  overrideFailed: 'Overstyringen ble ikke lagret. Prøv igjen.',
  cancel: 'Avbryt',
  overriddenBy: (by: string, when: string) => `Overstyrt av ${by} ${when}`,
  automatic: (result: string, reason: string) => `Automatisk vurdering: ${result}${reason ? ` – ${reason}` : ''}`,
  summary: 'Samlet resultat',
} as const;
