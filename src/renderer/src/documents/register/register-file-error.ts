// A problem with the register file as a whole: nothing from it is applied.
export type RegisterFileErrorCode = 'tom' | 'ikke_registerfil' | 'ugyldig_json' | 'ugyldig_csv' | 'skadet_gzip' | 'avbrutt';

export class RegisterFileError extends Error {
  override readonly name = 'RegisterFileError';
  constructor(
    readonly code: RegisterFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RegisterFileError('avbrutt', 'Innlesingen av registerfilen ble avbrutt.');
}

export const NOT_A_REGISTER_FILE =
  'Filen ser ikke ut som en totalbestand fra Enhetsregisteret. Last ned «Enheter» som JSON (enheter_ÅÅÅÅ-MM-DD.json.gz) ' +
  'eller CSV fra data.brreg.no, og velg den filen.';
