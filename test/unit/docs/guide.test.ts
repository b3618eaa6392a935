// The user guide as the program shows it: every screenshot it names is in docs/bilder (and so in
// the build), every section of the year's work is there, and it links nowhere the program cannot go.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingId, renderGuide } from '@renderer/features/help/render-guide';
import { REPO_ROOT, readDoc, relativeLinks } from './markdown';

const markdown = readDoc('docs/brukerveiledning.md');
const pictures = readdirSync(join(REPO_ROOT, 'docs/bilder')).filter((f) => f.endsWith('.png'));
const bundled = Object.fromEntries(pictures.map((f) => [`../docs/bilder/${f}`, `/assets/${f}`]));

describe('docs/brukerveiledning.md', () => {
  const guide = renderGuide(markdown, bundled);

  it('is titled Brukerveiledning and covers the year step by step, with frequent questions', () => {
    expect(guide.title).toBe('Brukerveiledning');
    expect(guide.sections.map((s) => s.text)).toEqual([
      'Kom i gang',
      'Sett opp utlysningen',
      'Ta imot søknader',
      'Formell vurdering',
      'Vurdering og møte',
      'Vedtak og brev',
      'Utbetaling',
      'Rapportering',
      'Tilbakebetaling',
      'Klager',
      'Rapport til IMDi',
      'Sikkerhetskopi og endringslogg',
      'Ofte stilte spørsmål',
    ]);
  });

  it('shows only screenshots that exist, each with a text for those who cannot see it', () => {
    expect(guide.missingImages).toEqual([]);
    const images = [...guide.html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const img of images) {
      expect(img).toMatch(/src="\/assets\/[\w-]+\.png"/);
      expect(img).toMatch(/alt="[^"]{10,}"/);
    }
  });

  it('uses every committed screenshot', () => {
    const used = relativeLinks(markdown).map((l) => l.replace(/^bilder\//, ''));
    expect(pictures.filter((p) => !used.includes(p))).toEqual([]);
  });

  it('links only to its own pictures, which work on GitHub and in the program alike', () => {
    expect(relativeLinks(markdown).filter((l) => !l.startsWith('bilder/'))).toEqual([]);
  });

  it('gives each section a stable id for the table of contents', () => {
    expect(headingId('Ofte stilte spørsmål')).toBe('hjelp-ofte-stilte-sporsmal');
    expect(headingId('Språkkafé i «nabolaget»')).toBe('hjelp-sprakkafe-i-nabolaget');
    for (const s of guide.sections) expect(guide.html).toContain(`<h2 id="${s.id}"`);
  });

  it('names an image it cannot find instead of showing a broken picture silently', () => {
    expect(renderGuide('# T\n\n![Bilde](bilder/finnes-ikke.png)\n', {}).missingImages).toEqual(['bilder/finnes-ikke.png']);
  });
});
