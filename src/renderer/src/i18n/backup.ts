// Texts of backup and restore (sikkerhetskopi) in Innstillinger, and of the app-wide backup notices.
import { formatNumber } from './format';

export const backupText = {
  title: 'Sikkerhetskopi',
  lead: 'En sikkerhetskopi er én fil med alle dataene i programmet. Ta vare på den et trygt sted, for eksempel på et nettverksområde som tas backup av.',
  backupNow: 'Ta sikkerhetskopi nå',
  backingUp: 'Lager sikkerhetskopi …',
  savedElectron: (location: string) => `Sikkerhetskopien er lagret: ${location}`,
  savedBrowser: (name: string) => `Sikkerhetskopien er lastet ned som ${name}. Flytt den et trygt sted.`,
  backupFailed: (message: string) => `Sikkerhetskopien kunne ikke lages: ${message}`,
  whereElectron: 'Sikkerhetskopiene lagres i mappen som er valgt under Automatisk sikkerhetskopi nedenfor.',
  whereBrowser: 'I nettleseren lastes sikkerhetskopien ned som en fil.',

  storageTitle: 'Lagring i nettleseren',
  storagePersisted: 'Lagringen er varig.',
  storageNotPersisted: 'Nettleseren kan slette dataene ved lite diskplass. Ta sikkerhetskopi jevnlig.',
  storageUnsupported: 'Nettleseren sier ikke om lagringen er varig. Ta sikkerhetskopi jevnlig.',
  storageChecking: 'Sjekker lagringen …',

  autoTitle: 'Automatisk sikkerhetskopi',
  autoLead:
    'Programmet tar en sikkerhetskopi når det starter, høyst én gang i døgnet, og hver gang det lukkes. Bare de nyeste beholdes.',
  autoLast: (when: string) => `Siste automatiske sikkerhetskopi: ${when}.`,
  autoNever: 'Det er ikke tatt noen automatisk sikkerhetskopi ennå.',
  keepCount: 'Antall sikkerhetskopier som beholdes',
  keepCountHelp: 'Eldre sikkerhetskopier i mappen slettes når en ny lagres (1–365).',
  keepSave: 'Lagre antall',
  keepSaved: 'Antallet er lagret.',
  keepFailed: 'Antallet kunne ikke lagres. Prøv igjen.',
  folderTitle: 'Mappe for sikkerhetskopier',
  folderCurrent: (path: string) => `Sikkerhetskopiene lagres i ${path}`,
  folderDefault: 'Sikkerhetskopiene lagres i standardmappen «sikkerhetskopier» i programmets datamappe.',
  chooseFolder: 'Velg mappe …',
  folderSaved: 'Mappen er lagret. Nye sikkerhetskopier lagres der, og de eldste der slettes.',
  folderFailed: (message: string) => `Mappen kunne ikke velges: ${message}`,
  autoDone: (location: string) => `Automatisk sikkerhetskopi lagret: ${location}`,
  autoFailed: (message: string) => `Den automatiske sikkerhetskopien kunne ikke lages: ${message}`,

  restoreTitle: 'Gjenopprett fra sikkerhetskopi',
  restoreLead: 'Velg en sikkerhetskopi. Du ser hva den inneholder før noe blir endret.',
  chooseFile: 'Velg sikkerhetskopi …',
  reading: 'Leser og kontrollerer filen …',
  openFailed: (message: string) => `Filen kunne ikke åpnes: ${message}`,
  fileFilter: 'Sikkerhetskopier',
  previewTitle: (file: string) => `Innhold i ${file}`,
  previewCreated: 'Laget',
  previewUnknownDate: 'ukjent tidspunkt',
  previewVersion: 'Dataversjon',
  previewTotal: 'Rader i alt',
  countsLabel: 'Antall rader per tabell i sikkerhetskopien',
  countsEmptyLeftOut: 'Tabeller uten rader er ikke tatt med.',
  countsTable: 'Tabell',
  countsRows: 'Rader',
  chainOk: (count: number) =>
    `Endringsloggen i sikkerhetskopien er hel: ${formatNumber(count)} ${count === 1 ? 'oppføring' : 'oppføringer'} er kontrollert.`,
  chainBroken: (id: number, reason: string) =>
    `Endringsloggen i sikkerhetskopien er brutt ved oppføring ${id}: ${reason} Du kan likevel gjenopprette, men bruddet følger med.`,
  restore: 'Gjenopprett …',
  cancel: 'Avbryt',
  confirmTitle: 'Gjenopprette sikkerhetskopien?',
  confirmBody: (created: string) =>
    `Alle dataene i programmet blir erstattet med innholdet i sikkerhetskopien fra ${created}.`,
  confirmSafetyElectron:
    'Først lagres en sikkerhetskopi av dagens data i mappen for sikkerhetskopier, så du kan gå tilbake.',
  confirmSafetyBrowser:
    'Først lastes en sikkerhetskopi av dagens data ned, så du kan gå tilbake. Ta vare på den filen.',
  confirm: 'Gjenopprett',
  restoring: 'Gjenoppretter …',
  restoreFailed: (message: string) => `Gjenopprettingen mislyktes: ${message}`,
  restored: (created: string, safety: string) =>
    `Sikkerhetskopien fra ${created} er gjenopprettet. Dataene slik de var før, ble lagret som ${safety}.`,
  close: 'Lukk',
} as const;
