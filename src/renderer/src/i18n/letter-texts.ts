// Texts of Standardtekster i brev (Innstillinger): the page, its sections and what each
// placeholder stands for. The names of the texts themselves are in domain/letter-texts/fields.ts,
// since the validation messages use them too.
import type { LetterSectionId, LetterTextPath } from '@renderer/domain/letter-texts/fields';
import type { Placeholder } from '@renderer/domain/letter-texts/placeholders';
import type { LetterLanguage } from '@renderer/domain/settings';

const languageName: Record<LetterLanguage, string> = { nb: 'bokmål', nn: 'nynorsk' };

export const letterTextsText = {
  title: 'Standardtekster i brev',
  lead: 'Tekstene som står i hvert vedtaksbrev, med henvisningene til forvaltningsloven. Brev som lages etter at du har lagret, bruker de nye tekstene. Ord i krøllparentes, som {kommune}, er plassholdere som fylles ut for hvert brev.',
  languageLabel: 'Målform',
  language: { nb: 'Bokmål', nn: 'Nynorsk' } satisfies Record<LetterLanguage, string>,
  languageName,
  languageHelp: (municipal: LetterLanguage) =>
    `Kommunens målform for brev er ${languageName[municipal]}. Hvert brev kan lages på begge målformene, og hver målform har sine egne tekster.`,
  editedCount: (n: number, language: LetterLanguage) =>
    n === 0
      ? `Alle tekstene på ${languageName[language]} er standardtekster.`
      : `${n} ${n === 1 ? 'tekst' : 'tekster'} på ${languageName[language]} er endret.`,

  sections: {
    opening: 'Overskrift og innledning',
    purpose: 'Formål',
    reasons: 'Begrunnelse',
    conditions: 'Vilkår og frist for aksept',
    payment: 'Utbetaling',
    reporting: 'Rapport og regnskap',
    use: 'Bruk av tilskuddet og tilbakebetaling',
    changes: 'Endringer',
    control: 'Kontroll',
    appeal: 'Klageadgang',
    access: 'Innsyn',
    closing: 'Kontakt og hilsen',
  } satisfies Record<LetterSectionId, string>,
  inEveryLetter: 'Står i alle vedtaksbrev.',
  fixedHeading: 'Fast tekst som loven eller ordningen krever – kan ikke endres',
  fixedWhy: (why: string) => `Hvorfor: ${why} Skriv egen tekst i feltene før og etter.`,
  inGrantLetters: 'Står bare i brev om innvilget eller delvis innvilget tilskudd.',

  edited: 'Endret',
  editedHint: 'Teksten er endret fra standardteksten.',
  unsaved: 'Ikke lagret',
  unsavedHint: 'Endringen er ikke lagret ennå.',
  reset: 'Tilbakestill til standardtekst',
  resetLabel: (label: string) => `Tilbakestill til standardtekst: «${label}»`,
  textReset: (label: string) => `«${label}» har fått standardteksten tilbake.`,
  resetFailed: 'Kunne ikke tilbakestille teksten. Prøv igjen.',

  /** "Må inneholde {klagefrist} og {kommune}, og nevne IMDi." */
  mustContain: (placeholders: string | undefined, mentions: string | undefined) =>
    placeholders && mentions
      ? `Må inneholde ${placeholders}, og nevne ${mentions}.`
      : placeholders
        ? `Må inneholde ${placeholders}.`
        : `Må nevne ${mentions}.`,
  oneLine: 'Én linje.',
  oneLineNoPlaceholders: 'Én linje, uten plassholdere.',
  noPlaceholders: 'Teksten skrives ut som den står, uten plassholdere.',
  lawLabel: 'Krav:',
  placeholdersSummary: (n: number) => `Plassholdere du kan bruke (${n})`,
  required: 'må stå',
  placeholderHelp: {
    kommune: 'kommunens navn slik det står i brevmalen, for eksempel «Bergen kommune»',
    aar: 'tilskuddsåret i utlysningen, for eksempel 2020',
    tittel: 'tittelen på tiltaket det er søkt om',
    type: 'hva slags tiltak det er: «prosjektet», «enkelttiltaket», «aktiviteten» eller «drift av organisasjonen»',
    tiltak: 'tiltaket med tittel, for eksempel «prosjektet «Leksehjelp»» eller «drift av organisasjonen (søknaden «Drift 2020»)»',
    periode: 'perioden for tiltaket slik søknaden oppgir den',
    organisasjon: 'navnet på organisasjonen som har søkt',
    mottatt: 'datoen søknaden kom inn',
    sokt: 'beløpet det er søkt om',
    innvilget: 'beløpet som er innvilget',
    differanse: 'hvor mye mindre som er innvilget enn det er søkt om',
    delmal: 'delmålene søknaden gjelder, med navn',
    utlysning: 'tittelen på utlysningen',
    klagefrist: 'klagefristen i ord, for eksempel «tre uker»',
    saksbehandler: 'navnet på saksbehandleren',
    frist: 'en frist (se teksten)',
    grense: 'en beløpsgrense fra utlysningen (se teksten)',
    konto: 'organisasjonens kontonummer, for eksempel 1234.56.78903',
    kontakt: 'telefon og e-post til saksbehandleren, med komma foran',
  } satisfies Record<Placeholder, string>,
  /** Where a placeholder means something particular in one text. */
  placeholderHelpIn: {
    'conditions.before': { frist: 'fristen for å akseptere vilkårene (tre uker etter brevdatoen)' },
    'conditions.after': { frist: 'fristen for å akseptere vilkårene (tre uker etter brevdatoen)' },
    'reporting.before': { frist: 'fristen for rapport og regnskap i utlysningen' },
    'reporting.after': { frist: 'fristen for rapport og regnskap i utlysningen' },
    'payment.twoTerms': { grense: 'beløpsgrensen for utbetaling i to terminer i utlysningen' },
    'reporting.noAudit': { grense: 'beløpsgrensen for krav om revidert regnskap i utlysningen' },
  } as Partial<Record<LetterTextPath, Partial<Record<Placeholder, string>>>>,

  save: 'Lagre tekstene',
  saving: 'Lagrer …',
  saved: (language: LetterLanguage) => `Tekstene på ${languageName[language]} er lagret. Nye brev bruker dem.`,
  saveFailed: 'Kunne ikke lagre tekstene. Prøv igjen.',
  fixErrors: (n: number) =>
    `${n === 1 ? 'Én tekst har' : `${n} tekster har`} feil. Rett ${n === 1 ? 'den' : 'dem'}; ingenting er lagret.`,
  noChanges: 'Ingen endringer å lagre.',
  failingStored: (n: number, language: LetterLanguage) =>
    `${n === 1 ? 'Én lagret tekst' : `${n} lagrede tekster`} på ${languageName[language]} oppfyller ikke kravene i denne versjonen av programmet. Brevene bruker standardteksten i stedet til ${n === 1 ? 'teksten' : 'tekstene'} er rettet og lagret, eller tilbakestilt. Se meldingen ved ${n === 1 ? 'teksten' : 'hver tekst'}.`,

  resetAll: (language: LetterLanguage) => `Tilbakestill alle tekstene på ${languageName[language]}`,
  resetAllTitle: 'Tilbakestille alle tekstene?',
  resetAllBody: (language: LetterLanguage) =>
    `Alle tekstene på ${languageName[language]} får standardteksten tilbake, også de som ikke er lagret. Tekstene på den andre målformen blir som de er.`,
  resetAllConfirm: 'Tilbakestill alle',
  allReset: (language: LetterLanguage) => `Alle tekstene på ${languageName[language]} har fått standardteksten tilbake.`,
  cancel: 'Avbryt',

  switchTitle: 'Bytte målform uten å lagre?',
  switchBody: 'Du har endret tekster uten å lagre. Bytter du målform nå, går endringene tapt.',
  switchConfirm: 'Bytt uten å lagre',
  stay: 'Bli her',

  previewHeading: 'Se tekstene i et brev',
  previewHelp: 'Eksempelbrevet bruker tekstene slik de står i skjemaet nå, også endringer som ikke er lagret.',
  previewOutcome: 'Vedtak i eksempelbrevet',
  preview: 'Forhåndsvis eksempelbrev',
  previewing: 'Lager eksempelbrev …',
  previewInvalid: 'Rett feilene i tekstene før du forhåndsviser.',
  previewFailed: 'Kunne ikke lage eksempelbrevet.',
  previewNote: 'Eksempelbrevet er laget av tenkte opplysninger med tekstene slik de står i skjemaet, og lagres ikke.',
  sampleFileName: 'eksempelbrev.pdf',
  pdfFilter: 'PDF-dokumenter',
  sample: {
    organisation: 'Eksempelforeningen',
    contactPerson: 'Aisha Rahimi',
    address: 'Storgata 1\n0155 Oslo',
    title: 'Språkkafé for nyankomne',
    callTitle: (year: number) => `Tilskudd til integreringsarbeid ${year}`,
    justification:
      'Dette er et eksempel på begrunnelsen saksbehandleren skriver for hvert vedtak. Kommunen har fått flere gode søknader enn rammen gir rom for.',
  },
} as const;
