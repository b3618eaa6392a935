// Registering and editing applications and moving them through the case workflow. Every write is
// the application, its change-log row and its screening, in one transaction.
import type { AppDatabase } from '@renderer/data/db';
import {
  ApplicationSchema,
  applicationStatusSchema,
  type Application,
  type ApplicationStatus,
} from '@renderer/domain/application';
import { APPLICATION_STATUS_LABELS, lowerFirst } from '@renderer/domain/vocabulary';
import {
  applicationTransitionProblem,
  isApplicationEditable,
  isCallArchived,
} from '@renderer/domain/workflow';
import { resolveStamp } from './change-log';
import type { ServiceContext } from './context';
import { EntityNotFoundError, ValidationError } from './errors';
import { assertNotStale, type WriteVersion } from './stale-write';
import { addLogged, parseRow, putLogged } from './logged-write';
import { rescreenOrganisationInCall } from './rescreen-related';
import { screeningTables } from './screening';
import { parseOrThrow } from './validate';

type ApplicationFields = Omit<Application, 'id' | 'createdAt' | 'updatedAt' | 'status'>;

/** Fields a new application may leave out, with what they default to. */
const DEFAULTS = {
  description: '',
  targetGroups: [],
  budgetLines: [],
  location: 'norge',
  imdiSameActivity: false,
  receptionCentre: false,
} satisfies Partial<ApplicationFields>;

/** A new application is always 'mottatt'; amounts in øre. */
export type ApplicationInput = Omit<ApplicationFields, keyof typeof DEFAULTS> &
  Partial<Pick<ApplicationFields, keyof typeof DEFAULTS>> & { id?: string };

/** The status changes only through changeApplicationStatus; an undefined key clears that field. */
export type ApplicationPatch = Partial<ApplicationFields>;

/** The call and organisation must exist, and an archived call takes no applications. */
async function assertParentsUsable(db: AppDatabase, app: Application): Promise<void> {
  const [call, organisation] = await Promise.all([
    db.calls.get(app.callId),
    db.organisations.get(app.organisationId),
  ]);
  if (!call) throw ValidationError.forField('callId', 'Velg en utlysning som finnes');
  if (isCallArchived(call.status)) {
    throw ValidationError.forField('callId', `Utlysningen «${call.title}» er arkivert og tar ikke imot endringer.`);
  }
  if (!organisation) throw ValidationError.forField('organisationId', 'Velg en organisasjon som finnes');
}

async function loadApplication(db: AppDatabase, id: string): Promise<Application> {
  const app = await db.applications.get(id);
  if (!app) throw new EntityNotFoundError('applications', id);
  return app;
}

/** Registers an application as 'mottatt' and screens it (and its siblings in the call). */
export async function createApplication(
  ctx: ServiceContext,
  input: ApplicationInput,
): Promise<Application> {
  const stamp = await resolveStamp(ctx);
  const row = parseRow(ApplicationSchema, {
    ...DEFAULTS,
    ...input,
    id: input.id ?? ctx.newId(),
    createdAt: stamp.at,
    updatedAt: stamp.at,
    status: 'mottatt',
  });
  const { db } = ctx;
  return db.transaction('rw', screeningTables(db), async () => {
    await assertParentsUsable(db, row);
    await addLogged(db, stamp, 'applications', row);
    await rescreenOrganisationInCall(ctx, stamp, row.callId, row.organisationId);
    return row;
  });
}

/** Edits an application before it is decided or withdrawn, and re-screens it. */
export async function updateApplication(
  ctx: ServiceContext,
  id: string,
  patch: ApplicationPatch,
  version: WriteVersion = {},
): Promise<Application> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', screeningTables(db), async () => {
    const before = await loadApplication(db, id);
    assertNotStale('applications', before, version);
    if (!isApplicationEditable(before.status)) {
      throw ValidationError.forField(
        '',
        `Søknaden har status «${lowerFirst(APPLICATION_STATUS_LABELS[before.status])}» og kan ikke endres.`,
      );
    }
    const after = parseRow(ApplicationSchema, {
      ...before,
      ...patch,
      id: before.id,
      createdAt: before.createdAt,
      updatedAt: stamp.at,
      status: before.status,
    });
    await assertParentsUsable(db, after);
    await putLogged(db, stamp, 'applications', before, after);
    await rescreenOrganisationInCall(ctx, stamp, after.callId, after.organisationId);
    // Moved to another call or organisation: the ones it left count one fewer.
    if (after.callId !== before.callId || after.organisationId !== before.organisationId) {
      await rescreenOrganisationInCall(ctx, stamp, before.callId, before.organisationId);
    }
    return after;
  });
}

/** Moves an application along the workflow in domain/workflow.ts; refused moves explain themselves. */
export async function changeApplicationStatus(
  ctx: ServiceContext,
  id: string,
  status: ApplicationStatus,
): Promise<Application> {
  const next = parseOrThrow(applicationStatusSchema, status);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', screeningTables(db), async () => {
    const before = await loadApplication(db, id);
    const problem = applicationTransitionProblem(before.status, next);
    if (problem) throw ValidationError.forField('status', problem);
    const after: Application = { ...before, status: next, updatedAt: stamp.at };
    await putLogged(db, stamp, 'applications', before, after);
    // Withdrawn applications do not count against a local limit per organisation.
    if (before.status === 'trukket' || next === 'trukket') {
      await rescreenOrganisationInCall(ctx, stamp, after.callId, after.organisationId);
    }
    return after;
  });
}
