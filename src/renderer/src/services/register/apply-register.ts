// Applies a read Enhetsregisteret bulk file to the known organisations: registration (R1), konkurs
// and avvikling, the file's date as the check date; change-log rows and R1 re-screening, all in one
// transaction, so a failure changes nothing.
import type { Application } from '@renderer/domain/application';
import type { Organisation } from '@renderer/domain/organisation';
import { CheckedOrganisationSchema } from '@renderer/domain/organisation-checked';
import { registerFileDateSchema, type RegisterUnit } from '@renderer/domain/register-unit';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { parseRow, putLogged, sameJson } from '../logged-write';
import { rescreenOpen } from '../rescreen-related';
import { screeningTables } from '../screening';
import { ValidationError } from '../errors';

export interface ApplyRegisterInput {
  /** The kept units from the file (readRegisterFile). */
  units: readonly RegisterUnit[];
  /** The register file's date (YYYY-MM-DD), from its name or entered by the officer. */
  fileDate: string;
}

export interface ApplyRegisterResult {
  /** Known organisations found in the file. */
  checked: number;
  /** Were not registered, now are. */
  nowRegistered: number;
  /** Were registered, now are not. */
  noLongerRegistered: number;
  /** Found with konkurs or under avvikling. */
  flagged: number;
  /** Known organisations whose orgnr is not in the file: left as they were. */
  notFound: number;
  /** Left as they were because the officer checked manually after the file's date. */
  newerManualCheck: number;
  /** Organisations whose row changed. */
  updated: number;
  /** Screenings that changed. */
  rescreened: number;
}

/** The fields the file decides. */
function fromRegister(before: Organisation, unit: RegisterUnit, fileDate: string): Organisation {
  return {
    ...before,
    registeredInFrivillighetsregisteret: unit.registered,
    registryCheckedAt: fileDate,
    registrySource: 'enhetsregisteret',
    registryFileDate: fileDate,
    bankrupt: unit.bankrupt,
    windingUp: unit.windingUp,
  };
}

/** A manual answer (or one from before sources were kept) dated after the file wins over the file. */
function hasNewerManualCheck(org: Organisation, fileDate: string): boolean {
  return org.registrySource !== 'enhetsregisteret' && org.registryCheckedAt !== undefined && org.registryCheckedAt > fileDate;
}

export async function applyRegister(ctx: ServiceContext, input: ApplyRegisterInput): Promise<ApplyRegisterResult> {
  const date = registerFileDateSchema.safeParse(input.fileDate);
  if (!date.success) throw ValidationError.forField('fileDate', 'Oppgi registerfilens dato (ÅÅÅÅ-MM-DD)');
  const fileDate = date.data;
  const byOrgnr = new Map(input.units.map((u) => [u.orgnr, u]));
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', screeningTables(db), async () => {
    const result: ApplyRegisterResult = {
      checked: 0,
      nowRegistered: 0,
      noLongerRegistered: 0,
      flagged: 0,
      notFound: 0,
      newerManualCheck: 0,
      updated: 0,
      rescreened: 0,
    };
    const toRescreen: Application[] = [];
    for (const before of await db.organisations.toArray()) {
      const unit = byOrgnr.get(before.orgnr);
      if (!unit) {
        result.notFound++;
        continue;
      }
      if (hasNewerManualCheck(before, fileDate)) {
        result.newerManualCheck++;
        continue;
      }
      result.checked++;
      if (unit.bankrupt || unit.windingUp) result.flagged++;
      if (unit.registered && !before.registeredInFrivillighetsregisteret) result.nowRegistered++;
      if (!unit.registered && before.registeredInFrivillighetsregisteret) result.noLongerRegistered++;
      const candidate = fromRegister(before, unit, fileDate);
      if (sameJson(candidate, before)) continue;
      const after = parseRow(CheckedOrganisationSchema, { ...candidate, updatedAt: stamp.at });
      await putLogged(db, stamp, 'organisations', before, after);
      result.updated++;
      toRescreen.push(...(await db.applications.where('organisationId').equals(before.id).toArray()));
    }
    result.rescreened = await rescreenOpen(ctx, stamp, toRescreen);
    return result;
  });
}
