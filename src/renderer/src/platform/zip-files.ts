// One zip of many files, for the browser's "save these files" (a download cannot make a folder).
// PDFs are already compressed, so files are stored, not deflated: fast and no bigger.
import { zipSync } from 'fflate';
import { uniqueFileNames } from '@shared/unique-file-names';
import type { NamedFile } from '@shared/platform';

export function zipFiles(files: readonly NamedFile[], at = new Date()): Uint8Array {
  const names = uniqueFileNames(files.map((f) => f.name));
  const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  files.forEach((file, i) => {
    entries[names[i]!] = [file.bytes, { level: 0, mtime: at }];
  });
  return zipSync(entries);
}
