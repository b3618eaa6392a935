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
    'I nettleserens database (IndexedDB) i denne nettleserprofilen. Tømmer du nettleserdataene for dette nettstedet, slettes dataene.',
  dataElectron:
    'I programmets database (IndexedDB) i brukerens datamappe på denne maskinen. Ingenting sendes over nettet.',
  runtime: 'Komponenter',
  loading: 'Henter programinformasjon …',
  close: 'Lukk',
  openGuide: 'Brukerveiledning',
  privacy: 'Personvern',
} as const;
