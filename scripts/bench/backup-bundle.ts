// The program's own backup code, bundled and run inside the page (as the program runs it), for the
// backup bench and the kill test (with a logged write and the test data generator): window.__backup.
import { build } from 'esbuild';

export async function backupBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import './scripts/bench/zod-jitless';
        import { createBackup, inspectBackup, restoreBackup } from './src/renderer/src/services/backup';
        import { getDb } from './src/renderer/src/data/db';
        import { defaultContext } from './src/renderer/src/services/context';
        import { verifyChangeLog } from './src/renderer/src/services/change-log-verify';
        import { createCall } from './src/renderer/src/services/calls';
        import { generateData } from './test/fixtures/generator/applications';
        globalThis.__backup = { createBackup, inspectBackup, restoreBackup, getDb, defaultContext, verifyChangeLog, createCall, generateData };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    tsconfig: 'tsconfig.web.json',
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true', 'import.meta.env.MODE': '"production"' },
    write: false,
  });
  return result.outputFiles[0]!.text;
}
