// Poppler on rendered bytes: text, document info, fonts, and a PNG of page 1 to look at.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'letters-'));
let n = 0;

export function writeTemp(bytes: Uint8Array): string {
  const file = join(dir, `letter-${++n}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Text in reading order with line breaks and hyphenation undone, spaces normalised. */
export function pdfText(bytes: Uint8Array): string {
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', writeTemp(bytes), '-'], { encoding: 'utf8' });
  return raw.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

export function pdfInfo(bytes: Uint8Array, ...args: string[]): string {
  return execFileSync('pdfinfo', [...args, writeTemp(bytes)], { encoding: 'utf8' });
}

export function pdfFonts(bytes: Uint8Array): string {
  return execFileSync('pdffonts', [writeTemp(bytes)], { encoding: 'utf8' });
}

/** Page 1 as `<outDir>/<name>.png` at 60 dpi. */
export function pageOnePng(bytes: Uint8Array, outDir: string, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', writeTemp(bytes), join(outDir, name)]);
}
