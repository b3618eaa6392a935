// Texts around the user guide page; the guide itself is docs/brukerveiledning.md.
export const helpText = {
  contents: 'Innhold',
  contentsLabel: 'Innholdet i brukerveiledningen',
} as const;
