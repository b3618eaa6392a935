// The rendered file: PDF/A-2b metadata, language (also in the XMP), title, author and creator,
// no false claim of a structure tree, one /Length on the metadata stream, embedded fonts;
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
  it('has title, the municipality as author, the program as creator, PDF 1.7', () => {
    const info = pdfInfo(bytes);
    expect(info).toMatch(/Title:\s+Vedtak om tilskudd – søknaden er innvilget – Bergen Røde Kors/);
    expect(info).toMatch(/Author:\s+Bergen kommune/);
    expect(info).toMatch(/Creator:\s+Tilskudd frivillige\n/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it('declares PDF/A-2b, the language and the creator tool in its XMP metadata', () => {
    const meta = pdfInfo(bytes, '-meta');
    expect(meta).toMatch(/pdfaid:part>2<|pdfaid:part="2"/);
    expect(meta).toMatch(/pdfaid:conformance>B<|pdfaid:conformance="B"/);
    expect(meta).toMatch(/<dc:language><rdf:Bag><rdf:li>nb-NO<\/rdf:li><\/rdf:Bag><\/dc:language>/);
    expect(meta).toContain('<xmp:CreatorTool>Tilskudd frivillige</xmp:CreatorTool>');
    expect(meta).toContain('<rdf:li>Bergen kommune</rdf:li>');
  });

  it('gives the metadata stream one /Length, in bytes, and no stray lowercase length', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    const dict = /<<\s*\/Type \/Metadata[\s\S]*?>>\s*stream\r?\n/.exec(raw)!;
    expect(dict[0]).not.toMatch(/\/length/);
    expect(dict[0].match(/\/Length /g)).toHaveLength(1);
    const length = Number(/\/Length (\d+)/.exec(dict[0])![1]);
    const body = raw.slice(dict.index + dict[0].length);
    expect(body.slice(length).trimStart().startsWith('endstream')).toBe(true);
  });

  it('escapes XML in the metadata, so a name with & or < keeps the XMP readable', async () => {
    const base = letterInput('avslatt');
    const odd = await renderPdf(buildDecisionLetter({ ...base, organisation: { ...base.organisation, name: 'Venner & <naboer>' } }));
    expect(pdfInfo(odd, '-meta')).toContain('Venner &amp; &lt;naboer&gt;');
    expect(pdfInfo(odd)).toMatch(/Title:.*Venner & <naboer>/);
  });

  it('claims no tagged structure it does not have: not tagged, no structure tree', () => {
    // pdfmake 0.3 marks no content; a "Tagged" flag over an empty tree misleads screen readers.
    expect(pdfInfo(bytes)).toMatch(/Tagged:\s+no/);
    expect(pdfInfo(bytes, '-struct-text').trim()).toBe('');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toContain('/StructTreeRoot');
    expect(raw).not.toContain('/MarkInfo');
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
    expect(pdfText(fromBrowserBuild)).toContain('Vedtak om tilskudd – søknaden er avvist');
    expect(pdfInfo(fromBrowserBuild)).toMatch(/Tagged:\s+no/);
    expect(pdfInfo(fromBrowserBuild, '-meta')).toContain('<rdf:li>nb-NO</rdf:li>');
  }, 30_000);
});
