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
