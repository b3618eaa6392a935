// One zip of many letters. PDFs are already compressed, so they are stored, not deflated:
// the zip is built in milliseconds and no bigger than the letters.
import { zipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** Same names get " (2)", " (3)" … so no letter overwrites another in the archive. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)} (${count})${name.slice(dot)}` : `${name} (${count})`;
  });
}

export function zipLetters(entries: readonly ZipEntry[], at = new Date()): Uint8Array {
  const names = uniqueNames(entries.map((e) => e.name));
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  entries.forEach((entry, i) => {
    files[names[i]!] = [entry.bytes, { level: 0, mtime: at }];
  });
  return zipSync(files);
}
