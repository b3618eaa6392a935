// The forwarding letter (both written languages) and the case file for IMDi, rendered and read back
// with pdftotext. The records come from the services, so the documents say what the records say.
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import { addAttachment } from '@renderer/services/attachments';
import {
  appealCaseRecords,
  recordPostponement,
  registerAppeal,
  upholdOnOwnReview,
  type AppealCaseRecords,
} from '@renderer/services/appeals';
import { decideApplication, markLetterSent, saveDecisionLetter } from '@renderer/services/decisions';
import { buildCaseFilePdf, renderForwardingLetter } from '@renderer/features/appeals/documents/appeal-documents';
import { testContext } from '../services/test-context';
import { seedApplication } from '../services/applications.fixtures';
import { letterInput } from '../pdf/letter-fixtures';
import { pageOnePng, pdfInfo, pdfText } from '../pdf/pdf-tools';
import { appealInput } from './appeal-fixtures';

const GENERATED = new Date('2020-04-20T09:00:00.000Z');
const out = process.env['APPEAL_PNG_DIR'];

let records: AppealCaseRecords;
let nb: string;
let nn: string;
let caseFile: Uint8Array;

beforeAll(async () => {
  // beforeAll runs before the per-test fresh database of setup.ts: open one of our own.
  const factory = new IDBFactory();
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const ctx = testContext({ now: () => new Date('2020-04-20T10:00:00Z') });
  const { applicationId } = await seedApplication(ctx);
  // Bergen's letterhead as set up in Innstillinger: the letters carry it.
  await ctx.db.settings.put({
    id: 'app',
    municipalityId: '4601',
    officerName: 'Sølve Sætre',
    firstRunCompletedAt: '2020-01-01T08:00:00.000Z',
    letterLanguage: 'nb',
    letterhead: letterInput('avslatt').letterhead,
  });
  const decision = await decideApplication(ctx, {
    applicationId,
    outcome: 'avslatt',
    justification: 'Tiltaket bidrar i mindre grad til målene enn de andre søknadene.',
  });
  const letterPdf = await renderPdf(buildDecisionLetter(letterInput('avslatt', { justification: decision.justification })));
  const letter = await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: letterPdf });
  await markLetterSent(ctx, letter.id, '2020-03-16');
  const appeal = await registerAppeal(ctx, appealInput(decision.id, { receivedDate: '2020-04-15', postedDate: '2020-04-14', channel: 'brev' }));
  const appealPdf = await renderPdf({ content: ['Klage på vedtak om avslag. Vi ber om at kommunen ser på saken igjen.'] });
  await addAttachment(ctx, { ownerTable: 'appeals', ownerId: appeal.id, fileName: 'klage.pdf', mimeType: 'application/pdf', bytes: appealPdf });
  await addAttachment(ctx, { ownerTable: 'appeals', ownerId: appeal.id, fileName: 'bilde.png', mimeType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]) });
  await recordPostponement(ctx, appeal.id, { requestedDate: '2020-04-15', answer: 'avslatt', answerDate: '2020-04-16' });
  await upholdOnOwnReview(ctx, appeal.id, { date: '2020-04-18', comment: 'Klagen gir ingen nye opplysninger om tiltaket.' });
  records = await appealCaseRecords(ctx.db, appeal.id);
  const nbBytes = await renderForwardingLetter(renderPdf, records, 'nb', '2020-04-20', GENERATED);
  const nnBytes = await renderForwardingLetter(renderPdf, records, 'nn', '2020-04-20', GENERATED);
  nb = pdfText(nbBytes);
  nn = pdfText(nnBytes);
  caseFile = await buildCaseFilePdf(renderPdf, records, '2020-04-20', GENERATED);
  if (out) {
    mkdirSync(out, { recursive: true });
    for (const [name, bytes] of [['oversendelse-nb', nbBytes], ['oversendelse-nn', nnBytes], ['saksdokumenter', caseFile]] as const) {
      writeFileSync(`${out}/${name}.pdf`, bytes);
      pageOnePng(bytes, out, name);
    }
  }
}, 60_000);

