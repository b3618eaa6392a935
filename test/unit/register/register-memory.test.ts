// 200 000 units streamed through the reader: memory must stay flat, since the real file has over a
// million units. The file is generated on the fly as a stream, never held whole.
import { describe, expect, it } from 'vitest';
import { readRegisterFile } from '@renderer/documents/register';
import { gzipStream } from './register-files';

const UNITS = 200_000;
const LIMIT_MB = 300;

function orgnrOf(i: number): string {
  return String(800_000_000 + i);
}

/** About 600 bytes a unit, like the real file; every tenth one registered. */
function generatedJsonFile(units: number, perChunk = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next >= units) {
        controller.enqueue(encoder.encode('\n]\n'));
        controller.close();
        return;
      }
      const parts: string[] = [];
      for (let n = 0; n < perChunk && next < units; n++, next++) {
        const unit = {
          organisasjonsnummer: orgnrOf(next),
          navn: `Forening nummer ${next} med et "sitat" og {klammer}`,
          organisasjonsform: { kode: 'FLI', beskrivelse: 'Forening/lag/innretning' },
          registreringsdatoEnhetsregisteret: '2001-01-01',
          registrertIMvaregisteret: false,
          naeringskode1: { beskrivelse: 'Aktiviteter i andre interesseorganisasjoner ellers', kode: '94.991' },
          antallAnsatte: 0,
          forretningsadresse: { land: 'Norge', postnummer: '5003', poststed: 'BERGEN', adresse: ['Gate 1'], kommune: 'BERGEN', kommunenummer: '4601' },
          institusjonellSektorkode: { kode: '7000', beskrivelse: 'Ideelle organisasjoner' },
          registrertIForetaksregisteret: false,
          registrertIStiftelsesregisteret: false,
          registrertIFrivillighetsregisteret: next % 10 === 0,
          konkurs: false,
          underAvvikling: false,
          underTvangsavviklingEllerTvangsopplosning: false,
          maalform: 'Bokmål',
        };
        parts.push((next === 0 ? '[\n' : ',\n') + JSON.stringify(unit));
      }
      controller.enqueue(encoder.encode(parts.join('')));
    },
  });
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

describe('reading a big register file', () => {
  it(`streams ${UNITS} gzip-compressed JSON units with heap and rss growth under ${LIMIT_MB} MB`, async () => {
    globalThis.gc?.();
    const start = process.memoryUsage();
    let peakHeap = start.heapUsed;
    let peakRss = start.rss;
    let samples = 0;
    const known = new Set([orgnrOf(1), orgnrOf(199_999)]);
    const result = await readRegisterFile(gzipStream(generatedJsonFile(UNITS)), {
      knownOrgnrs: known,
      onProgress: () => {
        if (++samples % 20 !== 0) return;
        const now = process.memoryUsage();
        peakHeap = Math.max(peakHeap, now.heapUsed);
        peakRss = Math.max(peakRss, now.rss);
      },
    });
    const end = process.memoryUsage();
    peakHeap = Math.max(peakHeap, end.heapUsed);
    peakRss = Math.max(peakRss, end.rss);
    const heapGrowth = mb(peakHeap - start.heapUsed);
    const rssGrowth = mb(peakRss - start.rss);
    console.log(
      `register memory: ${UNITS} units, ${result.units.length} kept, peak heapUsed growth ${heapGrowth} MB, ` +
        `peak rss growth ${rssGrowth} MB (start heap ${mb(start.heapUsed)} MB, rss ${mb(start.rss)} MB)`,
    );
    expect(result.unitsRead).toBe(UNITS);
    expect(result.units).toHaveLength(UNITS / 10 + 2);
    expect(heapGrowth).toBeLessThan(LIMIT_MB);
    expect(rssGrowth).toBeLessThan(LIMIT_MB);
  }, 120_000);
});
