// The municipality's letterhead: who the letter is from, who handles the case, who signs.
import { z } from 'zod';
import { optionalTextSchema, requiredTextSchema } from '../common';
import type { Municipality } from '../municipality';

/** Logos are kept in the settings row and in every backup, so keep them small. */
export const LOGO_MAX_KB = 500;
const LOGO_MAX_BYTES = LOGO_MAX_KB * 1024;
// base64 is 4 characters per 3 bytes, plus the "data:image/jpeg;base64," prefix.
const LOGO_MAX_DATA_URL_LENGTH = Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 40;

const signatorySchema = z.object({
  name: requiredTextSchema('Navnet på den som signerer', 100),
  /** In bokmål; nynorsk letters use `titleNn` when it is given. */
  title: optionalTextSchema('Stillingstittelen', 100),
  titleNn: optionalTextSchema('Stillingstittelen på nynorsk', 100),
});
export type Signatory = z.infer<typeof signatorySchema>;

export const LetterheadSchema = z.object({
  /** As it should stand on the letter, e.g. "Bergen kommune". */
  municipalityName: requiredTextSchema('Kommunenavnet', 100),
  /** The unit, e.g. "Etat for inkludering". */
  unitName: optionalTextSchema('Enheten', 200),
  /** Postal address, one line per entry. */
  addressLines: z
    .array(z.string().trim().max(200, { error: 'En adresselinje kan ha høyst 200 tegn' }))
    .max(4, { error: 'Postadressen kan ha høyst 4 linjer' }),
  /** Visiting address, for the footer. */
  visitingAddress: optionalTextSchema('Besøksadressen', 200),
  phone: optionalTextSchema('Telefonnummeret', 40),
  email: z.email({ error: 'Ugyldig e-postadresse' }).optional(),
  orgnr: optionalTextSchema('Organisasjonsnummeret', 20),
  web: optionalTextSchema('Nettadressen', 200),
  caseOfficer: z.object({
    name: requiredTextSchema('Saksbehandleren', 100),
    phone: optionalTextSchema('Telefonnummeret til saksbehandleren', 40),
    email: z.email({ error: 'Ugyldig e-postadresse' }).optional(),
  }),
  signatories: z
    .array(signatorySchema)
    .min(1, { error: 'Brevet må ha minst én som signerer' })
    .max(2, { error: 'Brevet kan ha høyst to som signerer' }),
  /** A PNG or JPEG as a data URL; optional. */
  logoDataUrl: z
    .string()
    .regex(/^data:image\/(png|jpeg);base64,/, { error: 'Logoen må være PNG eller JPEG' })
    .max(LOGO_MAX_DATA_URL_LENGTH, { error: `Logoen kan være på høyst ${LOGO_MAX_KB} kB` })
    .optional(),
});
export type Letterhead = z.infer<typeof LetterheadSchema>;

/**
 * A starting letterhead from the seeded municipality and the officer; the officer signs. The seeded
 * phone and e-mail belong to the municipality's contact person for the scheme, not to the officer
 * or the municipality's switchboard, so they are left out; the postal address must be filled in.
 */
export function defaultLetterhead(
  municipality: Pick<Municipality, 'name' | 'email' | 'phone'>,
  officerName: string,
): Letterhead {
  return {
    municipalityName: `${municipality.name} kommune`,
    addressLines: [],
    caseOfficer: { name: officerName },
    signatories: [{ name: officerName, title: 'saksbehandler', titleNn: 'saksbehandlar' }],
  };
}

/** The stored letterhead when the municipality has set one up, otherwise the starting one. */
export function effectiveLetterhead(
  stored: Letterhead | undefined,
  municipality: Pick<Municipality, 'name' | 'email' | 'phone'>,
  officerName: string,
): Letterhead {
  return stored ?? defaultLetterhead(municipality, officerName);
}

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; error: string };

/** Checks a chosen logo file by its first bytes (not its name) and size, and makes a data URL. */
export function logoFromFile(bytes: Uint8Array): LogoResult {
  const mime = imageMime(bytes);
  if (!mime) return { ok: false, error: 'Logoen må være et PNG- eller JPEG-bilde' };
  if (bytes.length > LOGO_MAX_BYTES) {
    return { ok: false, error: `Logoen er for stor (${Math.ceil(bytes.length / 1024)} kB). Velg et bilde på høyst ${LOGO_MAX_KB} kB` };
  }
  return { ok: true, dataUrl: `data:${mime};base64,${toBase64(bytes)}` };
}

function imageMime(b: Uint8Array): 'image/png' | 'image/jpeg' | undefined {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  return undefined;
}

// btoa exists in browsers, workers and Node 16+; chunked so big files do not overflow the stack.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Who the letter names as case officer, with their own contact details. */
export interface OfficerDetails {
  officerName: string;
  officerPhone?: string;
  officerEmail?: string;
}

/**
 * The case officer a decision's letter names: the officer who decided it, with that officer's own
 * phone and e-mail (from settings when it is this program's officer, else from the letterhead when
 * the names match). Never the municipality's general contact: someone else's number is no contact.
 */
export function letterCaseOfficer(decidedBy: string, officer: OfficerDetails, letterhead: Letterhead): Letterhead['caseOfficer'] {
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
  const stored = same(letterhead.caseOfficer.name, decidedBy) ? letterhead.caseOfficer : undefined;
  if (same(officer.officerName, decidedBy)) {
    return {
      name: decidedBy,
      ...((officer.officerPhone ?? stored?.phone) ? { phone: officer.officerPhone ?? stored?.phone } : {}),
      ...((officer.officerEmail ?? stored?.email) ? { email: officer.officerEmail ?? stored?.email } : {}),
    };
  }
  return stored ?? { name: decidedBy };
}

/** Letterhead fields a letter cannot be made without, as the names the settings page uses. */
export type MissingLetterheadField = 'postalAddress';

export function missingLetterheadFields(letterhead: Pick<Letterhead, 'addressLines'>): MissingLetterheadField[] {
  return letterhead.addressLines.some((l) => l.trim()) ? [] : ['postalAddress'];
}

/** "Postboks 7700, 5020 Bergen" or lines → address lines (at most 4). */
export function addressLinesFrom(text: string): string[] {
  return text
    .split(/\n|,/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 4);
}
