// Texts of the attachments list (files received in a case).
export const attachmentsText = {
  title: 'Vedlegg',
  none: 'Ingen filer er lagt ved ennå.',
  add: 'Legg ved fil',
  open: 'Lagre en kopi',
  openLabel: (name: string) => `Lagre en kopi av ${name}`,
  remove: 'Fjern',
  removeLabel: (name: string) => `Fjern ${name}`,
  confirmRemove: (name: string) =>
    `Fjerne «${name}»? Endringsloggen beholder filnavn, størrelse og sjekksum, men ikke selve filen.`,
  cancel: 'Avbryt',
  filterName: 'Dokumenter og bilder',
  listLabel: 'Filer som er lagt ved',
  added: (name: string) => `«${name}» er lagt ved.`,
  removed: (name: string) => `«${name}» er fjernet.`,
  saved: (name: string) => `«${name}» er lagret.`,
  failed: 'Noe gikk galt. Prøv igjen.',
  size: (bytes: number) =>
    bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('nb-NO')} kB`
      : `${(bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`,
};
