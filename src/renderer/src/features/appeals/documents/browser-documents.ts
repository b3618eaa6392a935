// The appeal's documents rendered in the app (pdfmake and pdf-lib load with this module, on first
// use), from the records as they are stored now.
import { getDb } from '@renderer/data/db';
import type { LetterLanguage } from '@renderer/domain/settings';
import { renderPdf } from '@renderer/documents/pdf/render-browser';
import { appealCaseRecords } from '@renderer/services/appeals';
import { buildCaseFilePdf, renderForwardingLetter } from './appeal-documents';

export async function makeForwardingLetter(appealId: string, language: LetterLanguage, letterDate: string): Promise<Uint8Array> {
  const records = await appealCaseRecords(getDb(), appealId);
  return renderForwardingLetter(renderPdf, records, language, letterDate, new Date());
}

export async function makeCaseFile(appealId: string, date: string): Promise<{ bytes: Uint8Array; orgnr: string }> {
  const records = await appealCaseRecords(getDb(), appealId);
  return { bytes: await buildCaseFilePdf(renderPdf, records, date, new Date()), orgnr: records.organisation.orgnr };
}
