// Texts of the settings page.
export const settingsText = {
  intro: 'Her endrer du kommunen du arbeider for og navnet ditt.',
  formTitle: 'Kommune og saksbehandler',
  save: 'Lagre endringene',
  saving: 'Lagrer …',
  saved: 'Endringene er lagret.',
  saveFailed: 'Kunne ikke lagre endringene. Prøv igjen.',
  noChanges: 'Ingen endringer å lagre.',
  updateUnavailable: 'Endring av innstillinger er ikke tilgjengelig ennå.',
  contactTitle: 'Kontaktperson for ordningen',
  contactIntro: (municipality: string) =>
    `Kontaktpersonen for tilskuddsordningen i ${municipality}, slik IMDi oppgir den:`,
  contactPerson: 'Kontaktperson',
  email: 'E-post',
  phone: 'Telefon',
  noContact: 'Fant ingen kontaktinformasjon for kommunen.',
} as const;
