import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import { buildSendListCsv } from '@renderer/documents/send-list/send-list';
import { buildSendListXlsx } from '@renderer/documents/send-list/send-list-xlsx';
import { bulkPlanLines } from '@renderer/features/decisions/list/bulk-plan-summary';
import { safetyText } from '@renderer/i18n/decision-safety';

const ROWS = [
  { organisation: 'Bergen Røde Kors', email: 'post@rodekors.no', fileName: '864139442-Sprakkafe-avslag.pdf', subject: 'Vedtak om tilskudd: Språkkafé' },
  { organisation: '=Farlig; navn', email: '', fileName: '910000004-Leksehjelp-innvilgelse.pdf', subject: 'Vedtak om tilskudd: Leksehjelp' },
];

describe('the send list', () => {
  it('is a CSV with BOM, ;, a header row and one line per letter, formulas neutralised', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buildSendListCsv(safetyText.sendListColumns, ROWS));
    expect(text).toBe(
      '\uFEFFOrganisasjon;E-post;Filnavn;Emne\r\n' +
        'Bergen Røde Kors;post@rodekors.no;864139442-Sprakkafe-avslag.pdf;Vedtak om tilskudd: Språkkafé\r\n' +
        `"'=Farlig; navn";;910000004-Leksehjelp-innvilgelse.pdf;Vedtak om tilskudd: Leksehjelp\r\n`,
    );
  });

  it('reads back from the workbook as text cells', async () => {
    const bytes = await buildSendListXlsx('Utsendingsliste', safetyText.sendListColumns, ROWS);
    expect(await readSheet(bytes.slice().buffer, 'Utsendingsliste')).toEqual([
      ['Organisasjon', 'E-post', 'Filnavn', 'Emne'],
      ['Bergen Røde Kors', 'post@rodekors.no', '864139442-Sprakkafe-avslag.pdf', 'Vedtak om tilskudd: Språkkafé'],
      ['=Farlig; navn', null, '910000004-Leksehjelp-innvilgelse.pdf', 'Vedtak om tilskudd: Leksehjelp'],
    ]);
  });
});

describe('bulkPlanLines', () => {
  const skip = (reason: 'locked' | 'needsOverride', i: number) => ({ applicationId: `a${i}`, title: `S${i}`, reason, message: '' });

  it('says what will be decided and every group that is skipped, in words for one and for many', () => {
    const lines = bulkPlanLines(
      { newCount: 1, changedCount: 2, skipped: [skip('locked', 1), skip('needsOverride', 2), skip('needsOverride', 3)], frameProblem: null },
      'innvilget',
    );
    expect(lines.decide).toEqual(['1 søknad blir innvilget (nytt vedtak).', '2 vedtak som ikke er sendt, blir endret til innvilget.']);
    expect(lines.skip).toEqual([
      '1 søknad hoppes over fordi brevet er sendt og vedtaket er låst. Endre det med «Endre vedtaket» i saken.',
      '2 søknader hoppes over fordi den formelle vurderingen ikke er bestått. Overstyr regelen med en skriftlig begrunnelse i saken før søknaden kan innvilges.',
    ]);
  });

  it('says so when nothing will be decided', () => {
    expect(bulkPlanLines({ newCount: 0, changedCount: 0, skipped: [skip('locked', 1)], frameProblem: null }, 'avslatt').decide).toEqual([
      'Ingen av de valgte søknadene får vedtak.',
    ]);
  });
});
