// Texts of the setup page shown the first time the program starts.
export const firstRunText = {
  title: 'Velkommen',
  intro:
    'Tilskudd frivillige hjelper deg å behandle søknader om tilskudd til integreringsarbeid i regi av frivillige organisasjoner. Før du starter, velg kommunen din og skriv inn navnet ditt og hvordan mottakerne av brevene kan nå deg.',
  municipalityLabel: 'Kommune',
  municipalityHelp: 'Kommunen du behandler søknader for.',
  noMunicipalityMatch: 'Ingen kommune passer',
  officerNameLabel: 'Navnet ditt',
  officerNameHelp: 'Står i programmet og som saksbehandler i brev.',
  officerPhoneLabel: 'Telefonnummeret ditt',
  officerPhoneHelp: 'Ditt eget telefonnummer på jobb. Brevene gir det som saksbehandlerens telefon.',
  officerEmailLabel: 'E-postadressen din',
  officerEmailHelp: 'Din egen e-postadresse på jobb. Brevene gir den som saksbehandlerens e-post.',
  postalAddressLabel: 'Kommunens postadresse',
  postalAddressHelp: 'For eksempel «Postboks 7700, 5020 Bergen». Står i brevene, så mottakeren vet hvor en klage skal sendes. Brev kan ikke lages uten.',
  submit: 'Kom i gang',
  saving: 'Lagrer …',
  saveFailed: 'Kunne ikke lagre innstillingene. Prøv igjen.',
  storageNote: 'Alt du registrerer lagres bare på denne maskinen.',
} as const;
