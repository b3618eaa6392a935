// Decides, before anything is written, what each valid row of an import does: create a new
// application, update the one it matches, or be skipped (already there, or twice in the file).
import type { AppDatabase } from '@renderer/data/db';
import { isApplicationEditable, isCallArchived } from '@renderer/domain/workflow';
import { APPLICATION_STATUS_LABELS, lowerFirst } from '@renderer/domain/vocabulary';
import { ValidationError } from '../errors';
import type { ImportRow, ImportRowsSource } from './import-row';
import { ApplicationMatcher, matcherForCall } from './match-applications';

export type DuplicatePolicy = 'skip' | 'update';
export type PlanAction = 'create' | 'update' | 'skip';
export type SkipReason = 'finnes_fra_for' | 'dobbel_i_filen' | 'kan_ikke_endres';

export interface PlannedRow {
  row: ImportRow;
  action: PlanAction;
  /** The application the row matched (update, or skip because it exists). */
  existingApplicationId?: string;
  skipReason?: SkipReason;
  /** Why the row is skipped, in Norwegian, for the list the officer sees. */
  note?: string;
}

export interface ImportPlan {
  callId: string;
  onDuplicate: DuplicatePolicy;
  items: PlannedRow[];
  counts: Record<PlanAction, number>;
}

export interface PlanOptions {
  onDuplicate: DuplicatePolicy;
}

/** The call must exist and take applications. */
export async function assertCallTakesImports(db: AppDatabase, callId: string): Promise<void> {
  const call = await db.calls.get(callId);
  if (!call) throw ValidationError.forField('callId', 'Velg en utlysning som finnes');
  if (isCallArchived(call.status)) {
    throw ValidationError.forField('callId', `Utlysningen «${call.title}» er arkivert og tar ikke imot søknader.`);
  }
}

const keyOf = (row: ImportRow) => ({
  externalId: row.application.externalId,
  orgnr: row.organisation.orgnr,
  title: row.application.title,
});

export async function planImport(
  db: AppDatabase,
  callId: string,
  preview: ImportRowsSource,
  { onDuplicate }: PlanOptions,
): Promise<ImportPlan> {
  return db.transaction('r', db.calls, db.applications, db.organisations, async () => {
    await assertCallTakesImports(db, callId);
    const existing = await matcherForCall(db, callId);
    const inFile = new ApplicationMatcher<ImportRow>();
    const items: PlannedRow[] = [];
    for (const row of preview.rows) {
      items.push(planRow(row, existing, inFile, onDuplicate));
      inFile.add(keyOf(row), row);
    }
    const counts = { create: 0, update: 0, skip: 0 };
    for (const item of items) counts[item.action]++;
    return { callId, onDuplicate, items, counts };
  });
}

function planRow(
  row: ImportRow,
  existing: Awaited<ReturnType<typeof matcherForCall>>,
  inFile: ApplicationMatcher<ImportRow>,
  onDuplicate: DuplicatePolicy,
): PlannedRow {
  const earlier = inFile.find(keyOf(row));
  if (earlier) {
    return {
      row,
      action: 'skip',
      skipReason: 'dobbel_i_filen',
      note: `Samme søknad som på rad ${earlier.row} i filen.`,
    };
  }
  const match = existing.find(keyOf(row));
  if (!match) return { row, action: 'create' };
  const base = { row, existingApplicationId: match.id };
  if (onDuplicate === 'skip') {
    return { ...base, action: 'skip', skipReason: 'finnes_fra_for', note: `Søknaden «${match.title}» er allerede registrert.` };
  }
  if (!isApplicationEditable(match.status)) {
    return {
      ...base,
      action: 'skip',
      skipReason: 'kan_ikke_endres',
      note: `Søknaden «${match.title}» har status «${lowerFirst(APPLICATION_STATUS_LABELS[match.status])}» og kan ikke endres.`,
    };
  }
  return { ...base, action: 'update' };
}
