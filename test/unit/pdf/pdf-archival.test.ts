// The rendered file: PDF/A-2b metadata, tagged, language, title and author, embedded fonts;
// and the browser variant renders the same letter from pdfmake's browser build.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import { letterInput } from './letter-fixtures';
import { pdfFonts, pdfInfo, pdfText } from './pdf-tools';

let bytes: Uint8Array;

beforeAll(async () => {
  const input = letterInput('innvilget', {
    letterhead: { ...letterInput('innvilget').letterhead, logoDataUrl: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' },
  });
  bytes = await renderPdf(buildDecisionLetter(input));
}, 30_000);

describe('archival PDF', () => {
  it('has title, author, PDF 1.7 and is tagged', () => {
    const info = pdfInfo(bytes);
    expect(info).toMatch(/Title:\s+Vedtak om tilskudd til integreringsarbeid i regi av frivillige organisasjoner 2020 – Bergen Røde Kors/);
    expect(info).toMatch(/Author:\s+Bergen kommune/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it('declares PDF/A-2b in its XMP metadata', () => {
    const meta = pdfInfo(bytes, '-meta');
    expect(meta).toMatch(/pdfaid:part>2<|pdfaid:part="2"/);
    expect(meta).toMatch(/pdfaid:conformance>B<|pdfaid:conformance="B"/);
  });

  it('embeds every font', () => {
    const rows = pdfFonts(bytes).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/Roboto.*\byes\s+yes\s+yes\b/);
  });

  it('sets the document language', () => {
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (nb-NO)');
  });

  it('marks nynorsk letters as nn-NO', async () => {
    const nn = await renderPdf(buildDecisionLetter(letterInput('avslatt', { language: 'nn' })));
    expect(Buffer.from(nn).toString('latin1')).toContain('/Lang (nn-NO)');
  });
});

describe('browser variant', () => {
  it('renders the same letter with pdfmake/build and the bundled fonts', async () => {
    const { renderPdf: renderInBrowser } = await import('@renderer/documents/pdf/render-browser');
    const fromBrowserBuild = await renderInBrowser(buildDecisionLetter(letterInput('avvist')));
    expect(pdfText(fromBrowserBuild)).toContain('Søknaden er avvist');
    expect(pdfInfo(fromBrowserBuild)).toMatch(/Tagged:\s+yes/);
  }, 30_000);
});
