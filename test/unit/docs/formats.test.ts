// The format documents in docs/formats say what the code reads and writes: same columns, same
// order, same versions. Adding a column to the reader or writer without the document fails here.
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS, autoMapColumns } from '@renderer/documents/import';
import { JSON_FORMAT as IMPORT_JSON_FORMAT } from '@renderer/documents/import/read-json';
import { TEMPLATE_COLUMNS } from '@renderer/documents/import/template';
import { FRAME_COLUMNS, GRANT_COLUMNS, IMDI_JSON_FORMAT, SUMMARY_COLUMNS } from '@renderer/documents/export';
import { BACKUP_FORMAT } from '@renderer/services/backup/backup-format';
import { ENCRYPTED_BACKUP_FORMAT, PBKDF2_ITERATIONS, encryptBackup } from '@renderer/services/backup/backup-crypto';
import { anchorMessage } from '@shared/change-log-anchor';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { firstTable, readDoc, section, tableNames } from './markdown';

describe('docs/formats/soknadsimport.md', () => {
  const doc = readDoc('docs/formats/soknadsimport.md');

  it('lists exactly the columns the reader accepts, in its order', () => {
    expect(tableNames(doc, 'Kolonner')).toEqual([...IMPORT_COLUMNS]);
  });

  it('marks as required exactly the columns the reader requires', () => {
    const required = firstTable(section(doc, 'Kolonner'))
      .filter((row) => row[1]?.startsWith('ja'))
      .map((row) => row[0]!.replace(/`/g, ''));
    expect(required).toEqual([...REQUIRED_COLUMNS]);
  });

  it('lists as other names only headers the reader maps to that column', () => {
    const wrong = firstTable(section(doc, 'Kolonner')).flatMap((row) => {
      const column = row[0]!.replace(/`/g, '');
      const aliases = (row[4] ?? '').split(',').map((a) => a.trim()).filter((a) => a !== '' && a !== '–');
      return aliases.filter((alias) => autoMapColumns([alias])[column as keyof ReturnType<typeof autoMapColumns>] !== alias);
    });
    expect(wrong).toEqual([]);
  });

  it('names the JSON format id the reader checks', () => {
    expect(doc).toContain(`"format": "${IMPORT_JSON_FORMAT}"`);
  });

  it('says which column the templates leave out', () => {
    const left = IMPORT_COLUMNS.filter((c) => !(TEMPLATE_COLUMNS as readonly string[]).includes(c));
    expect(left).toEqual(['budsjettposter']);
    expect(section(doc, 'Søknadsimport').join('\n')).toContain('unntatt `budsjettposter`');
  });
});

describe('docs/formats/imdi-eksport.md', () => {
  const doc = readDoc('docs/formats/imdi-eksport.md');

  it('lists the columns of Tildelinger as the writer writes them', () => {
    expect(tableNames(doc, 'Ark `Tildelinger`')).toEqual([...GRANT_COLUMNS]);
  });

  it('lists the columns of Sammendrag as the writer writes them', () => {
    expect(tableNames(doc, 'Ark `Sammendrag`')).toEqual([...SUMMARY_COLUMNS]);
  });

  it('lists the columns of Ramme as the writer writes them', () => {
    expect(tableNames(doc, 'Ark `Ramme`')).toEqual([...FRAME_COLUMNS]);
  });

  it('names the current JSON format version and has it in the version table', () => {
    expect(doc).toContain(`"format": "${IMDI_JSON_FORMAT}"`);
    expect(tableNames(doc, 'Versjoner')).toContain(IMDI_JSON_FORMAT);
  });
});

describe('docs/formats/sikkerhetskopi.md', () => {
  const doc = readDoc('docs/formats/sikkerhetskopi.md');

  // A new schema version changes the backup's format version: update the document with it.
  it('states the format version the program writes', () => {
    expect(doc).toContain(`Gjeldende formatversjon: **${CURRENT_SCHEMA_VERSION}**.`);
    expect(doc).toContain(`"formatVersion": ${CURRENT_SCHEMA_VERSION},`);
  });

  it('names the format id a restore checks', () => {
    expect(doc).toContain(`"format": "${BACKUP_FORMAT}"`);
  });

  it('describes the encrypted format as the program writes it', async () => {
    const envelope = JSON.parse(
      new TextDecoder().decode(await encryptBackup(new TextEncoder().encode('{}'), 'passord123', 100_000)),
    ) as Record<string, unknown>;
    expect(doc).toContain(`"format": "${ENCRYPTED_BACKUP_FORMAT}"`);
    expect(envelope.format).toBe(ENCRYPTED_BACKUP_FORMAT);
    expect(doc).toContain(`"iterations": ${PBKDF2_ITERATIONS}`);
    expect(doc).toContain(`${PBKDF2_ITERATIONS.toLocaleString('nb-NO').replace(/\s/g, ' ')} runder`);
    for (const key of Object.keys(envelope)) expect(doc).toContain(`"${key}":`);
  });

  it('quotes the text the anchor signs', () => {
    expect(doc).toContain(anchorMessage({ lastId: 1, hash: 'h' }).replace(/:1:h$/, ':<lastId>:<hash>'));
  });
});
