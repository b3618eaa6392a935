// Renders a letter in Node (tests, scripts): pdfmake's server build with the Roboto TTFs that ship
// inside node_modules/pdfmake. Never imported by the app itself (render-browser.ts is).
import pdfmake from 'pdfmake';
import robotoFonts from 'pdfmake/fonts/Roboto.js';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderWith, type PdfMakeLike } from './render-core';

let configured = false;

function serverPdfMake(): PdfMakeLike {
  if (!configured) {
    pdfmake.setFonts(robotoFonts);
    // Letters never fetch anything; local reads are the bundled fonts only.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => /[\\/]pdfmake[\\/]fonts[\\/]Roboto[\\/][^\\/]+\.ttf$/.test(path));
    configured = true;
  }
  return pdfmake as unknown as PdfMakeLike;
}

export function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  return renderWith(serverPdfMake(), doc);
}
