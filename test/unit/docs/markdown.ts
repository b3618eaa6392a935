// Reads the repository's Markdown documents for the tests that keep them true to the code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export function readDoc(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

/** The lines of the section under the first heading that contains `heading`, up to the next heading of the same or higher level. */
export function section(markdown: string, heading: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.includes(heading));
  if (start < 0) throw new Error(`Overskriften «${heading}» finnes ikke`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && new RegExp(`^#{1,${level}} `).test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The rows (without header and separator) of the first table in `lines`, as trimmed cells. */
export function firstTable(lines: readonly string[]): string[][] {
  const start = lines.findIndex((l) => l.trim().startsWith('|'));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    rows.push(line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
  }
  return rows;
}

/** The code names (`like_this`) in the first cell of each row of the section's first table. */
export function tableNames(markdown: string, heading: string): string[] {
  return firstTable(section(markdown, heading)).map((row) => /^`([^`]+)`$/.exec(row[0] ?? '')?.[1] ?? `?${row[0]}`);
}

/** Relative link targets of a Markdown text: [text](target) and ![alt](target), without #anchors. */
export function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1]!)
    .filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#'))
    .map((t) => decodeURI(t.split('#')[0]!));
}

const ROOTS = ['src/', 'test/', 'docs/', 'scripts/', '.ci/', 'resources/'];
const FILE_NAME = /^[\w.-]+\.(ts|tsx|js|json|yml|md)$/;

/**
 * What the text names in backticks as a file of the project: a path from the repository root
 * (src/…, test/…, docs/…) or a bare file name (backup-migrate.ts).
 */
export function mentionedPaths(markdown: string): string[] {
  const found = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!.replace(/[.,:;]+$/, ''));
  // `v<N>.ts` is a pattern for a file to write, not a file.
  const paths = found.filter((p) => !/[<>*]/.test(p) && (ROOTS.some((r) => p.startsWith(r)) || FILE_NAME.test(p)));
  return [...new Set(paths)];
}

let names: Set<string> | undefined;

/** Every file name under the project's folders and at its root. */
function fileNames(): Set<string> {
  if (names) return names;
  names = new Set(readdirSync(REPO_ROOT));
  for (const dir of ['src', 'test', 'docs', 'scripts', '.ci', 'resources']) {
    if (!existsSync(join(REPO_ROOT, dir))) continue;
    for (const entry of readdirSync(join(REPO_ROOT, dir), { recursive: true })) names.add(basename(String(entry)));
  }
  return names;
}

/** A path exists from the root; a bare file name exists somewhere in the project. */
export function existsInRepo(path: string, from = REPO_ROOT): boolean {
  if (path.includes('/')) return existsSync(resolve(from, path.replace(/\/\*\*?$|\/$/, '')));
  return existsSync(resolve(from, path)) || fileNames().has(path);
}

