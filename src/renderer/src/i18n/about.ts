// Texts of the "Om Tilskudd frivillige" dialog.
export const aboutText = {
  title: 'Om Tilskudd frivillige',
  description:
    'Saksbehandling av IMDis tilskudd til integreringsarbeid i regi av frivillige organisasjoner, for kommunene.',
  version: 'Versjon',
  platform: 'Plattform',
  platformBrowser: 'Nettleser',
  platformElectron: 'Skrivebordsprogram (Electron)',
  os: 'Operativsystem',
  dataLocation: 'Hvor dataene lagres',
  dataBrowser:
    'I denne nettleseren, på denne maskinen. Tømmer du nettleserdataene for dette nettstedet, slettes dataene.',
  dataElectron: 'På denne maskinen, i programmets datamappe. Ingenting sendes over nettet.',
  storage: 'Database',
  storageBrowser: 'IndexedDB i denne nettleserprofilen',
  storageElectron: 'IndexedDB i brukerens datamappe',
  runtime: 'Komponenter',
  loading: 'Henter programinformasjon …',
  close: 'Lukk',
  openGuide: 'Brukerveiledning',
  privacy: 'Personvern',
} as const;
