// Writes a batch of files into a new folder inside the one the user picked. Names are cleaned and
// made unique, and every path is checked to stay inside that folder.
import { mkdir } from 'node:fs/promises';
import { writeFileDurably } from './durable-write';
import { join, relative, isAbsolute } from 'node:path';
import type { NamedFile } from '@shared/platform';
import { uniqueFileNames } from '@shared/unique-file-names';
import { sanitizeFileName } from './sanitize-file-name';

/** Writes `files` into `<parent>/<folderName>` and returns that folder's path. */
export async function writeFilesToFolder(parent: string, folderName: string, files: readonly NamedFile[]): Promise<string> {
  const folder = join(parent, sanitizeFileName(folderName, 'filer'));
  await mkdir(folder, { recursive: true });
  const names = uniqueFileNames(files.map((f) => sanitizeFileName(f.name)));
  for (const [i, file] of files.entries()) {
    const path = join(folder, names[i]!);
    const inside = relative(folder, path);
    if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`Ugyldig filnavn: ${file.name}`);
    await writeFileDurably(path, file.bytes);
  }
  return folder;
}
