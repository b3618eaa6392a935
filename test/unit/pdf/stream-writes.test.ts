// The faster stream writing (documents/pdf/stream-writes.ts) wraps pdfkit's PDFReference.write and
// finalize. These tests fail when a pdfkit upgrade removes the hooks (nothing reused) or when the
// wrapper changes what a letter says or draws: the same letters are rendered with and without it,
// and once every stream is inflated the two files must be the same, byte for byte; the text,
// fonts, PDF/A metadata and the page as an image must match as well.
import { describe, expect, it } from 'vitest';
import { unzlibSync } from 'fflate';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderWith, type PdfMakeLike } from '@renderer/documents/pdf/render-core';
import { fastStreamWrites } from '@renderer/documents/pdf/stream-writes';
import { letterInput } from './letter-fixtures';
import { pageOnePng, pdfFonts, pdfInfo, pdfText } from './pdf-tools';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const generatedAt = new Date('2020-03-16T09:00:00.000Z');
const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function letters(): TDocumentDefinitions[] {
  const base = letterInput('innvilget');
  return [
    buildDecisionLetter({ ...letterInput('innvilget'), generatedAt, letterhead: { ...base.letterhead, logoDataUrl: LOGO } }),
    buildDecisionLetter({ ...letterInput('avslatt'), generatedAt, organisation: { ...base.organisation, name: 'Ålesund Bøyleklubb «Østre» & Co <AS>' } }),
    buildDecisionLetter({ ...letterInput('delvis_innvilget'), generatedAt, language: 'nn' }),
  ];
}

async function browserPdfMake(): Promise<PdfMakeLike> {
  const [pdfmakeModule, vfsModule] = await Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')]);
  const pdfmake = ('default' in pdfmakeModule ? pdfmakeModule.default : pdfmakeModule) as typeof pdfmakeModule;
  pdfmake.addVirtualFileSystem(('default' in vfsModule ? vfsModule.default : vfsModule) as Parameters<typeof pdfmake.addVirtualFileSystem>[0]);
  return pdfmake as unknown as PdfMakeLike;
}

async function referencePrototype(pdfmake: PdfMakeLike): Promise<object> {
  const doc = (await pdfmake.createPdf({ content: 'x' }).getStream()) as { _root: object };
  return Object.getPrototypeOf(doc._root) as object;
}

/** The file with every stream inflated and every /Length dropped: what is left once compression is set aside. */
function inflated(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const out: string[] = [];
  const streams = /(<<(?:(?!>>\s*stream)[\s\S])*?>>)\s*stream\n([\s\S]*?)\nendstream/g;
  let last = 0;
  for (const m of raw.matchAll(streams)) {
    out.push(raw.slice(last, m.index));
    const dict = m[1]!;
    const data = Buffer.from(m[2]!, 'latin1');
    const content = /\/Filter \/FlateDecode/.test(dict) ? Buffer.from(unzlibSync(data)).toString('latin1') : m[2]!;
    out.push(dict.replace(/\/Length \d+/g, '/Length ?'), '\nstream\n', content, '\nendstream');
    last = m.index + m[0].length;
  }
  out.push(raw.slice(last));
  // Object offsets (xref table, startxref) move with the compressed sizes.
  return out.join('').replace(/xref[\s\S]*$/, '');
}

const pngDir = mkdtempSync(join(tmpdir(), 'stream-writes-'));
let pngs = 0;

function pngOfPageOne(bytes: Uint8Array): Buffer {
  const name = `page-${++pngs}`;
  pageOnePng(bytes, pngDir, name);
  const png = readFileSync(join(pngDir, `${name}.png`));
  expect(png.byteLength).toBeGreaterThan(1000);
  return png;
}

describe('faster stream writes', () => {
  it('write the same letters, only deflated another way, and reuse streams seen before', async () => {
    const pdfmake = await browserPdfMake();
    const proto = await referencePrototype(pdfmake);
    fastStreamWrites(proto).uninstall();

    const plain: Uint8Array[] = [];
    for (const doc of letters()) plain.push(await renderWith(pdfmake, doc, { fastWrites: false }));
    const writes = fastStreamWrites(proto);
    try {
      expect(writes.supported).toBe(true);
      const fast: Uint8Array[] = [];
      for (const doc of letters()) fast.push(await renderWith(pdfmake, doc));
      // Every PDF/A carries the same sRGB profile: deflated once, then reused.
      expect(writes.reused).toBeGreaterThanOrEqual(2);
      expect(writes.deflated).toBeGreaterThan(10);
      fast.forEach((bytes, i) => {
        expect(Buffer.from(bytes).equals(Buffer.from(plain[i]!)), `letter ${i} is deflated another way`).toBe(false);
        expect(inflated(bytes), `letter ${i}`).toBe(inflated(plain[i]!));
        expect(pdfText(bytes)).toBe(pdfText(plain[i]!));
        expect(pdfFonts(bytes)).toBe(pdfFonts(plain[i]!));
        expect(pdfInfo(bytes, '-meta')).toBe(pdfInfo(plain[i]!, '-meta'));
        expect(pngOfPageOne(bytes).equals(pngOfPageOne(plain[i]!)), `page 1 of letter ${i} looks the same`).toBe(true);
      });
      expect(pdfText(fast[1]!)).toContain('Ålesund Bøyleklubb «Østre» & Co <AS>');
      expect(pdfInfo(fast[0]!, '-meta')).toMatch(/pdfaid:part>2<|pdfaid:part="2"/);
    } finally {
      writes.uninstall();
    }
  }, 120_000);

  it('leaves a class without the hooks as it is', () => {
    const proto = { write: () => 1 };
    const writes = fastStreamWrites(proto);
    expect(writes.supported).toBe(false);
    expect(Object.keys(proto)).toEqual(['write']);
  });
});
