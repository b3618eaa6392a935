// R9's ten criteria and R8's three extra points for reception-centre measures, as a new call's
// assessment setup starts with them; the officer may change labels, help and weights per call.
import type { AssessmentCriterion, CallAssessmentSetup, ScoreScale } from '../assessment';

export const DEFAULT_CRITERIA: readonly AssessmentCriterion[] = [
  { id: 'k1', label: 'Klare mål og målgrupper', help: 'Søknaden sier tydelig hva tiltaket skal oppnå og hvem det er for.', weight: 1, appliesTo: 'alle' },
  { id: 'k2', label: 'Konkrete og målbare mål', help: 'Målene er konkrete, så det går an å se om de er nådd.', weight: 1, appliesTo: 'alle' },
  { id: 'k3', label: 'Realistisk fremdriftsplan', help: 'Planen for gjennomføringen er realistisk.', weight: 1, appliesTo: 'alle' },
  { id: 'k4', label: 'Realistisk budsjett', help: 'Budsjettet er realistisk og står i forhold til resultatene som søkes oppnådd.', weight: 1, appliesTo: 'alle' },
  { id: 'k5', label: 'Kompetanse, erfaring og metoder', help: 'Søkeren har kompetanse og erfaring, og metodene er egnet.', weight: 1, appliesTo: 'alle' },
  { id: 'k6', label: 'Tilpasset målgruppene', help: 'Tiltaket er tilpasset målgruppenes alder, kjønn og nasjonale bakgrunn.', weight: 1, appliesTo: 'alle' },
  { id: 'k7', label: 'Nettverk og forankring', help: 'Søkeren har nettverk og er forankret i miljøene tiltaket retter seg mot.', weight: 1, appliesTo: 'alle' },
  { id: 'k8', label: 'Frivillig innsats', help: 'Tiltaket bruker frivillig innsats.', weight: 1, appliesTo: 'alle' },
  { id: 'k9', label: 'Samarbeid', help: 'Samarbeid med kommune, fylkeskommune, offentlige instanser og andre organisasjoner der det er relevant.', weight: 1, appliesTo: 'alle' },
  { id: 'k10', label: 'Overføringsverdi', help: 'Tiltaket har overføringsverdi, og erfaringer og resultater deles.', weight: 1, appliesTo: 'alle' },
  { id: 'mottak_ledelse', label: 'Samarbeid med mottaksledelsen', help: 'Avtalt samarbeid med ledelsen på mottaket; søknaden oppgir en kontaktperson der.', weight: 1, appliesTo: 'mottak' },
  { id: 'mottak_beboerrad', label: 'Samarbeid med beboerrådet', help: 'Avtalt samarbeid med beboerrådet på mottaket.', weight: 1, appliesTo: 'mottak' },
  { id: 'mottak_vertskommune', label: 'Samarbeid med vertskommunen', help: 'Avtalt samarbeid med vertskommunen eller andre samarbeidspartnere.', weight: 1, appliesTo: 'mottak' },
];

export const DEFAULT_SCALE: ScoreScale = { min: 1, max: 6, minLabel: 'Svært svak', maxLabel: 'Svært god' };

export function defaultAssessmentSetup(): CallAssessmentSetup {
  return {
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
    scale: { ...DEFAULT_SCALE },
    showOthersBeforeScoring: false,
  };
}

/** The call's setup, or the defaults while the officer has not changed them. */
export function assessmentSetupOf(call: { assessment?: CallAssessmentSetup }): CallAssessmentSetup {
  return call.assessment ?? defaultAssessmentSetup();
}

/** The criteria an application is scored on: R8's only for reception-centre measures. */
export function criteriaForApplication(
  setup: CallAssessmentSetup,
  application: { receptionCentre: boolean },
): AssessmentCriterion[] {
  return setup.criteria.filter((c) => c.appliesTo === 'alle' || application.receptionCentre);
}

/** Who is expected to score the call: the chosen assessors, or every active person; inactive ones never. */
export function expectedAssessorIds(
  setup: CallAssessmentSetup,
  people: readonly { id: string; active: boolean }[],
): string[] {
  const active = people.filter((p) => p.active);
  if (!setup.assessorIds) return active.map((p) => p.id);
  const activeIds = new Set(active.map((p) => p.id));
  return setup.assessorIds.filter((id) => activeIds.has(id));
}
