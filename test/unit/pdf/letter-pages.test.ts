// Page layout of every letter kind, in both languages, with short and long organisation names and
// titles, and amounts on both sides of the two-term and audit limits: a section heading never ends
// a page, the payment terms stay on one page with their heading, "(§" never ends a line, and no
// number in the footer is broken over two lines. Read from the rendered PDF with pdftotext -bbox-layout.
// With LETTER_PAGES_DIR set, every page is also written there as PNG for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionOutcome } from '@renderer/domain/decision';
import { DEFAULT_LETTER_TEXTS } from '@renderer/documents/pdf/letter-texts';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import type { LetterLanguage } from '@renderer/domain/settings';
import { letterInput } from './letter-fixtures';
import { writeTemp } from './pdf-tools';

interface Line {
  page: number;
  yMin: number;
  yMax: number;
  text: string;
}

const A4_HEIGHT = 841.89;
/** Bottom page margin: lines below this are the footer. */
const FOOTER_TOP = A4_HEIGHT - 60;

function lines(file: string): Line[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  const out: Line[] = [];
  let page = 0;
  for (const chunk of html.split(/<page /).slice(1)) {
    page += 1;
    for (const m of chunk.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...m[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]!);
      out.push({ page, yMin: Number(m[1]), yMax: Number(m[2]), text: words.join(' ').replace(/&amp;/g, '&') });
    }
  }
  return out;
}

const SHORT = { org: 'Bergen Røde Kors', title: 'Norsktrening på biblioteket' };
const LONG = {
  org: 'Foreningen for somaliske, eritreiske og etiopiske kvinner og familier i Bergen og omegn – Fyllingsdalen lokallag',
  title:
    'Nettverk, språkkafé, leksehjelp og foreldreveiledning for nyankomne familier i bydelene Fyllingsdalen, Laksevåg og Loddefjord gjennom hele året',
};

type Case = { kind: DecisionOutcome; language: LetterLanguage; names: typeof SHORT; appliedKr: number; label: string };
const cases: Case[] = [];
for (const language of ['nb', 'nn'] as const) {
  for (const [nameLabel, names] of [['short', SHORT], ['long', LONG]] as const) {
    for (const kind of ['innvilget', 'delvis_innvilget', 'avslatt', 'avvist'] as const) {
      for (const appliedKr of kind === 'innvilget' ? [25_000, 80_000, 150_000, 250_000] : kind === 'delvis_innvilget' ? [150_000, 300_000] : [80_000]) {
        cases.push({ kind, language, names, appliedKr, label: `${kind}-${language}-${nameLabel}-${appliedKr}` });
      }
    }
  }
}

const rendered = new Map<string, Line[]>();

beforeAll(async () => {
  const pngDir = process.env['LETTER_PAGES_DIR'];
  if (pngDir) mkdirSync(pngDir, { recursive: true });
  for (const c of cases) {
    const base = letterInput(c.kind, { language: c.language, appliedKr: c.appliedKr });
    const input = {
      ...base,
      organisation: { ...base.organisation, name: c.names.org },
      application: { ...base.application, title: c.names.title, periodFrom: '2020-03-01', periodTo: '2020-12-15' },
    };
    const file = writeTemp(await renderPdf(buildDecisionLetter(input)));
    rendered.set(c.label, lines(file));
    if (pngDir) execFileSync('pdftoppm', ['-png', '-r', '60', file, join(pngDir, c.label)]);
  }
}, 240_000);

function headings(language: LetterLanguage): string[] {
  const t = DEFAULT_LETTER_TEXTS[language];
  return [t.purpose, t.reasons, t.conditions, t.payment, t.reporting, t.use, t.changes, t.control, t.appeal, t.access].map((s) => s.heading);
}

describe('letter pages', () => {
  it.each(cases.map((c) => c.label))('%s: no heading ends a page', (label) => {
    const c = cases.find((x) => x.label === label)!;
    const all = rendered.get(label)!;
    const pages = Math.max(...all.map((l) => l.page));
    for (let page = 1; page < pages; page += 1) {
      const body = all.filter((l) => l.page === page && l.yMax < FOOTER_TOP);
      const last = body.reduce((a, b) => (b.yMax > a.yMax ? b : a));
      expect(headings(c.language), `page ${page} ends with «${last.text}»`).not.toContain(last.text);
    }
  });

  it.each(cases.filter((c) => c.kind === 'innvilget' || c.kind === 'delvis_innvilget').map((c) => c.label))(
    '%s: the payment heading and terms are on one page',
    (label) => {
      const c = cases.find((x) => x.label === label)!;
      const t = DEFAULT_LETTER_TEXTS[c.language].payment;
      const all = rendered.get(label)!;
      const pageOf = (start: string) => all.find((l) => l.text.startsWith(start))?.page;
      const heading = all.find((l) => l.text === t.heading)!.page;
      const termLines = [t.springTerm, t.autumnTerm].map(pageOf).filter((p) => p !== undefined);
      const account = all.find((l) => l.text.includes('1234.56.78903'))!.page;
      for (const p of [...termLines, account]) expect(p).toBe(heading);
    },
  );

  it.each(cases.map((c) => c.label))('%s: "(§" never ends a line, and footer numbers stay whole', (label) => {
    const all = rendered.get(label)!;
    for (const l of all) expect(l.text, l.text).not.toMatch(/(\(|^|\s)§§?$/);
    // Each number of the footer stands whole on one line of the footer.
    const footer = all.filter((l) => l.yMin >= FOOTER_TOP).map((l) => l.text.replace(/\u00a0/g, ' '));
    for (const n of ['964 338 531', '55 56 55 56']) expect(footer.some((l) => l.includes(n)), `${n} in ${footer.join(' | ')}`).toBe(true);
  });
});
