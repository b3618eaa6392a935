// Texts of the setup page shown the first time the program starts.
export const firstRunText = {
  title: 'Velkommen',
  intro:
    'Tilskudd frivillige hjelper deg å behandle søknader om tilskudd til integreringsarbeid i regi av frivillige organisasjoner. Før du starter, velg kommunen din og skriv inn navnet ditt.',
  municipalityLabel: 'Kommune',
  municipalityHelp: 'Kommunen du behandler søknader for.',
  noMunicipalityMatch: 'Ingen kommune passer',
  officerNameLabel: 'Navnet ditt',
  officerNameHelp: 'Står i programmet og som saksbehandler i brev.',
  submit: 'Kom i gang',
  saving: 'Lagrer …',
  saveFailed: 'Kunne ikke lagre innstillingene. Prøv igjen.',
  storageNote: 'Alt du registrerer lagres bare på denne maskinen.',
} as const;
