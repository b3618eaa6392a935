// `npm run bench`: prints speed and size figures of the built program. Run `npm run build` first.
import { existsSync } from 'node:fs';
import { benchStartup } from './bench/startup';
import { benchApplicationList } from './bench/application-list';
import { benchChangeLog } from './bench/change-log';

if (!existsSync('out/renderer/index.html')) {
  console.error('Fant ikke out/renderer. Kjør `npm run build` først.');
  process.exit(1);
}

// --startup-only and --list-only run one half.
if (!process.argv.includes('--list-only')) await benchStartup();
if (!process.argv.includes('--startup-only')) await benchApplicationList();
if (!process.argv.includes('--startup-only') && !process.argv.includes('--list-only')) await benchChangeLog();
