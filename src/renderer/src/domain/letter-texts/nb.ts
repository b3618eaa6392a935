// Standard texts of decision letters in bokmål.
import type { LetterTexts } from './types';

export const LETTER_TEXTS_NB: LetterTexts = {
  heading: 'Vedtak om tilskudd til integreringsarbeid i regi av frivillige organisasjoner {aar}',
  outcomeLine: {
    innvilget: 'Søknaden er innvilget',
    delvis_innvilget: 'Søknaden er delvis innvilget',
    avslatt: 'Søknaden er avslått',
    avvist: 'Søknaden er avvist',
  },
  labels: {
    ourRef: 'Vår ref.',
    yourRef: 'Deres ref.',
    caseOfficer: 'Saksbehandler',
    date: 'Dato',
    recipient: 'Tilskuddsmottaker',
    measure: 'Tiltak',
    applied: 'Søkt beløp',
    granted: 'Innvilget beløp',
    grantYear: 'Tilskuddsår',
    acceptBy: 'Frist for aksept',
    orgnr: 'Org.nr.',
    attention: 'v/',
    page: 'Side {side} av {sider}',
    phone: 'telefon',
    email: 'e-post',
    visit: 'Besøksadresse',
  },
  kindPhrase: {
    prosjekt: 'prosjektet',
    enkelttiltak: 'enkelttiltaket',
    aktivitet: 'aktiviteten',
    drift: 'drift av organisasjonen,',
  },
  subGoals: {
    A: 'A (fellesskap, tillit og tilhørighet i lokalsamfunn)',
    B: 'B (kunnskap om det norske samfunnet og kvalifisering for arbeid eller utdanning)',
    C: 'C (forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse)',
  },
  intro: {
    innvilget:
      'Vi viser til søknaden deres, mottatt {mottatt}. {kommune} har behandlet søknaden og innvilger et tilskudd på {innvilget} til {type} «{tittel}».',
    delvis_innvilget:
      'Vi viser til søknaden deres, mottatt {mottatt}, om {sokt}. {kommune} har behandlet søknaden og innvilger et tilskudd på {innvilget} til {type} «{tittel}». Det er {differanse} mindre enn dere søkte om. Begrunnelsen står nedenfor.',
    avslatt:
      'Vi viser til søknaden deres, mottatt {mottatt}, om {sokt} til {type} «{tittel}». {kommune} har behandlet søknaden og har kommet til at den ikke kan innvilges. Begrunnelsen står nedenfor.',
    avvist:
      'Vi viser til søknaden deres, mottatt {mottatt}, om {sokt} til {type} «{tittel}». Søknaden oppfyller ikke de formelle kravene i regelverket for ordningen, og {kommune} avviser den derfor uten å vurdere innholdet. Begrunnelsen står nedenfor.',
  },
  purpose: {
    heading: 'Formål',
    text: 'Tilskuddet skal brukes til {type} «{tittel}», slik det er beskrevet i søknaden, innenfor delmål {delmal}.',
  },
  reasons: {
    heading: 'Begrunnelse',
    rulesLabel: 'Regelverket',
    rules: {
      assessment:
        'Kommunen forvalter den lokale delen av IMDis tilskuddsordning for integreringsarbeid i regi av frivillige organisasjoner. Tilskudd gis etter regelverket for ordningen og kommunens utlysning «{utlysning}». Frivillige organisasjoner som er registrert i Frivillighetsregisteret, kan få tilskudd til prosjekter, enkelttiltak og aktiviteter som bidrar til fellesskap og tilhørighet (delmål A), kunnskap om samfunnet og kvalifisering for arbeid eller utdanning (delmål B) eller forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse (delmål C). Søknadene vurderes etter kriteriene i regelverket, og det er ikke rettskrav på tilskudd.',
      formal:
        'Kommunen forvalter den lokale delen av IMDis tilskuddsordning for integreringsarbeid i regi av frivillige organisasjoner, etter regelverket for ordningen og kommunens utlysning «{utlysning}». Bare søknader som oppfyller de formelle kravene, kan behandles: søkeren må være en frivillig organisasjon registrert i Frivillighetsregisteret, og søknaden må gjelde et tiltak og et beløp som ordningen dekker.',
    },
    factsLabel: 'Faktiske forhold',
    facts: '{organisasjon} søkte {mottatt} om {sokt} til {type} «{tittel}» under delmål {delmal}.',
    factsReduction: 'Kommunen innvilger {innvilget}, det vil si {differanse} mindre enn omsøkt beløp.',
    considerationsLabel: 'Vurdering og hovedhensyn',
    fullGrantConsiderations:
      'Søknaden oppfyller kravene i regelverket, og kommunen har vurdert at tiltaket bidrar til å nå målene for ordningen. Søknaden innvilges derfor fullt ut.',
  },
  conditions: {
    heading: 'Vilkår og frist for aksept',
    text: 'Tilskuddet gis på vilkårene i dette brevet. Dere må akseptere vilkårene skriftlig innen {frist}. Send aksepten til {kommune}, gjerne som e-post til saksbehandleren. Tilskuddet blir ikke utbetalt før aksepten er mottatt, og kommer den ikke innen fristen, kan tilskuddet falle bort.',
    specialLabel: 'Særskilte vilkår for dette tilskuddet:',
  },
  payment: {
    heading: 'Utbetaling',
    oneTerm: 'Tilskuddet på {innvilget} utbetales i én termin når aksepten er mottatt.',
    twoTerms: 'Fordi tilskuddet er over {grense}, utbetales det i to terminer:',
    springTerm: '1. termin (vår)',
    autumnTerm: '2. termin (høst)',
    springWhen: 'når aksepten er mottatt',
    autumnWhen: 'innen {dato}',
    account: 'Pengene utbetales til kontonummer {konto}.',
    noAccount: 'Oppgi kontonummeret til organisasjonen når dere sender aksepten.',
  },
  reporting: {
    heading: 'Rapport og regnskap',
    text: 'Dere skal sende årsrapport og regnskapsrapport for tilskuddet til kommunen innen {frist}. I årsrapporten beskriver dere hva dere har gjort, og hvordan aktivitetene har bidratt til å nå målene for ordningen. Regnskapsrapporten skal være utarbeidet etter regnskapslovens bestemmelser.',
    audit:
      'Fordi tilskuddet er {grense} eller mer, skal dere sende årsregnskap revidert av statsautorisert eller registrert revisor. Har organisasjonen ikke årsregnskap, skal dere sende prosjektregnskap revidert av statsautorisert eller registrert revisor.',
    noAudit: 'Tilskuddet er under {grense}, så regnskapet trenger ikke være revidert av revisor.',
  },
  use: {
    heading: 'Bruk av tilskuddet og tilbakebetaling',
    text: 'Tilskuddet skal brukes og regnskapsføres i {aar}. Midler som ikke er brukt til formålet innen utgangen av {aar}, skal betales tilbake til kommunen.',
  },
  changes: {
    heading: 'Endringer krever samtykke',
    text: 'Tilskuddet skal brukes i samsvar med formålet, aktivitetene og beløpet i dette brevet. Ønsker dere å endre formål, aktiviteter eller omfang, må dere søke skriftlig og få samtykke fra kommunen før endringen gjøres.',
  },
  control: {
    heading: 'Kontroll',
    text: 'IMDi eller Riksrevisjonen kan kontrollere at midlene blir brukt etter forutsetningene, jf. Stortingets bevilgningsreglement § 10 annet ledd og riksrevisjonsloven § 12 tredje ledd.',
  },
  appeal: {
    heading: 'Klageadgang',
    text: 'Dere kan klage på vedtaket, jf. forvaltningsloven § 28. Klagefristen er {klagefrist} fra den dagen dere mottok dette brevet (§ 29). Klagen skal være skriftlig og sendes til {kommune}, ikke direkte til IMDi (§ 32). Skriv hvilket vedtak dere klager på, hvilken endring dere ønsker, og hvorfor dere klager. Klagen bør være underskrevet. Kommunen vurderer klagen først og kan selv endre vedtaket (§ 33). Blir vedtaket ikke endret, sender kommunen klagen til Integrerings- og mangfoldsdirektoratet (IMDi), som er klageinstans.',
  },
  access: {
    heading: 'Rett til innsyn',
    text: 'Dere har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19. Ta kontakt med saksbehandleren hvis dere ønsker innsyn.',
  },
  contact: 'Har dere spørsmål, kan dere kontakte saksbehandler {saksbehandler}{kontakt}.',
  closing: 'Med hilsen',
  electronicallyApproved: 'Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.',
  weeks: { 1: 'én uke', 2: 'to uker', 3: 'tre uker', 4: 'fire uker', 5: 'fem uker', 6: 'seks uker' },
  weeksFallback: '{n} uker',
};
