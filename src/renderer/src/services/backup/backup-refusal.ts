// Why a backup is not restored: thrown while reading, turned into the Norwegian message shown.
export class Refusal extends Error {}
export class NeedsPassword extends Error {}

export const NEEDS_PASSWORD = 'Sikkerhetskopien er kryptert. Skriv inn passordet den ble laget med.';
export const UNREADABLE =
  'Filen kan ikke leses som en sikkerhetskopi. Den er skadet, ufullstendig eller ikke en sikkerhetskopi.';
export const FOREIGN = 'Filen er ikke en sikkerhetskopi fra Tilskudd frivillige.';
export const CHECKSUM =
  'Sikkerhetskopien er skadet eller endret etter at den ble laget: sjekksummen stemmer ikke. Ingenting er gjenopprettet.';
