// Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, which is what
// Excel on a Norwegian Windows PC writes as "CSV". Binary files are refused rather than shown as junk.
import { ImportFileError } from './import-file-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const NOT_TEXT =
  'Filen ser ikke ut til å være en tekstfil (CSV). Lagre den som CSV (semikolon- eller kommaseparert), XLSX eller JSON og prøv igjen.';

/** More than this share of control characters means the bytes are not text. */
const MAX_CONTROL_RATIO = 0.01;

function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) control++;
  }
  return text.length > 0 && control / text.length > MAX_CONTROL_RATIO;
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes a text file; the BOM is dropped. Throws ImportFileError for binary content. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  if (looksBinary(text)) throw new ImportFileError('ikke_tekst', NOT_TEXT);
  return { text, encoding };
}
