// Reading the Enhetsregisteret bulk file as a stream: JSON, gzip JSON and CSV, with chunk borders
// anywhere, and a clear Norwegian error for anything else.
import { describe, expect, it } from 'vitest';
import { bytesToStream, readRegisterFile, RegisterFileError } from '@renderer/documents/register';
import { registerFileDateFromName } from '@renderer/domain/register-unit';
import { KNOWN_UNREGISTERED, OTHER, REGISTERED, encode, gzip, jsonUnit } from './register-files';

const known = new Set([KNOWN_UNREGISTERED]);

const JSON_FILE = JSON.stringify(
  [
    jsonUnit(REGISTERED, { registrertIFrivillighetsregisteret: true, navn: 'Sitat "i" navnet \\ og } klamme' }),
    jsonUnit(KNOWN_UNREGISTERED, { konkurs: true, forretningsadresse: undefined }),
    jsonUnit(OTHER),
  ],
  null,
  2,
);

const EXPECTED = [
  {
    orgnr: REGISTERED,
    name: 'Sitat "i" navnet \\ og } klamme',
    registered: true,
    bankrupt: false,
    windingUp: false,
    municipalityNumber: '4601',
  },
  { orgnr: KNOWN_UNREGISTERED, name: `Enhet ${KNOWN_UNREGISTERED}`, registered: false, bankrupt: true, windingUp: false },
];

async function errorOf(promise: Promise<unknown>): Promise<RegisterFileError> {
  const outcome = await promise.then(
    () => new Error('expected a RegisterFileError'),
    (e: unknown) => e,
  );
  if (!(outcome instanceof RegisterFileError)) throw outcome;
  return outcome;
}

describe('readRegisterFile', () => {
  it.each([1, 7, 64, 1 << 20])('keeps registered and known units from a JSON array in chunks of %i bytes', async (size) => {
    const result = await readRegisterFile(bytesToStream(encode(JSON_FILE), size), { knownOrgnrs: known });
    expect(result).toEqual({ format: 'json', gzip: false, unitsRead: 3, units: EXPECTED });
  });

  it('reads a gzip-compressed JSON file and reports progress in compressed bytes', async () => {
    const bytes = await gzip(encode(JSON_FILE));
    const progress: number[] = [];
    const result = await readRegisterFile(bytesToStream(bytes, 100), {
      knownOrgnrs: known,
      totalBytes: bytes.length,
      onProgress: (read) => progress.push(read),
    });
    expect(result).toEqual({ format: 'json', gzip: true, unitsRead: 3, units: EXPECTED });
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it.each([';', ','])('reads a CSV file delimited by "%s" with quoted fields, doubled quotes and line breaks', async (d) => {
    const header = ['organisasjonsnummer', 'navn', 'forretningsadresse.kommunenummer', 'registrertIFrivillighetsregisteret', 'konkurs', 'underAvvikling'];
    const rows = [
      [REGISTERED, `"Lag ${d} forening ""Samhold"""`, '0301', 'true', 'false', 'false'],
      [KNOWN_UNREGISTERED, '"To\r\nlinjer"', '', 'false', 'false', 'true'],
      [OTHER, 'Annen', '4601', 'false', 'false', 'false'],
    ];
    const text = `\ufeff${[header.map((h) => `"${h}"`), ...rows].map((r) => r.join(d)).join('\r\n')}\r\n`;
    for (const size of [3, 1 << 20]) {
      const result = await readRegisterFile(bytesToStream(encode(text), size), { knownOrgnrs: known });
      expect(result).toEqual({
        format: 'csv',
        gzip: false,
        unitsRead: 3,
        units: [
          { orgnr: REGISTERED, name: `Lag ${d} forening "Samhold"`, registered: true, bankrupt: false, windingUp: false, municipalityNumber: '0301' },
          { orgnr: KNOWN_UNREGISTERED, name: 'To\r\nlinjer', registered: false, bankrupt: false, windingUp: true },
        ],
      });
    }
  });

  it('reads a gzip CSV without a final line break', async () => {
    const text = `organisasjonsnummer,navn,registrertIFrivillighetsregisteret\n${REGISTERED},A,true`;
    const result = await readRegisterFile(bytesToStream(await gzip(encode(text))), { knownOrgnrs: new Set() });
    expect(result.units).toEqual([{ orgnr: REGISTERED, name: 'A', registered: true, bankrupt: false, windingUp: false }]);
  });

  it.each([
    ['an empty file', '', 'tom', 'Registerfilen er tom.'],
    ['an API answer', '{"_embedded":{"enheter":[]}}', 'ikke_registerfil', 'Filen ser ikke ut som en totalbestand fra Enhetsregisteret'],
    ['a list of other things', '[{"id":1}]', 'ikke_registerfil', 'Filen ser ikke ut som en totalbestand fra Enhetsregisteret'],
    ['a cut-off JSON file', JSON_FILE.slice(0, 300), 'ugyldig_json', 'Registerfilen er ikke gyldig JSON: filen slutter midt i listen'],
    ['broken JSON inside a unit', '[{"organisasjonsnummer": "910000004",}]', 'ugyldig_json', 'Registerfilen er ikke gyldig JSON'],
    ['a CSV without orgnr column', 'navn;kommune\nA;B\n', 'ikke_registerfil', 'Filen ser ikke ut som en totalbestand'],
    ['a CSV with a bad orgnr', 'organisasjonsnummer;navn\n12345;A\n', 'ugyldig_csv', 'Linje 2 i registerfilen har ikke et gyldig organisasjonsnummer («12345»).'],
  ])('refuses %s with a Norwegian message', async (_what, text, code, message) => {
    const error = await errorOf(readRegisterFile(bytesToStream(encode(text)), { knownOrgnrs: known }));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it('refuses binary data and a damaged gzip file', async () => {
    const binary = await errorOf(readRegisterFile(bytesToStream(new Uint8Array([0xff, 0xfe, 0x00, 0xc3])), { knownOrgnrs: known }));
    expect(binary.message).toContain('ikke tekst i UTF-8');
    const zipped = await gzip(encode(JSON_FILE));
    const damaged = await errorOf(readRegisterFile(bytesToStream(zipped.slice(0, zipped.length / 2)), { knownOrgnrs: known }));
    expect(damaged.code).toBe('skadet_gzip');
  });

  it('stops with "avbrutt" when cancelled', async () => {
    const controller = new AbortController();
    const promise = readRegisterFile(bytesToStream(encode(JSON_FILE), 10), {
      knownOrgnrs: known,
      signal: controller.signal,
      onProgress: (read) => {
        if (read > 50) controller.abort();
      },
    });
    expect((await errorOf(promise)).code).toBe('avbrutt');
  });
});

describe('registerFileDateFromName', () => {
  it('takes the date from the bulk file name', () => {
    expect(registerFileDateFromName('enheter_2020-02-01.json.gz')).toBe('2020-02-01');
    expect(registerFileDateFromName('enheter_2020-02-31.csv')).toBeUndefined();
    expect(registerFileDateFromName('enheter.json')).toBeUndefined();
  });
});
