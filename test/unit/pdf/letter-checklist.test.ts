// The legal checklist of a decision letter (forvaltningsloven §§ 18, 24–25, 27–33, 42; R11–R15),
// read back with pdftotext from every kind of letter in both written languages. Each item names
// the words that carry it; grant-only items must be in grant letters and absent from the others.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionOutcome } from '@renderer/domain/decision';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import type { LetterLanguage } from '@renderer/domain/settings';
import { letterInput } from './letter-fixtures';
import { pdfText } from './pdf-tools';

type Item = { name: string; nb: readonly (string | RegExp)[]; nn: readonly (string | RegExp)[]; grantOnly?: boolean };

const ALL_KINDS: readonly DecisionOutcome[] = ['innvilget', 'delvis_innvilget', 'avslatt', 'avvist'];

const ITEMS: readonly Item[] = [
  { name: 'outcome in the heading', nb: [/Vedtak om tilskudd – søknaden er (innvilget|delvis innvilget|avslått|avvist)/], nn: [/Vedtak om tilskot – søknaden er (innvilga|delvis innvilga|avslått|avvist)/] },
  { name: 'recipient orgnr', nb: ['Org.nr. 864 139 442'], nn: ['Org.nr. 864 139 442'] },
  { name: 'project period', nb: ['Periode 01.03.2020 – 15.12.2020'], nn: ['Periode 01.03.2020 – 15.12.2020'] },
  { name: 'rules (§ 25)', nb: ['Regelverket:', '«Tilskudd til frivillige organisasjoner 2020»'], nn: ['Regelverket:', '«Tilskudd til frivillige organisasjoner 2020»'] },
  { name: 'facts (§ 25)', nb: ['Faktiske forhold: Bergen Røde Kors søkte 01.02.2020'], nn: ['Faktiske forhold: Bergen Røde Kors søkte 01.02.2020'] },
  { name: 'main considerations (§ 25)', nb: [/Vurdering og hovedhensyn: \S|Krav som ikke er oppfylt: \S/], nn: [/Vurdering og hovudomsyn: \S|Krav som ikkje er oppfylte: \S/] },
  { name: 'appeal right (§ 28)', nb: ['Dere kan klage på vedtaket, jf. forvaltningsloven § 28'], nn: ['De kan klage på vedtaket, jf. forvaltningslova § 28'] },
  { name: 'appeal deadline and from when (§ 29)', nb: ['Klagefristen er tre uker fra den dagen dette brevet kom fram til dere (§ 29)'], nn: ['Klagefristen er tre veker frå den dagen dette brevet kom fram til dykk (§ 29)'] },
  { name: 'posted in time (§ 30)', nb: ['postlagt eller levert før fristen går ut'], nn: ['postlagd eller levert før fristen går ut'] },
  { name: 'where to send the appeal', nb: ['Klagen sendes til Bergen kommune, ikke direkte til IMDi'], nn: ['Klaga skal sendast til Bergen kommune, ikkje direkte til IMDi'] },
  { name: 'what the appeal must contain (§ 32)', nb: ['nevne vedtaket dere klager på og den endringen dere ønsker', '(§ 32)'], nn: ['nemne vedtaket de klagar på og den endringa de ønskjer', '(§ 32)'] },
  { name: 'appeal must be signed; e-mail accepted (§ 32)', nb: ['skriftlig og underskrevet', 'som e-post til kommunen'], nn: ['skriftleg og underskriven', 'som e-post til kommunen'] },
  { name: 'own review (§ 33)', nb: ['kan selv endre vedtaket (§ 33)'], nn: ['kan sjølv endre vedtaket (§ 33)'] },
  { name: 'appeal body', nb: ['Integrerings- og mangfoldsdirektoratet (IMDi), som er klageinstans'], nn: ['Integrerings- og mangfaldsdirektoratet (IMDi), som er klageinstans'] },
  { name: 'postponement (§ 42)', nb: ['utsatt iverksetting, jf. forvaltningsloven § 42'], nn: ['utsett iverksetjing, jf. forvaltningslova § 42'] },
  { name: 'access (§ 18)', nb: ['rett til å se dokumentene i saken, jf. forvaltningsloven § 18'], nn: ['rett til å sjå dokumenta i saka, jf. forvaltningslova § 18'] },
  { name: 'acceptance (R11)', nb: ['Dere må akseptere vilkårene skriftlig innen 06.04.2020'], nn: ['De må akseptere vilkåra skriftleg innan 06.04.2020'], grantOnly: true },
  { name: 'payment terms (R11)', nb: [/utbetales (det )?i (én termin|to terminer)/, 'kontonummer 1234.56.78903'], nn: [/blir (det )?utbetalt i (éin termin|to terminar)/, 'kontonummer 1234.56.78903'], grantOnly: true },
  { name: 'reporting (R12)', nb: ['årsrapport og regnskapsrapport for tilskuddet til kommunen innen 01.02.2021'], nn: ['årsrapport og rekneskapsrapport for tilskotet til kommunen innan 01.02.2021'], grantOnly: true },
  { name: 'audit (R12)', nb: [/revidert av (statsautorisert eller registrert )?revisor/], nn: [/revidert av (statsautorisert eller registrert )?revisor/], grantOnly: true },
  { name: 'use within the year (R13)', nb: ['Tilskuddet skal brukes og regnskapsføres i 2020'], nn: ['Tilskotet skal brukast og rekneskapsførast i 2020'], grantOnly: true },
  {
    name: 'repayment incl. misuse and wrong information, how and by when (R13)',
    nb: ['kreve tilskuddet betalt tilbake helt eller delvis', 'brukt i strid med vilkårene', 'uriktige eller ufullstendige opplysninger', 'betaler tilbake til kommunen innen 01.02.2021', 'kontonummeret det skal betales til'],
    nn: ['krevje tilskotet betalt tilbake heilt eller delvis', 'brukt i strid med vilkåra', 'uriktige eller ufullstendige opplysningar', 'betaler tilbake til kommunen innan 01.02.2021', 'kontonummeret det skal betalast til'],
    grantOnly: true,
  },
  { name: 'changes need consent (R14)', nb: ['må dere søke skriftlig og få samtykke fra kommunen før endringen gjøres'], nn: ['må de søkje skriftleg og få samtykke frå kommunen før endringa blir gjord'], grantOnly: true },
  { name: 'control (R15)', nb: ['bevilgningsreglement § 10 annet ledd og riksrevisjonsloven § 12 tredje ledd'], nn: ['(bevilgningsreglementet) § 10 andre ledd og riksrevisjonslova § 12 tredje ledd'], grantOnly: true },
];

