// Errors services throw on purpose; their messages are shown to the officer, so Norwegian.
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path to the field, e.g. "budgetLines.0.amountOre"; "" for the whole input. */
  path: string;
  message: string;
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super(
      issues.length === 1 && issues[0]
        ? issues[0].message
        : `Opplysningene har ${issues.length} feil: ${issues.map((i) => i.message).join('; ')}`,
    );
    this.issues = issues;
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(
      error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }

  static forField(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }

  /** First message per field path: what a form shows under each field. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const i of this.issues) out[i.path] ??= i.message;
    return out;
  }
}

// Not named "NotFoundError": Dexie would wrap an error of that name in its own DexieError.
export class EntityNotFoundError extends Error {
  override readonly name = 'EntityNotFoundError';
  constructor(
    readonly entity: string,
    readonly entityId: string,
  ) {
    super(`Fant ikke ${entity} med id ${entityId}`);
  }
}

/** Same class under its first name, kept for callers that already import it. */
export { EntityNotFoundError as NotFoundError };

/**
 * A write based on a copy of the row that is no longer the stored one: someone saved it elsewhere
 * (another window, a restore) after the officer opened it. Nothing is written; the caller offers to
 * take in the other changes and keeps what the officer typed.
 */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
  constructor(
    readonly entity: string,
    readonly entityId: string,
    /** Fields that differ between the copy read and the stored row (names as stored). */
    readonly changedFields: readonly string[],
  ) {
    super(`${STALE_SUBJECT[entity] ?? 'Opplysningene'} er endret et annet sted etter at du åpnet ${entity in STALE_SUBJECT ? 'den' : 'dem'}.`);
  }
}

const STALE_SUBJECT: Record<string, string> = {
  applications: 'Søknaden',
  calls: 'Utlysningen',
  organisations: 'Organisasjonen',
};
