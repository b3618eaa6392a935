// Small register files for the tests, in the shapes data.brreg.no publishes.
import { bytesToStream } from '@renderer/documents/register';

export const REGISTERED = '910000004';
export const KNOWN_UNREGISTERED = '910000012';
export const OTHER = '910000020';

export function jsonUnit(orgnr: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisasjonsnummer: orgnr,
    navn: `Enhet ${orgnr}`,
    organisasjonsform: { kode: 'FLI', beskrivelse: 'Forening/lag/innretning' },
    registrertIFrivillighetsregisteret: false,
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    forretningsadresse: { adresse: ['Gate 1 {ikke en klamme}'], kommunenummer: '4601', kommune: 'BERGEN' },
    ...patch,
  };
}

export const encode = (text: string) => new TextEncoder().encode(text);

export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = bytesToStream(bytes).pipeThrough(
    new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function gzipStream(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return stream.pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
}
