// Renders a letter in the app (Electron window or browser tab). pdfmake and its fonts (~1.8 MB)
// are loaded with import() on first use, so they stay out of start-up.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderWith, type PdfMakeLike } from './render-core';

let loading: Promise<PdfMakeLike> | undefined;

async function loadPdfMake(): Promise<PdfMakeLike> {
  const [pdfmakeModule, vfsModule] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  // Both are UMD bundles: the instance and the font map may sit on `default`.
  const pdfmake = ('default' in pdfmakeModule ? pdfmakeModule.default : pdfmakeModule) as typeof pdfmakeModule;
  const vfs = ('default' in vfsModule ? vfsModule.default : vfsModule) as Parameters<typeof pdfmake.addVirtualFileSystem>[0];
  pdfmake.addVirtualFileSystem(vfs);
  return pdfmake as unknown as PdfMakeLike;
}

export function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  loading ??= loadPdfMake().catch((e: unknown) => {
    loading = undefined; // let the next letter try again
    throw e;
  });
  return loading.then((pdfmake) => renderWith(pdfmake, doc));
}
