// Reads the open-data bulk file of Enhetsregisteret (JSON array or CSV, optionally gzip) as a
// stream and keeps only the units the program needs: those registered in Frivillighetsregisteret
// and those whose orgnr belongs to a known organisation. The whole file is never held in memory.
import type { RegisterUnit } from '@renderer/domain/register-unit';
import { CsvRecordReader } from './csv-line-reader';
import { JsonArraySplitter } from './json-array-splitter';
import { NOT_A_REGISTER_FILE, RegisterFileError, throwIfAborted } from './register-file-error';

export interface ReadRegisterOptions {
  /** Orgnr (9 digits) of the organisations in the program; kept even when not registered. */
  knownOrgnrs: ReadonlySet<string>;
  /** The file size, for progress; undefined when unknown. */
  totalBytes?: number;
  /** Bytes read from the file as stored (compressed bytes for a .gz file). */
  onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
  signal?: AbortSignal;
}

export interface RegisterReadResult {
  format: 'json' | 'csv';
  gzip: boolean;
  /** Every unit in the file. */
  unitsRead: number;
  /** The kept units. */
  units: RegisterUnit[];
}

const ORGNR = /^\d{9}$/;

export async function readRegisterFile(
  source: ReadableStream<Uint8Array>,
  options: ReadRegisterOptions,
): Promise<RegisterReadResult> {
  const { signal } = options;
  throwIfAborted(signal);
  const raw = source.getReader();
  const onAbort = () => void raw.cancel().catch(() => undefined);
  signal?.addEventListener('abort', onAbort);
  try {
    const first = await readAtLeast(raw, 2);
    if (first.length === 0) throw new RegisterFileError('tom', 'Registerfilen er tom.');
    const gzip = first[0] === 0x1f && first[1] === 0x8b;
    let bytesRead = 0;
    const counted = new ReadableStream<Uint8Array>({
      start(controller) {
        bytesRead += first.length;
        options.onProgress?.(bytesRead, options.totalBytes);
        controller.enqueue(first);
      },
      async pull(controller) {
        const { done, value } = await raw.read();
        if (done) {
          controller.close();
          return;
        }
        bytesRead += value.length;
        options.onProgress?.(bytesRead, options.totalBytes);
        controller.enqueue(value);
      },
      cancel: (reason) => raw.cancel(reason),
    });
    const bytes = gzip
      ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
      : counted;
    return await parseText(bytes.getReader(), gzip, options);
  } catch (error) {
    // An abort shows up as a failed read; report it as the cancel it is.
    throwIfAborted(signal);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

async function readAtLeast(reader: ReadableStreamDefaultReader<Uint8Array>, count: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

type TextSink = { push(text: string): void; finish(): void };

async function parseText(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  gzip: boolean,
  options: ReadRegisterOptions,
): Promise<RegisterReadResult> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const result: RegisterReadResult = { format: 'json', gzip, unitsRead: 0, units: [] };
  const keep = (unit: RegisterUnit) => {
    result.unitsRead++;
    if (unit.registered || options.knownOrgnrs.has(unit.orgnr)) result.units.push(unit);
  };
  let sink: TextSink | undefined;
  let pending = '';
  const feed = (text: string) => {
    if (sink) {
      sink.push(text);
      return;
    }
    pending += text;
    const firstChar = /[^\s\ufeff]/.exec(pending)?.[0];
    if (firstChar === undefined) return;
    if (firstChar === '{') throw new RegisterFileError('ikke_registerfil', NOT_A_REGISTER_FILE);
    result.format = firstChar === '[' ? 'json' : 'csv';
    sink = result.format === 'json' ? jsonSink(keep) : csvSink(keep);
    const start = pending;
    pending = '';
    sink.push(start);
  };
  for (;;) {
    throwIfAborted(options.signal);
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throwIfAborted(options.signal);
      if (gzip) throw new RegisterFileError('skadet_gzip', 'Den komprimerte registerfilen (.gz) er skadet eller ufullstendig.');
      throw error;
    }
    if (chunk.done) break;
    feed(decode(decoder, chunk.value));
  }
  feed(decode(decoder));
  if (!sink) throw new RegisterFileError('tom', 'Registerfilen er tom.');
  sink.finish();
  return result;
}

function decode(decoder: TextDecoder, bytes?: Uint8Array): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch {
    throw new RegisterFileError('ikke_registerfil', `Filen er ikke tekst i UTF-8. ${NOT_A_REGISTER_FILE}`);
  }
}

