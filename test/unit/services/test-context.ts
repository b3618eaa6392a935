// A ServiceContext with a fixed clock, predictable ids and a named actor.
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import type { ServiceContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';

export const FIXED_NOW = '2020-03-01T10:00:00.000Z';

export function testContext(
  overrides: Partial<ServiceContext> = {},
): ServiceContext & { db: AppDatabase } {
  let next = 0;
  return {
    db: openDatabase('test'),
    now: () => new Date(FIXED_NOW),
    newId: () => `id-${++next}`,
    actor: () => 'Kari Saksbehandler',
    ...overrides,
  };
}

/** The ValidationError a call rejects with; fails the test if it resolves or throws something else. */
export async function validationErrorOf(promise: Promise<unknown>): Promise<ValidationError> {
  const outcome = await promise.then(
    () => new Error('expected a ValidationError, but the call succeeded'),
    (e: unknown) => e,
  );
  if (!(outcome instanceof ValidationError)) throw outcome;
  return outcome;
}
