// Someone who clones the repository can follow every link in the README and the docs: each points
// at a file in the repository, none at a place outside it.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, existsInRepo, readDoc, relativeLinks } from './markdown';

/** Every link target, relative or not, including <autolinks>. */
function allTargets(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
  const inline = [...withoutCode.matchAll(/!?\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]!);
  const auto = [...withoutCode.matchAll(/<([a-z]+:[^>\s]+)>/gi)].map((m) => m[1]!);
  return [...inline, ...auto];
}

const docs = ['README.md', ...readdirSync(join(REPO_ROOT, 'docs'), { recursive: true })
  .map((f) => `docs/${String(f)}`)
  .filter((f) => f.endsWith('.md'))];

describe.each(docs)('%s', (doc) => {
  const markdown = readDoc(doc);

  it('links only inside the repository', () => {
    const outside = allTargets(markdown).filter((t) => /^[a-z]+:/i.test(t) || t.startsWith('/'));
    expect(outside).toEqual([]);
  });

  it('links only to files that exist', () => {
    const from = dirname(resolve(REPO_ROOT, doc));
    const broken = relativeLinks(markdown).filter((t) => {
      const target = resolve(from, t);
      return relative(REPO_ROOT, target).startsWith('..') || !existsInRepo(target);
    });
    expect(broken).toEqual([]);
  });
});

describe('README.md', () => {
  it('links every document in docs/', () => {
    const linked = relativeLinks(readDoc('README.md'));
    expect(docs.filter((d) => d !== 'README.md' && !linked.includes(d))).toEqual([]);
  });
});
