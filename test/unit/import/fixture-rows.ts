// A valid import row in canonical columns; each test changes what it is about.
export function validRow(patch: Record<string, string> = {}): Record<string, string> {
  return {
    ekstern_id: 'P-1',
    mottatt: '2020-02-03',
    orgnr: '864139442',
    organisasjon: 'Bergen Røde Kors',
    frivillighetsregisteret: 'ja',
    tittel: 'Norsktrening på biblioteket',
    type: 'enkelttiltak',
    delmal: 'B',
    sokt_belop: '40000',
    ...patch,
  };
}

/** A valid orgnr (mod-11 check digit), different for each `n`, for files with many organisations. */
export function validOrgnr(n: number): string {
  for (let base = 80_000_000 + n * 7; ; base++) {
    const digits = String(base);
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const remainder = sum % 11;
    if (remainder !== 1) return digits + String(remainder === 0 ? 0 : 11 - remainder);
  }
}
