// The people who assess: committee members (utvalgsmedlem, leder) and officers (saksbehandler).
// Nobody is deleted: an inactive person keeps their scores and conflicts on record.
import type { AppDatabase } from '@renderer/data/db';
import { PersonSchema, normalisePersonName, type PersonRole, type PersonRow } from '@renderer/domain/person';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { addLogged, parseRow, putLogged } from '../logged-write';
import { compareNb } from '@renderer/domain/collate';

export interface Person {
  id: string;
  name: string;
  role: 'saksbehandler' | 'utvalgsmedlem' | 'leder';
  active: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => compareNb(a.name, b.name);

/** Everybody, active or not, sorted by name. */
export async function listPeople(db: AppDatabase): Promise<Person[]> {
  const rows = await db.people.toArray();
  return rows.map(({ id, name, role, active }) => ({ id, name, role, active })).sort(byName);
}

export interface PersonInput {
  name: string;
  role: PersonRole;
  active?: boolean;
}

/** One name, one person: a scoring sheet and the minutes name people, so two alike would confuse. */
async function assertNameFree(db: AppDatabase, name: string, exceptId?: string): Promise<void> {
  const wanted = normalisePersonName(name);
  const clash = (await db.people.toArray()).find((p) => p.id !== exceptId && normalisePersonName(p.name) === wanted);
  if (clash) throw ValidationError.forField('name', `Det finnes allerede en person som heter «${clash.name}».`);
}

export async function createPerson(ctx: ServiceContext, input: PersonInput): Promise<PersonRow> {
  const stamp = await resolveStamp(ctx);
  const row = parseRow(PersonSchema, {
    id: ctx.newId(),
    createdAt: stamp.at,
    updatedAt: stamp.at,
    name: input.name,
    role: input.role,
    active: input.active ?? true,
  });
  const { db } = ctx;
  return db.transaction('rw', db.people, db.changeLog, async () => {
    await assertNameFree(db, row.name);
    await addLogged(db, stamp, 'people', row);
    return row;
  });
}

/** Changes name, role or whether the person is active. */
export async function updatePerson(
  ctx: ServiceContext,
  id: string,
  patch: Partial<PersonInput>,
): Promise<PersonRow> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.people, db.changeLog, async () => {
    const before = await db.people.get(id);
    if (!before) throw new EntityNotFoundError('people', id);
    const after = parseRow(PersonSchema, { ...before, ...patch, id, createdAt: before.createdAt, updatedAt: stamp.at });
    if (after.name !== before.name) await assertNameFree(db, after.name, id);
    await putLogged(db, stamp, 'people', before, after);
    return after;
  });
}
