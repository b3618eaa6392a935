// The parsed-font cache (documents/pdf/font-cache.ts) wraps pdfmake's provideFont. These tests fail
// when a pdfmake upgrade removes the hook (no hits) or when sharing changes what is written (bytes
// differ): the same letters are rendered with and without the cache and must come out identical,
// font subsets handed out again from an earlier letter included.
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderWith, type PdfMakeLike } from '@renderer/documents/pdf/render-core';
import { shareParsedFonts } from '@renderer/documents/pdf/font-cache';
import { letterInput } from './letter-fixtures';
import { pdfFonts, pdfText } from './pdf-tools';

const generatedAt = new Date('2020-03-16T09:00:00.000Z');

/** Different organisations, outcomes and languages, so words, glyphs and fonts differ between letters. */
function letters(): TDocumentDefinitions[] {
  const base = letterInput('innvilget');
  return [
    buildDecisionLetter({ ...letterInput('innvilget'), generatedAt }),
    buildDecisionLetter({ ...letterInput('avslatt'), generatedAt, organisation: { ...base.organisation, name: 'Ålesund Bøyleklubb «Østre»' } }),
    buildDecisionLetter({ ...letterInput('delvis_innvilget'), generatedAt, language: 'nn', organisation: { ...base.organisation, name: 'Qwertz Jazzkor' } }),
    buildDecisionLetter({ ...letterInput('avvist'), generatedAt }),
  ];
}

async function browserPdfMake(): Promise<PdfMakeLike> {
  const [pdfmakeModule, vfsModule] = await Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')]);
  const pdfmake = ('default' in pdfmakeModule ? pdfmakeModule.default : pdfmakeModule) as typeof pdfmakeModule;
  pdfmake.addVirtualFileSystem(('default' in vfsModule ? vfsModule.default : vfsModule) as Parameters<typeof pdfmake.addVirtualFileSystem>[0]);
  return pdfmake as unknown as PdfMakeLike;
}

async function documentPrototype(pdfmake: PdfMakeLike): Promise<object> {
  const doc = await pdfmake.createPdf({ content: 'x' }).getStream();
  return Object.getPrototypeOf(doc) as object;
}

async function renderAll(pdfmake: PdfMakeLike, shareFonts: boolean): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const doc of letters()) out.push(await renderWith(pdfmake, doc, { shareFonts }));
  return out;
}

describe('parsed fonts kept across documents', () => {
  it('hands the parsed fonts on to later letters, and the letters come out byte for byte as without', async () => {
    const pdfmake = await browserPdfMake();
    const proto = await documentPrototype(pdfmake);
    shareParsedFonts(proto).uninstall();

    const plain = await renderAll(pdfmake, false);
    const sharing = shareParsedFonts(proto);
    try {
      expect(sharing.supported).toBe(true);
      // Twice: the second round has every font and most words cached already.
      await renderAll(pdfmake, true);
      const cached = await renderAll(pdfmake, true);
      expect(sharing.misses).toBeGreaterThan(0);
      expect(sharing.hits).toBeGreaterThanOrEqual(cached.length * 2);
      // The second round's subsets hold the glyph lists of the first: encoded once, handed out again.
      expect(sharing.subsetsEncoded).toBeGreaterThan(0);
      expect(sharing.subsetsReused).toBeGreaterThanOrEqual(cached.length * 2);
      cached.forEach((bytes, i) => expect(Buffer.from(bytes).equals(Buffer.from(plain[i]!)), `letter ${i}`).toBe(true));
      // And they are real letters: their own text, fonts embedded.
      expect(pdfText(cached[1]!)).toContain('Ålesund Bøyleklubb «Østre»');
      expect(pdfFonts(cached[1]!)).toMatch(/Roboto/);
    } finally {
      sharing.uninstall();
    }
  }, 60_000);

  it('does the same for the Node build of pdfmake', async () => {
    const { renderPdf } = await import('@renderer/documents/pdf/render-node');
    // pdfmake fills in the definitions it gets, so each render gets fresh ones.
    const a = await renderPdf(letters()[0]!);
    const b1 = await renderPdf(letters()[1]!);
    const b2 = await renderPdf(letters()[1]!);
    expect(Buffer.from(b1).equals(Buffer.from(b2))).toBe(true);
    expect(pdfText(a)).toContain('Bergen Røde Kors');
  }, 60_000);

  it('leaves a document class without the hook as it is', () => {
    const proto = { other: () => 1 };
    const sharing = shareParsedFonts(proto);
    expect(sharing.supported).toBe(false);
    expect(Object.keys(proto)).toEqual(['other']);
  });
});
