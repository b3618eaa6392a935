// The scheme's words and the formats are defined once, in domain/vocabulary. This test reads the
// source and fails when a label or a format is defined a second time somewhere else, which is how
// «Driftstilskudd» and «Driftsstøtte» came to name the same thing on two pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as terms from '@renderer/domain/vocabulary/terms';
import { lowerFirst, subGoalShort, subGoalWithLetter, SUB_GOAL_NAMES } from '@renderer/domain/vocabulary';

const root = join(import.meta.dirname, '../../../src');
const vocabularyDir = join(root, 'renderer/src/domain/vocabulary');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === vocabularyDir ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

/** The IMDi export's status values are fixed by its documented file format, not by screen labels. */
const EXEMPT = new Set(['renderer/src/domain/imdi-export.ts', 'renderer/src/services/export/map-status.ts']);

const same = (a: string, b: string): boolean => a.toLocaleLowerCase('nb-NO') === b.toLocaleLowerCase('nb-NO');

const maps = Object.entries(terms).filter(
  (entry): entry is [string, Readonly<Record<string, string>>] => typeof entry[1] === 'object',
);

describe('the vocabulary', () => {
  it.each(maps)('%s gives every code its own label', (_name, labels) => {
    const values = Object.values(labels);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value.trim()).toBe(value);
  });

  it('names the sub-goals in the scheme’s words', () => {
    expect(subGoalShort('B')).toBe('Delmål B');
    expect(subGoalWithLetter('C')).toBe('C – Forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse');
    expect(lowerFirst(SUB_GOAL_NAMES.A)).toBe('fellesskap, tillit og tilhørighet i lokalsamfunn');
    expect(terms.APPLICATION_KIND_LABELS.drift).toBe('Driftsstøtte');
  });
});

describe('no second definition outside domain/vocabulary', () => {
  it('no file copies a label map (three or more codes given their labels again)', () => {
    const found: string[] = [];
    for (const { path, text } of files.filter((f) => !EXEMPT.has(f.path))) {
      const pairs = [...text.matchAll(/\b([a-z_]+|[A-C]):\s*'([^'\n]+)'/g)].map((m) => [m[1]!, m[2]!] as const);
      for (const [name, labels] of maps) {
        const copied = new Set(
          pairs
            .filter(([code, value]) => {
              const label = labels[code];
              return label !== undefined && value !== code && same(value, label);
            })
            .map(([code]) => code),
        );
        if (copied.size >= Math.min(3, Object.keys(labels).length)) {
          found.push(`${path}: ${[...copied].join(', ')} (use ${name})`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('no file spells out a label of several words as a literal', () => {
    const long = maps.flatMap(([name, labels]) =>
      Object.values(labels).filter((label) => label.includes(' ')).map((label) => ({ name, label })),
    );
    const found: string[] = [];
    for (const { path, text } of files) {
      if (EXEMPT.has(path)) continue;
      const lower = text.toLocaleLowerCase('nb-NO');
      for (const { name, label } of long) {
        if (lower.includes(`'${label.toLocaleLowerCase('nb-NO')}'`)) {
          found.push(`${path}: '${label}' (use ${name})`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the words that drifted apart are gone', () => {
    const drifted = [
      /Driftstilskudd/i,
      /kvalifisering til arbeid/i,
      /Forebygge negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse'/,
      /tilhørighet i lokalsamfunnet/i,
    ];
    const found = files.flatMap(({ path, text }) =>
      drifted.filter((pattern) => pattern.test(text)).map((pattern) => `${path}: ${pattern.source}`),
    );
    expect(found).toEqual([]);
  });

  it('money, dates and «today» are formatted and read in one place', () => {
    const patterns = [
      /export function format(Money|Kroner|Date|IsoDate|Timestamp)\b/,
      /export function parse(Kroner|Money)\b/,
      /export function (todayIso|today)\b/,
      /function today\(\)/,
      /getFullYear\(\)[^\n]*getMonth\(\)/,
      /NBSP = '\\u00a0'/,
    ];
    const found = files
      .filter(({ path }) => !path.endsWith('domain/oslo-date.ts'))
      .flatMap(({ path, text }) => patterns.filter((p) => p.test(text)).map((p) => `${path}: ${p.source}`));
    expect(found).toEqual([]);
  });
});