function jsonSink(keep: (unit: RegisterUnit) => void): TextSink {
  const splitter = new JsonArraySplitter();
  let seen = 0;
  const onObject = (text: string) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new RegisterFileError('ugyldig_json', `Registerfilen er ikke gyldig JSON (enhet nr. ${seen + 1}).`);
    }
    seen++;
    const unit = unitFromJson(value);
    if (unit) keep(unit);
    // The first unit tells whether this is the register at all.
    else if (seen === 1) throw new RegisterFileError('ikke_registerfil', NOT_A_REGISTER_FILE);
  };
  return {
    push: (text) => splitter.push(text, onObject),
    finish: () => {
      splitter.finish();
      if (seen === 0) throw new RegisterFileError('ikke_registerfil', 'Registerfilen inneholder ingen enheter.');
    },
  };
}

function unitFromJson(value: unknown): RegisterUnit | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  const orgnr = o.organisasjonsnummer;
  if (typeof orgnr !== 'string' || !ORGNR.test(orgnr)) return undefined;
  const address = o.forretningsadresse as Record<string, unknown> | undefined;
  const municipality = address && typeof address === 'object' ? address.kommunenummer : undefined;
  return {
    orgnr,
    name: typeof o.navn === 'string' ? o.navn : '',
    registered: o.registrertIFrivillighetsregisteret === true,
    bankrupt: o.konkurs === true,
    windingUp: o.underAvvikling === true || o.underTvangsavviklingEllerTvangsopplosning === true,
    ...(typeof municipality === 'string' && municipality !== '' ? { municipalityNumber: municipality } : {}),
  };
}

const CSV_COLUMNS = {
  orgnr: 'organisasjonsnummer',
  name: 'navn',
  registered: 'registrertifrivillighetsregisteret',
  bankrupt: 'konkurs',
  windingUp: 'underavvikling',
  forcedWindingUp: 'undertvangsavviklingellertvangsopplosning',
  municipality: 'forretningsadresse.kommunenummer',
} as const;

function csvSink(keep: (unit: RegisterUnit) => void): TextSink {
  const reader = new CsvRecordReader();
  let index: Record<keyof typeof CSV_COLUMNS, number> | undefined;
  let line = 0;
  const onRecord = (fields: string[]) => {
    line++;
    if (!index) {
      const headers = fields.map((h) => h.trim().toLowerCase());
      index = Object.fromEntries(
        Object.entries(CSV_COLUMNS).map(([key, header]) => [key, headers.indexOf(header)]),
      ) as Record<keyof typeof CSV_COLUMNS, number>;
      if (index.orgnr < 0) throw new RegisterFileError('ikke_registerfil', NOT_A_REGISTER_FILE);
      return;
    }
    const at = (i: number) => (i >= 0 ? (fields[i] ?? '').trim() : '');
    const orgnr = at(index.orgnr).replace(/\s/g, '');
    if (!ORGNR.test(orgnr)) {
      throw new RegisterFileError(
        'ugyldig_csv',
        `Linje ${line} i registerfilen har ikke et gyldig organisasjonsnummer («${at(index.orgnr)}»).`,
      );
    }
    const municipality = at(index.municipality);
    keep({
      orgnr,
      name: at(index.name),
      registered: yes(at(index.registered)),
      bankrupt: yes(at(index.bankrupt)),
      windingUp: yes(at(index.windingUp)) || yes(at(index.forcedWindingUp)),
      ...(municipality !== '' ? { municipalityNumber: municipality } : {}),
    });
  };
  return {
    push: (text) => reader.push(text, onRecord),
    finish: () => {
      if (reader.unterminatedQuote) {
        throw new RegisterFileError('ugyldig_csv', 'Registerfilen slutter midt i et felt i anførselstegn (er den ufullstendig?).');
      }
      reader.finish(onRecord);
      if (!index) throw new RegisterFileError('ikke_registerfil', NOT_A_REGISTER_FILE);
    },
  };
}

function yes(value: string): boolean {
  return ['true', 'ja', 'j', '1'].includes(value.toLowerCase());
}

/** A stream over bytes already in memory, in slices (no copies), for the worker and tests. */
export function bytesToStream(bytes: Uint8Array, chunkSize = 1 << 20): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(at, at + chunkSize));
      at += chunkSize;
    },
  });
}
