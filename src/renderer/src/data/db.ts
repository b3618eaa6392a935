// The one IndexedDB database of the app. Schema versions live in ./schema, one file each.
import { Dexie, type EntityTable } from 'dexie';
import type { Municipality } from '@renderer/domain/municipality';
import type { AppSettings } from '@renderer/domain/settings';
import type { Call } from '@renderer/domain/call';
import type { Organisation } from '@renderer/domain/organisation';
import type { Application } from '@renderer/domain/application';
import type { Screening } from '@renderer/domain/screening';
import type { Assessment } from '@renderer/domain/assessment';
import type { ConflictOfInterest } from '@renderer/domain/conflict-of-interest';
import type { Meeting } from '@renderer/domain/meeting';
import type { PersonRow } from '@renderer/domain/person';
import type { Recommendation } from '@renderer/domain/recommendation';
import type { Decision } from '@renderer/domain/decision';
import type { Letter } from '@renderer/domain/letter';
import type { Payment } from '@renderer/domain/payment';
import type { Report } from '@renderer/domain/report';
import type { Appeal } from '@renderer/domain/appeal';
import type { Attachment } from '@renderer/domain/attachment';
import type { Acceptance } from '@renderer/domain/acceptance';
import type { Repayment } from '@renderer/domain/repayment';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import type { ImportMapping } from '@renderer/domain/import-mapping';
import type { ScreeningSummaryRow } from '@renderer/domain/screening/summary-row';
import type { LetterHead } from '@renderer/domain/letter-head';
import type { ApplicationHead } from '@renderer/domain/application-head';
import { SCHEMA_VERSIONS, applySchemaVersions } from './schema';
import { MUNICIPALITIES } from './seed/municipalities';
import { ensureMunicipalities } from './seed/ensure-municipalities';
import { letterHeadsMirror } from './letter-heads-mirror';
import { applicationHeadsMirror } from './application-heads-mirror';

export const DEFAULT_DB_NAME = 'tilskudd-frivillige';

/** Performance mark set when the database is open: the benchmark measures from here. */
export const DB_OPEN_MARK = 'database:apen';
/** Performance mark set right before the program's own indexedDB.open call: first rows count from here. */
export const DB_OPEN_CALL_MARK = 'database:apner';

export class AppDatabase extends Dexie {
  municipalities!: EntityTable<Municipality, 'id'>;
  settings!: EntityTable<AppSettings, 'id'>;
  calls!: EntityTable<Call, 'id'>;
  organisations!: EntityTable<Organisation, 'id'>;
  applications!: EntityTable<Application, 'id'>;
  screenings!: EntityTable<Screening, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  conflicts!: EntityTable<ConflictOfInterest, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  letters!: EntityTable<Letter, 'id'>;
  payments!: EntityTable<Payment, 'id'>;
  reports!: EntityTable<Report, 'id'>;
  appeals!: EntityTable<Appeal, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  acceptances!: EntityTable<Acceptance, 'id'>;
  repayments!: EntityTable<Repayment, 'id'>;
  changeLog!: EntityTable<ChangeLogEntry, 'id'>;
  importMappings!: EntityTable<ImportMapping, 'id'>;
  screeningSummaries!: EntityTable<ScreeningSummaryRow, 'applicationId'>;
  people!: EntityTable<PersonRow, 'id'>;
  recommendations!: EntityTable<Recommendation, 'id'>;
  letterHeads!: EntityTable<LetterHead, 'id'>;
  applicationHeads!: EntityTable<ApplicationHead, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // 'strict': a transaction reports done only once the data is flushed to disk, so a power cut
    // after «lagret» cannot lose it (Chromium's default, 'relaxed', may).
    super(name, { chromeTransactionDurability: 'strict' });
    applySchemaVersions(this, SCHEMA_VERSIONS);
    // letterHeads follows letters in every write (schema v14).
    this.use(letterHeadsMirror);
    // applicationHeads follows applications in every write (schema v18).
    this.use(applicationHeadsMirror);
    // A brand-new database gets the reference data in its creating transaction…
    this.on('populate', (tx) => tx.table('municipalities').bulkAdd(MUNICIPALITIES.map((m) => ({ ...m }))));
    // …and an older one gets whatever was added to the seed since it was created. Not awaited:
    // its transaction is created here, before any other, so reads of municipalities wait for it
    // while the rest of the start-up (settings, the list's first rows) reads on at once.
    this.on('ready', (db) => {
      performance.mark(DB_OPEN_MARK);
      ensureMunicipalities((db as AppDatabase).municipalities).catch((error: unknown) =>
        console.error('[database] could not add missing municipalities', error),
      );
    });
  }
}

export function openDatabase(name: string = DEFAULT_DB_NAME): AppDatabase {
  return new AppDatabase(name);
}

let instance: AppDatabase | undefined;

/** The app-wide database, created on first use. */
export function getDb(): AppDatabase {
  if (!instance) {
    instance = openDatabase();
    // Opened here rather than on the first query, so the mark sits at the open call. A failed open
    // is reported by every query that waits for it, so it is not reported twice here.
    performance.mark(DB_OPEN_CALL_MARK);
    instance.open().catch(() => undefined);
  }
  return instance;
}

/** Closes and forgets the app-wide database (tests, or after restoring a backup). */
export function resetDb(): void {
  instance?.close();
  instance = undefined;
}
