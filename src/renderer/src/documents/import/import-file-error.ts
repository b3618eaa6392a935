// A problem with the file as a whole (unreadable, wrong type, missing column): nothing in it is imported.
export type ImportFileErrorCode =
  | 'tom'
  | 'for_stor'
  | 'ikke_tekst'
  | 'feil_filtype'
  | 'ukjent_filtype'
  | 'anforselstegn'
  | 'skadet_xlsx'
  | 'ugyldig_json'
  | 'feil_format'
  | 'mangler_kolonne'
  | 'ingen_rader'
  | 'avbrutt';

export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Throws the Norwegian "cancelled" error when the caller has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportFileError('avbrutt', 'Innlesingen ble avbrutt.');
}
