// Standard texts of decision letters in nynorsk.
import type { LetterTexts } from './types';

export const LETTER_TEXTS_NN: LetterTexts = {
  heading: 'Vedtak om tilskot til integreringsarbeid i regi av frivillige organisasjonar {aar}',
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
  },
  kindPhrase: {
    prosjekt: 'prosjektet',
    enkelttiltak: 'enkelttiltaket',
    aktivitet: 'aktiviteten',
    drift: 'drift av organisasjonen,',
  },
  subGoals: {
    A: 'A (fellesskap, tillit og tilhøyrsle i lokalsamfunn)',
    B: 'B (kunnskap om det norske samfunnet og kvalifisering for arbeid eller utdanning)',
    C: 'C (førebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlesting)',
  },
  intro: {
    innvilget:
      'Vi viser til søknaden dykkar, motteken {mottatt}. {kommune} har behandla søknaden og innvilgar eit tilskot på {innvilget} til {type} «{tittel}».',
    delvis_innvilget:
      'Vi viser til søknaden dykkar, motteken {mottatt}, om {sokt}. {kommune} har behandla søknaden og innvilgar eit tilskot på {innvilget} til {type} «{tittel}». Det er {differanse} mindre enn de søkte om. Grunngivinga står nedanfor.',
    avslatt:
      'Vi viser til søknaden dykkar, motteken {mottatt}, om {sokt} til {type} «{tittel}». {kommune} har behandla søknaden og har kome fram til at søknaden ikkje kan innvilgast. Grunngivinga står nedanfor.',
    avvist:
      'Vi viser til søknaden dykkar, motteken {mottatt}, om {sokt} til {type} «{tittel}». Søknaden oppfyller ikkje dei formelle krava i regelverket for ordninga, og {kommune} avviser difor søknaden utan å vurdere innhaldet. Grunngivinga står nedanfor.',
  },
  purpose: {
    heading: 'Formål',
    text: 'Tilskotet skal brukast til {type} «{tittel}», slik det er skildra i søknaden, innanfor delmål {delmal}.',
  },
  reasons: {
    heading: 'Grunngiving',
    rulesLabel: 'Regelverket',
    rules: {
      assessment:
        'Kommunen forvaltar den lokale delen av tilskotsordninga til IMDi for integreringsarbeid i regi av frivillige organisasjonar. Tilskot blir gitt etter regelverket for ordninga og utlysinga til kommunen, «{utlysning}». Frivillige organisasjonar som er registrerte i Frivilligregisteret, kan få tilskot til prosjekt, enkelttiltak og aktivitetar som bidreg til fellesskap og tilhøyrsle (delmål A), kunnskap om samfunnet og kvalifisering for arbeid eller utdanning (delmål B) eller førebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlesting (delmål C). Søknadene blir vurderte etter kriteria i regelverket, og det er ikkje rettskrav på tilskot.',
      formal:
        'Kommunen forvaltar den lokale delen av tilskotsordninga til IMDi for integreringsarbeid i regi av frivillige organisasjonar, etter regelverket for ordninga og utlysinga til kommunen, «{utlysning}». Berre søknader som oppfyller dei formelle krava, kan behandlast: søkjaren må vere ein frivillig organisasjon registrert i Frivilligregisteret, og søknaden må gjelde eit tiltak og eit beløp som ordninga dekkjer.',
    },
    factsLabel: 'Faktiske forhold',
    facts: '{organisasjon} søkte {mottatt} om {sokt} til {type} «{tittel}» under delmål {delmal}.',
    factsReduction: 'Kommunen innvilgar {innvilget}, det vil seie {differanse} mindre enn beløpet det vart søkt om.',
    considerationsLabel: 'Vurdering og hovudomsyn',
    fullGrantConsiderations:
      'Søknaden oppfyller krava i regelverket, og kommunen har vurdert at tiltaket bidreg til å nå måla for ordninga. Søknaden blir difor innvilga fullt ut.',
  },
  conditions: {
    heading: 'Vilkår og frist for aksept',
    text: 'Tilskotet blir gitt på vilkåra i dette brevet. De må akseptere vilkåra skriftleg innan {frist}. Send aksepten til {kommune}, gjerne som e-post til saksbehandlaren. Tilskotet blir ikkje utbetalt før aksepten er motteken, og kjem han ikkje innan fristen, kan tilskotet falle bort.',
    specialLabel: 'Særskilde vilkår for dette tilskotet:',
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
  },
  use: {
    heading: 'Bruk av tilskotet og tilbakebetaling',
    text: 'Tilskotet skal brukast og rekneskapsførast i {aar}. Midlar som ikkje er brukte til formålet innan utgangen av {aar}, skal betalast tilbake til kommunen.',
  },
  changes: {
    heading: 'Endringar krev samtykke',
    text: 'Tilskotet skal brukast i samsvar med formålet, aktivitetane og beløpet i dette brevet. Ønskjer de å endre formål, aktivitetar eller omfang, må de søkje skriftleg og få samtykke frå kommunen før endringa blir gjord.',
  },
  control: {
    heading: 'Kontroll',
    text: 'IMDi eller Riksrevisjonen kan kontrollere at midlane blir brukte etter føresetnadene, jf. løyvingsreglementet til Stortinget (bevilgningsreglementet) § 10 andre ledd og riksrevisjonslova § 12 tredje ledd.',
  },
  appeal: {
    heading: 'Klagerett',
    text: 'De kan klage på vedtaket, jf. forvaltningslova § 28. Klagefristen er {klagefrist} frå den dagen de fekk dette brevet (§ 29). Klaga skal vere skriftleg og sendast til {kommune}, ikkje direkte til IMDi (§ 32). Skriv kva vedtak de klagar på, kva endring de ønskjer, og kvifor de klagar. Klaga bør vere underskriven. Kommunen vurderer klaga først og kan sjølv endre vedtaket (§ 33). Blir vedtaket ikkje endra, sender kommunen klaga til Integrerings- og mangfaldsdirektoratet (IMDi), som er klageinstans.',
  },
  access: {
    heading: 'Rett til innsyn',
    text: 'De har rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og 19. Ta kontakt med saksbehandlaren dersom de ønskjer innsyn.',
  },
  contact: 'Har de spørsmål, kan de kontakte saksbehandlar {saksbehandler}{kontakt}.',
  closing: 'Med helsing',
  electronicallyApproved: 'Dokumentet er elektronisk godkjent og har difor ingen handskrivne underskrifter.',
  weeks: { 1: 'éi veke', 2: 'to veker', 3: 'tre veker', 4: 'fire veker', 5: 'fem veker', 6: 'seks veker' },
  weeksFallback: '{n} veker',
};
