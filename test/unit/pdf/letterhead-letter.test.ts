// A letter built with the letterhead set up in Innstillinger: its names, addresses and signatories
// stand in the document definition, and a logo becomes a pdfmake image in the header.
import { describe, expect, it } from 'vitest';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { LetterheadSchema, effectiveLetterhead, logoFromFile, type Letterhead } from '@renderer/domain/decisions/letterhead';
import { letterInput } from './letter-fixtures';
import { definitionText } from './definition-text';

// A 1×1 PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const stored: Letterhead = LetterheadSchema.parse({
  municipalityName: 'Vik kommune',
  unitName: 'Kultur og inkludering',
  addressLines: ['Postboks 12', '6891 Vik i Sogn'],
  visitingAddress: 'Vikøyri 4',
  phone: '57 69 80 00',
  email: 'post@vik.kommune.no',
  orgnr: '964 968 519',
  caseOfficer: { name: 'Ola Saksbehandler' },
  signatories: [
    { name: 'Randi Leder', title: 'kommunalsjef' },
    { name: 'Per Rådgiver', title: 'rådgiver' },
  ],
});

function footerText(doc: TDocumentDefinitions): string {
  const footer = doc.footer as (page: number, pages: number) => Content;
  return definitionText({ content: footer(1, 2) });
}

function images(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => images(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o['image'] === 'string') out.push(o['image']);
    for (const value of Object.values(o)) if (typeof value === 'object') images(value, out);
  }
  return out;
}

describe('a letter with the stored letterhead', () => {
  it('shows its municipality, unit, address, case officer and both signatories', () => {
    const doc = buildDecisionLetter(letterInput('innvilget', { letterhead: stored }));
    const text = definitionText(doc);
    for (const expected of ['Vik kommune', 'Kultur og inkludering', 'Ola Saksbehandler', 'Randi Leder', 'kommunalsjef', 'Per Rådgiver', 'rådgiver']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Bergen kommune');
    const footer = footerText(doc);
    for (const expected of ['Postboks 12', '6891 Vik i Sogn', 'Besøksadresse Vikøyri 4', '57 69 80 00', 'post@vik.kommune.no', 'Org.nr. 964 968 519']) {
      expect(footer).toContain(expected);
    }
    expect(images(doc.content)).toEqual([]);
  });

  it('prints the municipality’s orgnr in groups of three however it was typed in Innstillinger', () => {
    const doc = buildDecisionLetter(letterInput('innvilget', { letterhead: { ...stored, orgnr: '964968519' } }));
    expect(footerText(doc)).toContain('Org.nr. 964 968 519');
  });

  it('puts the logo in the header as an image when one is set', () => {
    const logo = logoFromFile(PNG);
    if (!logo.ok) throw new Error(logo.error);
    const doc = buildDecisionLetter(letterInput('avslatt', { letterhead: { ...stored, logoDataUrl: logo.dataUrl } }));
    expect(images(doc.content)).toEqual([logo.dataUrl]);
    expect(logo.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
  });

  it('falls back to the starting letterhead when none is stored', () => {
    const municipality = { name: 'Bergen', email: 'post@bergen.kommune.no', phone: '55 56 55 56' };
    expect(effectiveLetterhead(undefined, municipality, 'Kari Nordmann').municipalityName).toBe('Bergen kommune');
    expect(effectiveLetterhead(stored, municipality, 'Kari Nordmann')).toBe(stored);
  });
});

describe('logoFromFile', () => {
  it('takes PNG and JPEG by their first bytes', () => {
    expect(logoFromFile(PNG)).toMatchObject({ ok: true });
    const jpeg = logoFromFile(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    expect(jpeg.ok && jpeg.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
  });

  it('refuses other files and files over 500 kB with a Norwegian message', () => {
    expect(logoFromFile(new TextEncoder().encode('<svg></svg>'))).toEqual({ ok: false, error: 'Logoen må være et PNG- eller JPEG-bilde' });
    const big = new Uint8Array(500 * 1024 + 1);
    big.set(PNG.subarray(0, 8));
    const result = logoFromFile(big);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/for stor .*høyst 500 kB/);
  });
});
