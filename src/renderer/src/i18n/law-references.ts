// Texts of the law references card (Innstillinger → Standardtekster i brev).
export const lawReferencesText = {
  title: 'Lovhenvisninger i brevene',
  lead: 'Paragrafene brevene viser til. Når loven endres (det er for eksempel vedtatt en ny riksrevisjonslov), legger du inn de nye henvisningene med datoen de gjelder fra. Brev datert fra og med den dagen bruker dem; eldre brev beholder de gamle.',
  inForce: (date: string) => `Henvisningene som gjelder nå (fra ${date}):`,
  standardInForce: 'Henvisningene som gjelder nå er standardhenvisningene.',
  validFrom: 'Gjelder fra',
  validFromHelp: 'Brev med brevdato fra og med denne dagen bruker henvisningene under.',
  paragraph: (label: string) => `${label} – paragraf`,
  ledd: (label: string) => `${label} – ledd`,
  leddNone: 'hele paragrafen',
  save: 'Lagre henvisningene',
  saving: 'Lagrer …',
  saved: (date: string) => `Henvisningene er lagret. Brev datert fra ${date} bruker dem.`,
  saveFailed: 'Kunne ikke lagre henvisningene. Prøv igjen.',
  sets: 'Lagrede sett',
  remove: (date: string) => `Fjern settet fra ${date}`,
} as const;
