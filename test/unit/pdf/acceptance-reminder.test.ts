// The acceptance reminder (aksept_purring) in bokmål and nynorsk: it states the decision letter's
// date and deadline and the new one, says it is not a new decision (the appeal right of the decision
// letter stands), gives the right to see the documents (fvl. § 18), and is an archival PDF like the
// decision letters. With LETTER_SCREENSHOTS=1 page 1 of each is written as PNG to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAcceptanceReminder, type AcceptanceReminderInput } from '@renderer/documents/pdf/acceptance-reminder-letter';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import { letterInput } from './letter-fixtures';
import { pageOnePng, pdfInfo, pdfText } from './pdf-tools';

function reminderInput(language: 'nb' | 'nn'): AcceptanceReminderInput {
  const base = letterInput('innvilget', { language });
  return {
    language,
    letterDate: '2020-04-14',
    decisionLetterDate: '2020-03-16',
    acceptanceDeadline: '2020-04-06',
    decision: { amountGrantedOre: 80_000_00 },
    application: base.application,
    organisation: base.organisation,
    call: { year: 2020, archiveCaseNumber: '20/01234' },
    municipality: base.municipality,
    letterhead: base.letterhead,
    generatedAt: new Date('2020-04-14T08:00:00Z'),
  };
}

describe('acceptance reminder letter', () => {
  it('says in bokmål what the records show, the new deadline, and the right of access', async () => {
    const bytes = await renderPdf(buildAcceptanceReminder(reminderInput('nb')));
    const text = pdfText(bytes);
    for (const expected of [
      'Bergen kommune',
      'Vår ref. 20/01234',
      'Deres ref. SP-2020-118',
      'Dato 14.04.2020',
      'Påminnelse: aksept av vilkår for tilskudd 2020',
      'Vi viser til vedtaket vårt datert 16.03.2020 om et tilskudd på kr 80 000 til enkelttiltaket «Norsktrening på biblioteket».',
      'innen 06.04.2020. Vi har ikke mottatt aksepten deres.',
      'Ny frist for aksept 28.04.2020',
      'Send skriftlig aksept av vilkårene i vedtaksbrevet til Bergen kommune innen 28.04.2020',
      'Dette er ikke et nytt vedtak',
      'opplysningene om klageadgang i vedtaksbrevet gjelder fortsatt',
      'forvaltningsloven §§ 18 og 19',
      'Hilde Vik',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdfInfo(bytes)).toMatch(/PDF version:\s+1\.7/);
  }, 30_000); // the file's first letter: pdfmake and its fonts load cold

  it('is written in nynorsk when asked', async () => {
    const text = pdfText(await renderPdf(buildAcceptanceReminder(reminderInput('nn'))));
    expect(text).toContain('Påminning: aksept av vilkår for tilskot 2020');
    expect(text).toContain('Vi har ikkje fått aksepten dykkar.');
    expect(text).toContain('Dykkar ref. SP-2020-118');
    expect(text).toContain('forvaltningslova §§ 18 og 19');
    expect(text).toContain('Med helsing');
    expect(text).not.toContain('Med hilsen');
  });

  it.runIf(process.env['LETTER_SCREENSHOTS'] === '1')('writes page 1 of both as PNG to look at', async () => {
    const out = resolve(import.meta.dirname, '../../../screenshots/letters');
    mkdirSync(out, { recursive: true });
    for (const language of ['nb', 'nn'] as const) {
      const bytes = await renderPdf(buildAcceptanceReminder(reminderInput(language)));
      writeFileSync(join(out, `aksept-purring-${language}.pdf`), bytes);
      pageOnePng(bytes, out, `aksept-purring-${language}`);
    }
  }, 60_000);
});
