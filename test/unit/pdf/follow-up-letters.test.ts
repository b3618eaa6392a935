// The reminder (purring) and the repayment claim (tilbakebetalingskrav), rendered and read back with
// pdftotext in bokmål and nynorsk: what each must say (R12, R13, R17; fvl. §§ 18, 24–25, 28–33, 42).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportReminderLetter } from '@renderer/documents/pdf/follow-up/report-reminder-letter';
import { buildRepaymentClaimLetter } from '@renderer/documents/pdf/follow-up/repayment-claim-letter';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import { claimInput, reminderInput } from './follow-up-fixtures';
import { pageOnePng, pdfInfo, pdfText } from './pdf-tools';

const texts: Record<string, string> = {};
const bytesOf: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const cases = {
    reminderNb: buildReportReminderLetter(reminderInput('nb')),
    reminderNn: buildReportReminderLetter(reminderInput('nn')),
    reminderSmall: buildReportReminderLetter(
      reminderInput('nb', {
        decision: { decidedAt: '2020-03-16', amountGrantedOre: 99_999_00 },
        report: { annualReportReceived: false, accountsReceived: false, auditRequired: false, auditedAccountsReceived: false, unusedAmountStated: true },
      }),
    ),
    claimNb: buildRepaymentClaimLetter(claimInput('nb')),
    claimNn: buildRepaymentClaimLetter(claimInput('nn')),
    claimConditions: buildRepaymentClaimLetter(
      claimInput('nb', { reportReceivedDate: undefined, claim: { ...claimInput('nb').claim, basis: 'brudd_pa_vilkar', reason: 'Kr 12 500 gikk til en PC.' } }),
    ),
  };
  for (const [name, doc] of Object.entries(cases)) {
    bytesOf[name] = await renderPdf(doc);
    texts[name] = pdfText(bytesOf[name]);
  }
  if (process.env['LETTER_SCREENSHOTS'] === '1') {
    const out = resolve(import.meta.dirname, '../../../screenshots/letters');
    mkdirSync(out, { recursive: true });
    for (const name of ['reminderNb', 'reminderNn', 'claimNb', 'claimNn']) pageOnePng(bytesOf[name]!, out, name);
  }
}, 90_000);

describe('both follow-up letters', () => {
  it.each(['reminderNb', 'reminderNn', 'claimNb', 'claimNn'])('%s: letterhead, references, addressee with orgnr, signature, § 18', (name) => {
    const text = texts[name]!;
    for (const expected of ['Bergen kommune', 'Etat for inkludering', 'Bergen Røde Kors', 'Kong Oscars gate 62', 'Vår ref. 20/01234-9', 'Org.nr. 864 139 442', 'Hilde Vik', 'Side 1 av']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Med h(ilsen|elsing)/);
    expect(text).toMatch(/forvaltningslov(en|a) § 18/);
  });

  it('are PDF/A-2b in the letter language, and claim no tagging they lack', () => {
    expect(pdfInfo(bytesOf['claimNn']!, '-meta')).toMatch(/pdfaid:part[^>]*>2|pdfaid:part="2"/);
    // Not tagged: pdfmake writes no structure tree, so the letters do not claim one.
    expect(pdfInfo(bytesOf['reminderNb']!)).toMatch(/Tagged:\s+no/);
  });
});