const texts = new Map<string, string>();
const key = (kind: DecisionOutcome, language: LetterLanguage) => `${kind}/${language}`;

beforeAll(async () => {
  for (const language of ['nb', 'nn'] as const) {
    for (const kind of ALL_KINDS) {
      const base = letterInput(kind, { language, ...(kind === 'delvis_innvilget' ? { appliedKr: 250_000, grantedKr: 120_000 } : {}) });
      const input = { ...base, application: { ...base.application, periodFrom: '2020-03-01', periodTo: '2020-12-15' } };
      texts.set(key(kind, language), pdfText(await renderPdf(buildDecisionLetter(input))));
    }
  }
}, 120_000);

const cases = (['nb', 'nn'] as const).flatMap((language) => ALL_KINDS.map((kind) => ({ kind, language })));

describe('every decision letter has every item the law and the scheme need', () => {
  it.each(cases)('$kind in $language', ({ kind, language }) => {
    const text = texts.get(key(kind, language))!;
    const grant = kind === 'innvilget' || kind === 'delvis_innvilget';
    const missing: string[] = [];
    for (const item of ITEMS) {
      if (item.grantOnly && !grant) continue;
      for (const words of item[language]) {
        const found = typeof words === 'string' ? text.includes(words) : words.test(text);
        if (!found) missing.push(`${item.name}: ${String(words)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(cases.filter((c) => c.kind === 'avslatt' || c.kind === 'avvist'))(
    '$kind in $language has no grant terms',
    ({ kind, language }) => {
      const text = texts.get(key(kind, language))!;
      for (const item of ITEMS.filter((i) => i.grantOnly && i.name !== 'audit (R12)')) {
        for (const words of item[language]) {
          expect(typeof words === 'string' ? text.includes(words) : words.test(text), `${item.name}`).toBe(false);
        }
      }
    },
  );
});
