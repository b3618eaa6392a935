// Standard texts of decision letters in bokmål.
import { lowerFirst } from '../vocabulary/format';
import { SUB_GOAL_NAMES } from '../vocabulary/terms';
import type { LetterTexts } from './types';

export const LETTER_TEXTS_NB: LetterTexts = {
  headingOutcome: {
    innvilget: 'Vedtak om tilskudd – søknaden er innvilget',
    delvis_innvilget: 'Vedtak om tilskudd – søknaden er delvis innvilget',
    avslatt: 'Vedtak om tilskudd – søknaden er avslått',
    avvist: 'Vedtak om tilskudd – søknaden er avvist',
  },
  heading: 'Tilskudd til integreringsarbeid i regi av frivillige organisasjoner {aar}',
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
    period: 'Periode',
    periodUnknown: 'ikke oppgitt i søknaden',
  },
  kindPhrase: {
    prosjekt: 'prosjektet',
    enkelttiltak: 'enkelttiltaket',
    aktivitet: 'aktiviteten',
    drift: 'drift av organisasjonen',
  },
  measurePhrase: {
    prosjekt: 'prosjektet «{tittel}»',
    enkelttiltak: 'enkelttiltaket «{tittel}»',
    aktivitet: 'aktiviteten «{tittel}»',
    drift: 'drift av organisasjonen (søknaden «{tittel}»)',
  },
  subGoals: {
    A: `A (${lowerFirst(SUB_GOAL_NAMES.A)})`,
    B: `B (${lowerFirst(SUB_GOAL_NAMES.B)})`,
    C: `C (${lowerFirst(SUB_GOAL_NAMES.C)})`,
  },
  intro: {
    innvilget:
      'Vi viser til søknaden deres, mottatt {mottatt}. {kommune} har behandlet søknaden og innvilger et tilskudd på {innvilget} til {tiltak}.',
    delvis_innvilget:
      'Vi viser til søknaden deres, mottatt {mottatt}, om {sokt}. {kommune} har behandlet søknaden og innvilger et tilskudd på {innvilget} til {tiltak}. Det er {differanse} mindre enn dere søkte om. Begrunnelsen står nedenfor.',
    avslatt:
      'Vi viser til søknaden deres, mottatt {mottatt}, om {sokt} til {tiltak}. {kommune} har behandlet søknaden og har kommet til at den ikke kan innvilges. Begrunnelsen står nedenfor.',
    avvist:
      'Vi viser til søknaden deres, mottatt {mottatt}, om {sokt} til {tiltak}. Søknaden oppfyller ikke de formelle kravene i regelverket for ordningen, og {kommune} avviser den derfor uten å vurdere innholdet. Begrunnelsen står nedenfor.',
  },
  purpose: {
    heading: 'Formål',
    text: 'Tilskuddet skal brukes til {tiltak}, slik det er beskrevet i søknaden, innenfor delmål {delmal}.',
  },
  reasons: {
    heading: 'Begrunnelse',
    rulesLabel: 'Regelverket',
    rules: {
      assessment:
        'Kommunen forvalter den lokale delen av IMDis tilskuddsordning for integreringsarbeid i regi av frivillige organisasjoner. Tilskudd gis etter regelverket for ordningen og kommunens utlysning «{utlysning}». Frivillige organisasjoner som er registrert i Frivillighetsregisteret, kan få tilskudd til prosjekter, enkelttiltak og aktiviteter, og lokale innvandrerorganisasjoner kan få driftsstøtte, når tiltakene bidrar til fellesskap og tilhørighet (delmål A), kunnskap om samfunnet og kvalifisering for arbeid eller utdanning (delmål B) eller forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse (delmål C). Søknadene vurderes etter kriteriene i regelverket, og det er ikke rettskrav på tilskudd.',
      formal:
        'Kommunen forvalter den lokale delen av IMDis tilskuddsordning for integreringsarbeid i regi av frivillige organisasjoner, etter regelverket for ordningen og kommunens utlysning «{utlysning}». Bare søknader som oppfyller de formelle kravene, kan behandles: søkeren må være en frivillig organisasjon registrert i Frivillighetsregisteret, og søknaden må gjelde et tiltak og et beløp som ordningen dekker. Driftsstøtte kan bare gis til lokale innvandrerorganisasjoner.',
    },
    factsLabel: 'Faktiske forhold',
    facts: '{organisasjon} søkte {mottatt} om {sokt} til {tiltak} under delmål {delmal}, for perioden {periode}.',
    factsReduction: 'Kommunen innvilger {innvilget}, det vil si {differanse} mindre enn omsøkt beløp.',
    considerationsLabel: 'Vurdering og hovedhensyn',
    fullGrantConsiderations:
      'Søknaden oppfyller kravene i regelverket, og kommunen har vurdert at tiltaket bidrar til å nå målene for ordningen. Søknaden innvilges derfor fullt ut.',
    fullGrantAssessed:
      'Kommunen har vurdert søknaden etter kriteriene i regelverket og har kommet til at tiltaket bidrar til å nå målene for ordningen. Søknaden innvilges derfor fullt ut.',
    formalLabel: 'Krav som ikke er oppfylt',
    formalUnmet: 'Søknaden oppfyller ikke kravet om {regel}: {arsak}',
    screeningLabel: 'Formelle krav',
    screeningMet: 'Søknaden oppfyller de formelle kravene i regelverket.',
    screeningFailed: 'Søknaden oppfyller ikke kravet om {regel}: {arsak}',
    screeningOverridden:
      'Kravet om {regel} var ikke oppfylt etter den formelle kontrollen ({arsak}). Saksbehandlerens vurdering: {vurdering}',
    ruleNames: {
      R1: 'registrering i Frivillighetsregisteret',
      R2: 'at søkeren er ideell og ikke offentlig',
      R3: 'at søknaden gjelder minst ett delmål',
      R4: 'målgruppene for ordningen',
      R5: 'type tiltak og beløpsgrenser',
      R6: 'kostnader ordningen dekker',
      R7: 'at tiltaket ikke får tilskudd fra IMDi i tillegg',
      R8: 'samarbeid med mottaket',
    },
  },
  conditions: {
    heading: 'Vilkår og frist for aksept',
    text: 'Tilskuddet gis på vilkårene i dette brevet. Dere må akseptere vilkårene skriftlig innen {frist}. Send aksepten til {kommune}, gjerne som e-post til saksbehandleren. Tilskuddet blir ikke utbetalt før aksepten er mottatt, og kommer den ikke innen fristen, kan tilskuddet falle bort.',
    specialLabel: 'Særskilte vilkår for dette tilskuddet:',
    before: '',
    after: '',
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
    before: '',
    after: '',
  },
  use: {
    heading: 'Bruk av tilskuddet og tilbakebetaling',
    text: 'Tilskuddet skal brukes og regnskapsføres i {aar}. Kommunen kan kreve tilskuddet betalt tilbake helt eller delvis hvis det ikke er brukt til formålet innen utgangen av {aar}, hvis det er brukt i strid med vilkårene i dette brevet, eller hvis det er gitt på grunnlag av uriktige eller ufullstendige opplysninger. Midler som ikke er brukt, oppgir dere i regnskapsrapporten og betaler tilbake til kommunen innen {rapportfrist}. Krever kommunen tilbakebetaling, får dere et eget vedtak med beløpet, kontonummeret det skal betales til, og fristen for å betale.',
    before: '',
    after: '',
  },
  changes: {
    heading: 'Endringer krever samtykke',
    text: 'Tilskuddet skal brukes i samsvar med formålet, aktivitetene og beløpet i dette brevet. Ønsker dere å endre formål, aktiviteter eller omfang, må dere søke skriftlig og få samtykke fra kommunen før endringen gjøres.',
    before: '',
    after: '',
  },
  control: {
    heading: 'Kontroll',
    text: 'IMDi eller Riksrevisjonen kan kontrollere at midlene blir brukt etter forutsetningene, jf. Stortingets bevilgningsreglement {ref_bevilgning} og riksrevisjonsloven {ref_riksrevisjon}.',
    before: '',
    after: '',
  },
  appeal: {
    heading: 'Klageadgang',
    text: 'Dere kan klage på vedtaket, jf. forvaltningsloven {ref_klagerett}. Klagefristen er {klagefrist} fra den dagen dette brevet kom fram til dere ({ref_klagefrist}); det er nok at klagen er postlagt eller levert før fristen går ut. Klagen sendes til {kommune}, ikke direkte til IMDi. Klagen må være skriftlig og underskrevet, og den må nevne vedtaket dere klager på og den endringen dere ønsker; skriv gjerne også hvorfor dere klager ({ref_klageform}). Dere kan sende klagen som brev eller som e-post til kommunen. Kommunen vurderer klagen først og kan selv endre vedtaket ({ref_egenvurdering}). Blir vedtaket ikke endret, sender kommunen klagen til Integrerings- og mangfoldsdirektoratet (IMDi), som er klageinstans.',
    postponement:
      'Dere kan be om at vedtaket ikke blir satt i verk før klagen er avgjort (utsatt iverksetting, jf. forvaltningsloven {ref_utsetting}). Be om det i klagen eller i et eget brev til {kommune}.',
    before: '',
    after: '',
  },
  access: {
    heading: 'Rett til innsyn',
    text: 'Dere har rett til å se dokumentene i saken, jf. forvaltningsloven {ref_innsyn}. Ta kontakt med saksbehandleren hvis dere ønsker innsyn.',
    before: '',
    after: '',
  },
  contact: 'Har dere spørsmål, kan dere kontakte saksbehandler {saksbehandler}{kontakt}.',
  closing: 'Med hilsen',
  electronicallyApproved: 'Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.',
  weeks: { 1: 'én uke', 2: 'to uker', 3: 'tre uker', 4: 'fire uker', 5: 'fem uker', 6: 'seks uker' },
  weeksFallback: '{n} uker',
};