describe('the reminder (purring)', () => {
  it('names what is missing, the original and the new deadline, and the audit requirement at 150 000 kr', () => {
    const text = texts['reminderNb']!;
    expect(text).toContain('Purring: rapport og regnskap for tilskudd 2020');
    expect(text).toContain('skulle rapport og regnskap for tilskuddet vært sendt til Bergen kommune innen 01.02.2021');
    expect(text).toContain('Opprinnelig frist 01.02.2021');
    expect(text).toContain('innen 08.03.2021');
    expect(text).toContain('Årsrapport:');
    expect(text).not.toContain('Regnskapsrapport for tilskuddet.');
    expect(text).toContain('fordi tilskuddet er kr 100 000 eller mer');
    expect(text).toContain('Opplysning om hvor mye av tilskuddet som ikke er brukt');
    expect(text).toContain('Innvilget beløp kr 150 000');
    expect(text).toContain('kan kommunen kreve tilskuddet betalt tilbake helt eller delvis');
    expect(text).toContain('ikke et vedtak, og det kan derfor ikke påklages');
  });

  it('asks for no audit below the threshold, and only for what is missing', () => {
    const text = texts['reminderSmall']!;
    expect(text).not.toContain('revidert');
    expect(text).toContain('Regnskapsrapport for tilskuddet.');
    expect(text).not.toContain('Opplysning om hvor mye');
  });

  it('is written in nynorsk when asked', () => {
    const text = texts['reminderNn']!;
    expect(text).toContain('Purring: rapport og rekneskap for tilskot 2020');
    expect(text).toContain('innan 08.03.2021');
    expect(text).toContain('fordi tilskotet er kr 100 000 eller meir');
    expect(text).toContain('ikkje eit vedtak');
  });
});

describe('the repayment claim (tilbakebetalingskrav)', () => {
  it('states amount, deadline, account and payment reference', () => {
    const text = texts['claimNb']!;
    expect(text).toContain('Vedtak om tilbakebetaling av tilskudd 2020');
    expect(text).toContain('Dere må betale tilbake kr 12 500');
    expect(text).toContain('Betal kr 12 500 til kontonummer 1503.20.80119 innen 15.04.2021');
    expect(text).toContain('Merk betalingen med «20/01234-9»');
    expect(text).toContain('Utbetalt kr 150 000');
  });

  it('gives the reasons: rules, facts and main considerations (fvl. §§ 24–25)', () => {
    const text = texts['claimNb']!;
    expect(text).toContain('Regelverket: Tilskuddet er gitt etter regelverket');
    expect(text).toContain('er brukt i strid med vilkårene, eller er gitt på grunnlag av uriktige eller ufullstendige opplysninger');
    expect(text).toContain('Faktiske forhold: Bergen Røde Kors fikk innvilget kr 150 000 og har fått utbetalt kr 150 000.');
    expect(text).toContain('kr 12 500 av tilskuddet ikke er brukt til formålet i 2020');
    expect(text).toContain('rapporten og regnskapet kommunen mottok 20.02.2021');
    expect(text).toContain('Vurdering og hovedhensyn: Regnskapet viser at kr 12 500 ikke ble brukt');
    expect(texts['claimConditions']).toContain('er brukt i strid med vilkårene i tilskuddsbrevet');
    expect(texts['claimConditions']).not.toContain('rapporten og regnskapet kommunen mottok');
  });

  it('gives the right to appeal: deadline, where, how, the body, and postponement (§§ 28–29, 32–33, 42)', () => {
    const text = texts['claimNb']!;
    for (const expected of [
      'Dere kan klage på vedtaket, jf. forvaltningsloven § 28',
      'Klagefristen er tre uker fra den dagen dette brevet kom fram til dere (§ 29)',
      'Klagen sendes til Bergen kommune, ikke direkte til IMDi.',
      'Klagen må være skriftlig og underskrevet',
      'den endringen dere ønsker',
      'Integrerings- og mangfoldsdirektoratet (IMDi), som er klageinstans',
      'forvaltningsloven § 42',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is written in nynorsk when asked, with the same legal content', () => {
    const text = texts['claimNn']!;
    for (const expected of [
      'Vedtak om tilbakebetaling av tilskot 2020',
      'De må betale tilbake kr 12 500',
      'Betal kr 12 500 til kontonummer 1503.20.80119 innan 15.04.2021',
      'De kan klage på vedtaket, jf. forvaltningslova § 28',
      'Klagefristen er tre veker',
      'Integrerings- og mangfaldsdirektoratet (IMDi), som er klageinstans',
      'forvaltningslova § 42',
      'Org.nr. 864 139 442',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
