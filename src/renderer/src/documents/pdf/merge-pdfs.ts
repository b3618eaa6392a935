// Joins PDFs into one (the case file: summary, decision letter, the appeal's files) with pdf-lib,
// loaded with import() on first use so it stays out of start-up. pdfmake can only write PDFs.
export interface MergeInfo {
  title: string;
  author: string;
  /** Pass the same value to get the same bytes twice. */
  generatedAt?: Date;
}

async function pdfLib() {
  return import('pdf-lib');
}

/** True when pdf-lib can read the bytes as an unencrypted PDF whose pages can be copied. */
export async function isMergeablePdf(bytes: Uint8Array): Promise<boolean> {
  const { PDFDocument } = await pdfLib();
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPageCount() > 0 && !doc.isEncrypted;
  } catch {
    return false;
  }
}

export async function mergePdfs(parts: readonly Uint8Array[], info: MergeInfo): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of parts) {
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await out.copyPages(source, source.getPageIndices());
    for (const page of pages) out.addPage(page);
  }
  out.setTitle(info.title);
  out.setAuthor(info.author);
  out.setLanguage('nb-NO');
  out.setProducer('Tilskudd frivillige organisasjoner');
  out.setCreator(info.author);
  if (info.generatedAt) {
    out.setCreationDate(info.generatedAt);
    out.setModificationDate(info.generatedAt);
  }
  return out.save();
}
