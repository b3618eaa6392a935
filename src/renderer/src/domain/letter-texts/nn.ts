// Standard texts of decision letters in nynorsk.
import type { LetterTexts } from './types';

export const LETTER_TEXTS_NN: LetterTexts = {
  headingOutcome: {
    innvilget: 'Vedtak om tilskot – søknaden er innvilga',
    delvis_innvilget: 'Vedtak om tilskot – søknaden er delvis innvilga',
    avslatt: 'Vedtak om tilskot – søknaden er avslått',
    avvist: 'Vedtak om tilskot – søknaden er avvist',
  },
  heading: 'Tilskot til integreringsarbeid i regi av frivillige organisasjonar {aar}',
  outcomeLine: {
    innvilget: 'Søknaden er innvilga',
    delvis_innvilget: 'Søknaden er delvis innvilga',
    avslatt: 'Søknaden er avslått',
    avvist: 'Søknaden er avvist',
  },
  labels: {
    ourRef: 'Vår ref.',
    yourRef: 'Dykkar ref.',
    caseOfficer: 'Saksbehandlar',
    date: 'Dato',
    recipient: 'Tilskotsmottakar',
    measure: 'Tiltak',
    applied: 'Søkt beløp',
    granted: 'Innvilga beløp',
    grantYear: 'Tilskotsår',
    acceptBy: 'Frist for aksept',
    orgnr: 'Org.nr.',
    attention: 'v/',
    page: 'Side {side} av {sider}',
    phone: 'telefon',
    email: 'e-post',
    visit: 'Besøksadresse',
    period: 'Periode',
    periodUnknown: 'ikkje oppgitt i søknaden',
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
    A: 'A (fellesskap, tillit og tilhøyrsle i lokalsamfunn)',
    B: 'B (kunnskap om det norske samfunnet og kvalifisering for arbeid eller utdanning)',
    C: 'C (førebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlesting)',
  },
  intro: {
    innvilget:
      'Vi viser til søknaden dykkar, motteken {mottatt}. {kommune} har behandla søknaden og innvilgar eit tilskot på {innvilget} til {tiltak}.',
    delvis_innvilget:
      'Vi viser til søknaden dykkar, motteken {mottatt}, om {sokt}. {kommune} har behandla søknaden og innvilgar eit tilskot på {innvilget} til {tiltak}. Det er {differanse} mindre enn de søkte om. Grunngivinga står nedanfor.',
    avslatt:
      'Vi viser til søknaden dykkar, motteken {mottatt}, om {sokt} til {tiltak}. {kommune} har behandla søknaden og har kome fram til at søknaden ikkje kan innvilgast. Grunngivinga står nedanfor.',
    avvist:
      'Vi viser til søknaden dykkar, motteken {mottatt}, om {sokt} til {tiltak}. Søknaden oppfyller ikkje dei formelle krava i regelverket for ordninga, og {kommune} avviser difor søknaden utan å vurdere innhaldet. Grunngivinga står nedanfor.',
  },
  purpose: {
    heading: 'Formål',
    text: 'Tilskotet skal brukast til {tiltak}, slik det er skildra i søknaden, innanfor delmål {delmal}.',
  },
  reasons: {
    heading: 'Grunngiving',
    rulesLabel: 'Regelverket',
    rules: {
      assessment:
        'Kommunen forvaltar den lokale delen av tilskotsordninga til IMDi for integreringsarbeid i regi av frivillige organisasjonar. Tilskot blir gitt etter regelverket for ordninga og utlysinga til kommunen, «{utlysning}». Frivillige organisasjonar som er registrerte i Frivilligregisteret, kan få tilskot til prosjekt, enkelttiltak og aktivitetar, og lokale innvandrarorganisasjonar kan få driftsstøtte, når tiltaka bidreg til fellesskap og tilhøyrsle (delmål A), kunnskap om samfunnet og kvalifisering for arbeid eller utdanning (delmål B) eller førebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlesting (delmål C). Søknadene blir vurderte etter kriteria i regelverket, og det er ikkje rettskrav på tilskot.',
      formal:
        'Kommunen forvaltar den lokale delen av tilskotsordninga til IMDi for integreringsarbeid i regi av frivillige organisasjonar, etter regelverket for ordninga og utlysinga til kommunen, «{utlysning}». Berre søknader som oppfyller dei formelle krava, kan behandlast: søkjaren må vere ein frivillig organisasjon registrert i Frivilligregisteret, og søknaden må gjelde eit tiltak og eit beløp som ordninga dekkjer. Driftsstøtte kan berre bli gitt til lokale innvandrarorganisasjonar.',
    },
    factsLabel: 'Faktiske forhold',
    facts: '{organisasjon} søkte {mottatt} om {sokt} til {tiltak} under delmål {delmal}, for perioden {periode}.',
    factsReduction: 'Kommunen innvilgar {innvilget}, det vil seie {differanse} mindre enn beløpet det vart søkt om.',
    considerationsLabel: 'Vurdering og hovudomsyn',
    fullGrantConsiderations:
      'Søknaden oppfyller krava i regelverket, og kommunen har vurdert at tiltaket bidreg til å nå måla for ordninga. Søknaden blir difor innvilga fullt ut.',
    fullGrantAssessed:
      'Kommunen har vurdert søknaden etter kriteria i regelverket og har kome fram til at tiltaket bidreg til å nå måla for ordninga. Søknaden blir difor innvilga fullt ut.',
    formalLabel: 'Krav som ikkje er oppfylte',
    formalUnmet: 'Søknaden oppfyller ikkje kravet om {regel}: {arsak}',
    screeningLabel: 'Formelle krav',
    screeningMet: 'Søknaden oppfyller dei formelle krava i regelverket.',
    screeningFailed: 'Søknaden oppfyller ikkje kravet om {regel}: {arsak}',
    screeningOverridden:
      'Kravet om {regel} var ikkje oppfylt etter den formelle kontrollen ({arsak}). Vurderinga til saksbehandlaren: {vurdering}',
    ruleNames: {
      R1: 'registrering i Frivilligregisteret',
      R2: 'at søkjaren er ideell og ikkje offentleg',
      R3: 'at søknaden gjeld minst eitt delmål',
      R4: 'målgruppene for ordninga',
      R5: 'type tiltak og beløpsgrenser',
      R6: 'kostnader ordninga dekkjer',
      R7: 'at tiltaket ikkje får tilskot frå IMDi i tillegg',
      R8: 'samarbeid med mottaket',
    },
  },
  conditions: {
    heading: 'Vilkår og frist for aksept',
    text: 'Tilskotet blir gitt på vilkåra i dette brevet. De må akseptere vilkåra skriftleg innan {frist}. Send aksepten til {kommune}, gjerne som e-post til saksbehandlaren. Tilskotet blir ikkje utbetalt før aksepten er motteken, og kjem han ikkje innan fristen, kan tilskotet falle bort.',
    specialLabel: 'Særskilde vilkår for dette tilskotet:',
    before: '',
    after: '',
  },
  payment: {
    heading: 'Utbetaling',
    oneTerm: 'Tilskotet på {innvilget} blir utbetalt i éin termin når aksepten er motteken.',
    twoTerms: 'Fordi tilskotet er over {grense}, blir det utbetalt i to terminar:',
    springTerm: '1. termin (vår)',
    autumnTerm: '2. termin (haust)',
    springWhen: 'når aksepten er motteken',
    autumnWhen: 'innan {dato}',
    account: 'Pengane blir utbetalte til kontonummer {konto}.',
    noAccount: 'Oppgi kontonummeret til organisasjonen når de sender aksepten.',
  },
  reporting: {
    heading: 'Rapport og rekneskap',
    text: 'De skal sende årsrapport og rekneskapsrapport for tilskotet til kommunen innan {frist}. I årsrapporten skildrar de kva de har gjort, og korleis aktivitetane har bidrege til å nå måla for ordninga. Rekneskapsrapporten skal vere utarbeidd etter føresegnene i rekneskapslova.',
    audit:
      'Fordi tilskotet er {grense} eller meir, skal de sende årsrekneskap revidert av statsautorisert eller registrert revisor. Har organisasjonen ikkje årsrekneskap, skal de sende prosjektrekneskap revidert av statsautorisert eller registrert revisor.',
    noAudit: 'Tilskotet er under {grense}, så rekneskapen treng ikkje vere revidert av revisor.',
    before: '',
    after: '',
  },
  use: {
    heading: 'Bruk av tilskotet og tilbakebetaling',
    text: 'Tilskotet skal brukast og rekneskapsførast i {aar}. Kommunen kan krevje tilskotet betalt tilbake heilt eller delvis dersom det ikkje er brukt til formålet innan utgangen av {aar}, dersom det er brukt i strid med vilkåra i dette brevet, eller dersom det er gitt på grunnlag av uriktige eller ufullstendige opplysningar. Midlar som ikkje er brukte, oppgir de i rekneskapsrapporten og betaler tilbake til kommunen innan {rapportfrist}. Krev kommunen tilbakebetaling, får de eit eige vedtak med beløpet, kontonummeret det skal betalast til, og fristen for å betale.',
    before: '',
    after: '',
  },
  changes: {
    heading: 'Endringar krev samtykke',
    text: 'Tilskotet skal brukast i samsvar med formålet, aktivitetane og beløpet i dette brevet. Ønskjer de å endre formål, aktivitetar eller omfang, må de søkje skriftleg og få samtykke frå kommunen før endringa blir gjord.',
    before: '',
    after: '',
  },
  control: {
    heading: 'Kontroll',
    text: 'IMDi eller Riksrevisjonen kan kontrollere at midlane blir brukte etter føresetnadene, jf. løyvingsreglementet til Stortinget (bevilgningsreglementet) {ref_bevilgning} og riksrevisjonslova {ref_riksrevisjon}.',
    before: '',
    after: '',
  },
  appeal: {
    heading: 'Klagerett',
    text: 'De kan klage på vedtaket, jf. forvaltningslova {ref_klagerett}. Klagefristen er {klagefrist} frå den dagen dette brevet kom fram til dykk ({ref_klagefrist}); det er nok at klaga er postlagd eller levert før fristen går ut. Klaga skal sendast til {kommune}, ikkje direkte til IMDi. Klaga må vere skriftleg og underskriven, og ho må nemne vedtaket de klagar på og den endringa de ønskjer; skriv gjerne også kvifor de klagar ({ref_klageform}). De kan sende klaga som brev eller som e-post til kommunen. Kommunen vurderer klaga først og kan sjølv endre vedtaket ({ref_egenvurdering}). Blir vedtaket ikkje endra, sender kommunen klaga til Integrerings- og mangfaldsdirektoratet (IMDi), som er klageinstans.',
    postponement:
      'De kan be om at vedtaket ikkje blir sett i verk før klaga er avgjord (utsett iverksetjing, jf. forvaltningslova {ref_utsetting}). Be om det i klaga eller i eit eige brev til {kommune}.',
    before: '',
    after: '',
  },
  access: {
    heading: 'Rett til innsyn',
    text: 'De har rett til å sjå dokumenta i saka, jf. forvaltningslova {ref_innsyn}. Ta kontakt med saksbehandlaren dersom de ønskjer innsyn.',
    before: '',
    after: '',
  },
  contact: 'Har de spørsmål, kan de kontakte saksbehandlar {saksbehandler}{kontakt}.',
  closing: 'Med helsing',
  electronicallyApproved: 'Dokumentet er elektronisk godkjent og har difor ingen handskrivne underskrifter.',
  weeks: { 1: 'éi veke', 2: 'to veker', 3: 'tre veker', 4: 'fire veker', 5: 'fem veker', 6: 'seks veker' },
  weeksFallback: '{n} veker',
};