describe('forwarding letter', () => {
  it('bokmål: to IMDi with a copy to the appellant, the facts, the deadline, the review and access (§§ 18, 28, 30, 33, 42)', () => {
    for (const expected of [
      'Bergen kommune',
      'Etat for inkludering',
      'Saksbehandler Sølve Sætre',
      'Integrerings- og mangfoldsdirektoratet (IMDi)',
      'Kopi: Bergen Røde Kors v/ styreleder, Bergen Røde Kors',
      'Oversendelse av klage på vedtak om tilskudd – Norsktrening på biblioteket',
      'sender med dette klagen fra Bergen Røde Kors v/ styreleder på kommunens vedtak av 20.04.2020',
      'Påklaget vedtak Avslått, 20.04.2020',
      'Vedtaksbrevet sendt 16.03.2020',
      'Klagen mottatt 15.04.2020 per brev',
      'Klagefrist 14.04.2020',
      'Klageren ber om: Vi ber om at søknaden innvilges.',
      'Klagen ble sendt 14.04.2020, innen klagefristen som gikk ut 14.04.2020, og er kommet inn i tide (forvaltningsloven § 30).',
      'finner ikke grunn til å endre vedtaket (forvaltningsloven § 33)',
      'Kommunens merknader: Klagen gir ingen nye opplysninger om tiltaket.',
      'Kommunen avslo dette 16.04.2020.',
      'forvaltningsloven § 42',
      'Saksframstilling for klagesaken',
      'Klagen mottatt 15.04.2020 (klage.pdf, bilde.png)',
      'kan ikke påklages (forvaltningsloven § 28 tredje ledd)',
      'forvaltningsloven §§ 18 og 19',
      'Med hilsen',
      'Hilde Vik',
      'Side 1 av',
    ]) {
      expect(nb).toContain(expected);
    }
    expect(nb).not.toContain('{');
    // Asked already: the letter tells the answer, not the right to ask.
    expect(nb).not.toContain('Dere kan be om at gjennomføringen');
  });

  it('tells the appellant of the right to ask for postponement when they have not asked (§ 42)', async () => {
    const { postponementRequestedDate: _r, postponementAnswer: _a, postponementAnswerDate: _d, ...appeal } = records.appeal;
    const text = pdfText(await renderForwardingLetter(renderPdf, { ...records, appeal }, 'nb', '2020-04-20', GENERATED));
    expect(text).toContain('Dere kan be om at gjennomføringen av vedtaket utsettes til klagen er avgjort (forvaltningsloven § 42).');
    expect(text).not.toContain('Utsatt iverksetting');
  });

  it('nynorsk: the same facts in nynorsk', () => {
    for (const expected of [
      'Integrerings- og mangfaldsdirektoratet (IMDi)',
      'Oversending av klage på vedtak om tilskot – Norsktrening på biblioteket',
      'sender med dette klaga frå Bergen Røde Kors v/ styreleder',
      'Klaga motteken 15.04.2020 per brev',
      'Klaga vart send 14.04.2020',
      'finn ikkje grunn til å endre vedtaket (forvaltningslova § 33)',
      'Merknadene til kommunen: Klagen gir ingen nye opplysninger om tiltaket.',
      'forvaltningslova §§ 18 og 19',
      'Med helsing',
    ]) {
      expect(nn).toContain(expected);
    }
    expect(nn).not.toContain('forvaltningsloven');
  });
});

describe('case file for IMDi', () => {
  it('is one PDF: the summary, then the decision letter as sent, then the appeal\'s PDF', () => {
    const text = pdfText(caseFile);
    const summaryAt = text.indexOf('Klagesak til IMDi – Norsktrening på biblioteket');
    const letterAt = text.indexOf('Vedtak om tilskudd – søknaden er avslått');
    const appealAt = text.indexOf('Klage på vedtak om avslag. Vi ber om at kommunen ser på saken igjen.');
    expect(summaryAt).toBeGreaterThanOrEqual(0);
    expect(letterAt).toBeGreaterThan(summaryAt);
    expect(appealAt).toBeGreaterThan(letterAt);
    for (const expected of [
      'Søker Bergen Røde Kors (org.nr. 864 139 442)',
      'Søkt beløp kr 40 000',
      'Formell vurdering (R1–R8)',
      'R1 Registrert i Frivillighetsregisteret',
      'Ingen vurdering etter kriteriene er registrert.',
      'Utfall Avslått',
      'Begrunnelse: Tiltaket bidrar i mindre grad til målene enn de andre søknadene.',
      'Klager Bergen Røde Kors v/ styreleder',
      'Klagefrist 14.04.2020',
      'Innen fristen Ja',
      'Klageren ber om: Vi ber om at søknaden innvilges.',
      'Klagen: Vi mener kommunen har lagt for lite vekt på frivillig innsats.',
      'Kommunen vurderte klagen 18.04.2020 og opprettholdt vedtaket.',
      'Klagen gir ingen nye opplysninger om tiltaket.',
      'Vedtaksbrevet sendt 16.03.2020',
      'Klagen: klage.pdf',
      'Ikke tatt med i denne filen (ikke PDF eller ikke lesbar): bilde.png',
    ]) {
      expect(text).toContain(expected);
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(caseFile))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pdfInfo(caseFile)).toContain('Klagesak til IMDi – Norsktrening på biblioteket');
  });

  it('names the records it came from', () => {
    expect(records.decisionLetter?.sentDate).toBe('2020-03-16');
    expect(records.attachments.map((a) => a.fileName)).toEqual(['klage.pdf', 'bilde.png']);
  });
});
