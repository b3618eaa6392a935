// Finds out, from files on disk only, whether Electron's binary has been downloaded.
// Never require('electron') to probe: that tries to download the binary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SKIP_REASON =
  'Electron-binæren er ikke lastet ned på denne maskinen (node_modules/electron/path.txt eller dist/ mangler), så Electron-testene hoppes over.';

export function electronBinaryPresent(root = process.cwd()): boolean {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const relative = readFileSync(pathFile, 'utf8').trim();
  return relative !== '' && existsSync(join(electronDir, 'dist', relative));
}
