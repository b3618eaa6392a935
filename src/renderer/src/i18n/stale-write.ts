// Words for a record changed elsewhere while the officer had it open in a form.
export const staleWriteText = {
  changedElsewhere: (subject: string) => `${subject} er endret et annet sted etter at du åpnet den.`,
  changedFields: (labels: readonly string[]) =>
    labels.length === 0 ? '' : `Endret der: ${labels.join(', ')}.`,
  keptNote: 'Det du har skrevet her, er ikke lagret ennå. Hent endringene: feltene du selv har endret, blir stående som du skrev dem.',
  takeChanges: 'Hent endringene',
  useNotice: 'Ingenting er lagret. Bruk «Hent endringene» øverst i skjemaet, se over og lagre på nytt.',
  taken: 'Endringene er hentet inn. Se over skjemaet og lagre.',
  subjects: {
    applications: 'Søknaden',
    calls: 'Utlysningen',
    organisations: 'Organisasjonen',
  },
} as const;

/** Call and organisation field names in plain Norwegian (lower case, as in the applications' FIELD_NAMES). */
export const CALL_FIELD_NAMES: Record<string, string> = {
  year: 'år',
  title: 'tittel',
  archiveCaseNumber: 'saksnummer i arkivet',
  municipalityId: 'kommune',
  deadline: 'søknadsfrist',
  budgetFrameOre: 'budsjettramme',
  subGoalFramesOre: 'rammer per delmål',
  prioritisedSubGoal: 'prioritert delmål',
  status: 'status',
  rules: 'regler',
  assessment: 'vurderingsoppsett',
  r2Confirmations: 'bekreftelser av registrering (R2)',
};

export const ORGANISATION_FIELD_NAMES: Record<string, string> = {
  orgnr: 'organisasjonsnummer',
  name: 'navn',
  registeredInFrivillighetsregisteret: 'registrert i Frivillighetsregisteret',
  registryCheckedAt: 'registersjekk',
  registrySource: 'kilde for registersjekken',
  registryFileDate: 'registerfilens dato',
  bankrupt: 'konkurs',
  windingUp: 'under avvikling',
  kind: 'organisasjonstype',
  address: 'adresse',
  contactPerson: 'kontaktperson',
  email: 'e-post',
  phone: 'telefon',
  accountNumber: 'kontonummer',
  boardMembers: 'styremedlemmer',
};
