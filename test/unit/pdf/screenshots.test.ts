// Writes each letter type (PDF, and page 1 as PNG) to screenshots/letters/ for a person to look at.
// Runs only with LETTER_SCREENSHOTS=1, so ordinary test runs leave the working tree alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { renderPdf } from '@renderer/documents/pdf/render-node';
import { letterInput } from './letter-fixtures';
import { pageOnePng } from './pdf-tools';

const enabled = process.env['LETTER_SCREENSHOTS'] === '1';

describe.runIf(enabled)('letter screenshots', () => {
  it('renders page 1 of every letter type', async () => {
    const out = resolve(import.meta.dirname, '../../../screenshots/letters');
    mkdirSync(out, { recursive: true });
    const cases = [
      ['innvilgelse', letterInput('innvilget')],
      ['delvis-innvilgelse', letterInput('delvis_innvilget', { appliedKr: 250_000, grantedKr: 120_000 })],
      ['avslag', letterInput('avslatt', { justification: 'Kommunen har vurdert søknaden etter kriteriene for ordningen. Sammenlignet med de andre søknadene vurderer vi at tiltaket i mindre grad bidrar til å nå målene for ordningen.' })],
      ['avvisning', letterInput('avvist', { justification: 'Organisasjonen var ikke registrert i Frivillighetsregisteret da søknaden ble behandlet.' })],
      ['innvilgelse-nynorsk', letterInput('innvilget', { language: 'nn', appliedKr: 25_000 })],
    ] as const;
    for (const [name, input] of cases) {
      const bytes = await renderPdf(buildDecisionLetter(input));
      writeFileSync(join(out, `${name}.pdf`), bytes);
      pageOnePng(bytes, out, name);
      expect(bytes.byteLength).toBeGreaterThan(1000);
    }
  }, 60_000);
});
