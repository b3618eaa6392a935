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
  /**
   * Lines (1-based) written in UTF-8 inside a file that is otherwise Windows-1252: e.g. rows pasted
   * from a web form into an Excel CSV. Each line is read in its own encoding, and the officer is told.
   */
  utf8LinesInWindows1252?: number[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** True when the bytes hold at least one UTF-8 sequence beyond ASCII (e.g. ø as C3 B8). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead >= 0xc2 && lead <= 0xdf && (bytes[i + 1]! & 0xc0) === 0x80) return true;
  }
  return false;
}

/**
 * A Windows-1252 file with some UTF-8 lines, decoded line by line; null when no line is UTF-8
 * (then the file is plain Windows-1252 and is decoded as a whole).
 */
function decodeMixedLines(bytes: Uint8Array): { text: string; utf8Lines: number[] } | null {
  if (!hasUtf8Sequence(bytes)) return null;
  const parts: string[] = [];
  const utf8Lines: number[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const slice = bytes.subarray(start, end);
    let text: string;
    try {
      text = strictUtf8.decode(slice);
      if (hasUtf8Sequence(slice)) utf8Lines.push(line);
    } catch {
      text = windows1252.decode(slice);
    }
    parts.push(text);
    start = end + 1;
    line++;
  }
  return utf8Lines.length > 0 ? { text: parts.join('\n'), utf8Lines } : null;
}

/** Decodes a text file; the BOM is dropped. Throws ImportFileError for binary content. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  const mixed = encoding === 'windows-1252' ? decodeMixedLines(bytes) : null;
  const text = mixed ? mixed.text : new TextDecoder(encoding).decode(bytes);
  if (looksBinary(text)) throw new ImportFileError('ikke_tekst', NOT_TEXT);
  return mixed ? { text, encoding, utf8LinesInWindows1252: mixed.utf8Lines } : { text, encoding };
}
