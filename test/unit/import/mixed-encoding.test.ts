// A CSV that is Windows-1252 (Excel) with a few UTF-8 lines pasted in: each line is read in its own
// encoding, so «Bergen Røde Kors» never becomes «Bergen RÃ¸de Kors», and the officer is told which lines.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '@renderer/documents/import';
import { decodeText } from '@renderer/documents/import/decode-text';

/** Windows-1252 bytes for Latin-1 text (æøå are single bytes there). */
function cp1252(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}
const utf8 = (text: string): number[] => Array.from(new TextEncoder().encode(text));

const HEADER = 'Organisasjonsnummer;Organisasjon;Tittel\n';

function mixedFile(): Uint8Array {
  return Uint8Array.from([
    ...cp1252(HEADER),
    ...cp1252('864139442;Bergen Røde Kors;Språkkafé\n'),
    ...utf8('971436514;Ålesund Frivilligsentral;Leksehjelp for små og store\n'),
    ...cp1252('986186839;Tromsø Idrettslag;Fotball på tvers\n'),
  ]);
}

describe('mixed encodings in one CSV', () => {
  it('decodes each line in its own encoding and names the UTF-8 lines', () => {
    const decoded = decodeText(mixedFile());
    expect(decoded.text).toContain('Bergen Røde Kors');
    expect(decoded.text).toContain('Ålesund Frivilligsentral;Leksehjelp for små og store');
    expect(decoded.text).toContain('Tromsø Idrettslag');
    expect(decoded.text).not.toMatch(/Ã/);
    expect(decoded.utf8LinesInWindows1252).toEqual([3]);
  });

  it('warns the officer with the line, and the table keeps the right letters', async () => {
    const table = await readImportFile({ name: 'soknader.csv', bytes: mixedFile() });
    expect(table.warnings).toHaveLength(1);
    expect(table.warnings?.[0]).toContain('linje 3 er UTF-8');
    expect(table.records.map((r) => r.cells[1])).toEqual(['Bergen Røde Kors', 'Ålesund Frivilligsentral', 'Tromsø Idrettslag']);
  });

  it('says nothing for a file in one encoding', async () => {
    const plain = Uint8Array.from([...cp1252(HEADER), ...cp1252('864139442;Bergen Røde Kors;Språkkafé\n')]);
    expect(decodeText(plain).utf8LinesInWindows1252).toBeUndefined();
    expect((await readImportFile({ name: 'a.csv', bytes: plain })).warnings).toBeUndefined();
    const allUtf8 = Uint8Array.from(utf8(`${HEADER}864139442;Bergen Røde Kors;Språkkafé\n`));
    expect((await readImportFile({ name: 'b.csv', bytes: allUtf8 })).warnings).toBeUndefined();
  });
});
