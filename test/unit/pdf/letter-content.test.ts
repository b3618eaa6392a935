// What each letter type says, read back from the rendered PDF with pdftotext (R11–R17).
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import { letterInput } from './letter-fixtures';
import { pdfText } from './pdf-tools';

const texts: Record<string, string> = {};

beforeAll(async () => {
  const cases = {
    grant: letterInput('innvilget'),
    partial: letterInput('delvis_innvilget', {
      appliedKr: 250_000,
      grantedKr: 120_000,
      justification: 'Budsjettet har kr 130 000 til innkjøp av utstyr, som ordningen ikke dekker.',
    }),
    rejection: letterInput('avslatt', { justification: 'Sammenlignet med de andre søknadene bidrar tiltaket i mindre grad til målene.' }),
    dismissal: letterInput('avvist', { justification: 'Organisasjonen var ikke registrert i Frivillighetsregisteret.' }),
    nynorsk: letterInput('innvilget', { language: 'nn', appliedKr: 25_000 }),
  };
  for (const [name, input] of Object.entries(cases)) texts[name] = pdfText(await renderPdf(buildDecisionLetter(input)));
}, 60_000);

describe('every letter', () => {
  it.each(['grant', 'partial', 'rejection', 'dismissal'])('%s: letterhead, date, references, addressee, heading, signature', (name) => {
    const text = texts[name]!;
    for (const expected of [
      'Bergen kommune',
      'Etat for inkludering',
      'Bergen Røde Kors',
      'v/ Aisha Rahimi',
      'Kong Oscars gate 62',
      'Vår ref. 20/01234-7',
      'Deres ref. SP-2020-118',
      'Saksbehandler Sølve Sætre',
      'Dato 16.03.2020',
      'Tilskudd til integreringsarbeid i regi av frivillige organisasjoner 2020',
      'Postboks 7700, 5020 Bergen',
      'Tilskuddsmottaker Bergen Røde Kors (Org.nr. 864 139 442)',
      'Med hilsen',
      'Hilde Vik',
      'etatsdirektør',
      'Side 1 av',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.each(['grant', 'partial', 'rejection', 'dismissal'])('%s: reasons, appeal and access (fvl. §§ 18, 24–25, 28–29, 32–33)', (name) => {
    const text = texts[name]!;
    for (const expected of [
      'Regelverket:',
      'Faktiske forhold: Bergen Røde Kors søkte 01.02.2020',
      'Dere kan klage på vedtaket, jf. forvaltningsloven § 28',
      'Klagefristen er tre uker fra den dagen dette brevet kom fram til dere (§ 29)',
      'Klagen sendes til Bergen kommune, ikke direkte til IMDi.',
      'Klagen må være skriftlig og underskrevet',
      '(§ 32)',
      'Dere kan sende klagen som brev eller som e-post til kommunen.',
      'kan selv endre vedtaket (§ 33)',
      'Integrerings- og mangfoldsdirektoratet (IMDi), som er klageinstans',
      'Dere kan be om at vedtaket ikke blir satt i verk før klagen er avgjort (utsatt iverksetting, jf. forvaltningsloven § 42)',
      'Dere har rett til å se dokumentene i saken, jf. forvaltningsloven § 18.',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('grant letters', () => {
  it('state amount, purpose, conditions with acceptance deadline and payment plan (R11)', () => {
    const text = texts['grant']!;
    expect(text).toContain('Vedtak om tilskudd – søknaden er innvilget');
    expect(text).toContain('innvilger et tilskudd på kr 80 000 til enkelttiltaket «Norsktrening på biblioteket»');
    expect(text).toContain('Tilskuddet skal brukes til enkelttiltaket «Norsktrening på biblioteket»');
    expect(text).toContain('delmål B (kunnskap om det norske samfunnet');
    expect(text).toContain('Dere må akseptere vilkårene skriftlig innen 06.04.2020');
    expect(text).toContain('Særskilte vilkår for dette tilskuddet: Kommunens logo skal brukes på materiell om tiltaket.');
    expect(text).toContain('Fordi tilskuddet er over kr 30 000, utbetales det i to terminer');
    expect(text).toMatch(/1\. termin \(vår\) kr 40 000 når aksepten er mottatt/);
    expect(text).toMatch(/2\. termin \(høst\) kr 40 000 innen 01\.09\.2020/);
    expect(text).toContain('Pengene utbetales til kontonummer 1234.56.78903.');
  });

  it('state report, accounts, use within the year, consent for changes and control (R12–R15)', () => {
    const text = texts['grant']!;
    expect(text).toContain('årsrapport og regnskapsrapport for tilskuddet til kommunen innen 01.02.2021');
    expect(text).toContain('Tilskuddet er under kr 100 000, så regnskapet trenger ikke være revidert av revisor.');
    expect(text).toContain('Tilskuddet skal brukes og regnskapsføres i 2020');
    expect(text).toContain('Kommunen kan kreve tilskuddet betalt tilbake helt eller delvis');
    expect(text).toContain('brukt i strid med vilkårene i dette brevet');
    expect(text).toContain('uriktige eller ufullstendige opplysninger');
    expect(text).toContain('betaler tilbake til kommunen innen 01.02.2021');
    expect(text).toContain('må dere søke skriftlig og få samtykke fra kommunen før endringen gjøres');
    expect(text).toContain(
      'IMDi eller Riksrevisjonen kan kontrollere at midlene blir brukt etter forutsetningene, jf. Stortingets bevilgningsreglement § 10 annet ledd og riksrevisjonsloven § 12 tredje ledd.',
    );
  });

  it('partial grant: both amounts, the reduction and its reasons, and audit at 100 000 kr or more', () => {
    const text = texts['partial']!;
    expect(text).toContain('Vedtak om tilskudd – søknaden er delvis innvilget');
    expect(text).toContain('om kr 250 000');
    expect(text).toContain('innvilger et tilskudd på kr 120 000');
    expect(text).toContain('Det er kr 130 000 mindre enn dere søkte om');
    expect(text).toContain('Kommunen innvilger kr 120 000, det vil si kr 130 000 mindre enn omsøkt beløp.');
    expect(text).toContain('Vurdering og hovedhensyn: Budsjettet har kr 130 000 til innkjøp av utstyr');
    expect(text).toContain('Fordi tilskuddet er kr 100 000 eller mer, skal dere sende årsregnskap revidert av statsautorisert eller registrert revisor');
    expect(text).toContain('prosjektregnskap revidert');
  });
});

describe('rejection and dismissal letters', () => {
  it('give reasons and appeal, but no grant terms', () => {
    for (const name of ['rejection', 'dismissal']) {
      const text = texts[name]!;
      for (const absent of ['Utbetaling', 'Vilkår og frist for aksept', 'Riksrevisjonen', 'Rapport og regnskap', 'Innvilget beløp']) {
        expect(text).not.toContain(absent);
      }
    }
    expect(texts['rejection']).toContain('Vedtak om tilskudd – søknaden er avslått');
    expect(texts['rejection']).toContain('det er ikke rettskrav på tilskudd');
    expect(texts['rejection']).toContain('Vurdering og hovedhensyn: Sammenlignet med de andre søknadene');
  });

  it('dismissal names the formal requirements', () => {
    const text = texts['dismissal']!;
    expect(text).toContain('Vedtak om tilskudd – søknaden er avvist');
    expect(text).toContain('oppfyller ikke de formelle kravene');
    expect(text).toContain('søkeren må være en frivillig organisasjon registrert i Frivillighetsregisteret');
    expect(text).toContain('Krav som ikke er oppfylt: Organisasjonen var ikke registrert i Frivillighetsregisteret.');
    // The content was not assessed, so no text is labelled as its assessment.
    expect(text).not.toContain('Vurdering og hovedhensyn');
  });
});

describe('nynorsk', () => {
  it('writes the whole letter in nynorsk', () => {
    const text = texts['nynorsk']!;
    for (const expected of [
      'Vedtak om tilskot – søknaden er innvilga',
      'Tilskot til integreringsarbeid i regi av frivillige organisasjonar 2020',
      'Dykkar ref. SP-2020-118',
      'Tilskotet på kr 25 000 blir utbetalt i éin termin når aksepten er motteken.',
      'De må akseptere vilkåra skriftleg innan 06.04.2020',
      'Tilskotet er under kr 100 000, så rekneskapen treng ikkje vere revidert av revisor.',
      'Tilskotet skal brukast og rekneskapsførast i 2020',
      'Kommunen kan krevje tilskotet betalt tilbake heilt eller delvis',
      'må de søkje skriftleg og få samtykke frå kommunen',
      '§ 10 andre ledd og riksrevisjonslova § 12 tredje ledd',
      'Klagefristen er tre veker frå den dagen dette brevet kom fram til dykk (§ 29)',
      'Klaga må vere skriftleg og underskriven',
      'De kan be om at vedtaket ikkje blir sett i verk før klaga er avgjord',
      'Integrerings- og mangfaldsdirektoratet (IMDi), som er klageinstans',
      'De har rett til å sjå dokumenta i saka, jf. forvaltningslova § 18.',
      'Med helsing',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Tilskuddet');
  });
});

describe('hash', () => {
  it('is the SHA-256 of the exact bytes', async () => {
    const { sha256Hex } = await import('@renderer/documents/pdf');
    const bytes = await renderPdf(buildDecisionLetter(letterInput('avslatt')));
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
