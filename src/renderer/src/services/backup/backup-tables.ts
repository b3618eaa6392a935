// Which tables a backup holds, in restore order, each with the schema its rows must pass and the
// Norwegian name used in messages and the preview.
import type { z } from 'zod';
import { MunicipalitySchema } from '@renderer/domain/municipality';
import { AppSettingsSchema } from '@renderer/domain/settings';
import { CallSchema } from '@renderer/domain/call';
import { OrganisationSchema } from '@renderer/domain/organisation';
import { ApplicationSchema } from '@renderer/domain/application';
import { ScreeningSchema } from '@renderer/domain/screening';
import { AssessmentSchema } from '@renderer/domain/assessment';
import { ConflictOfInterestSchema } from '@renderer/domain/conflict-of-interest';
import { MeetingSchema } from '@renderer/domain/meeting';
import { DecisionSchema } from '@renderer/domain/decision';
import { LetterSchema } from '@renderer/domain/letter';
import { PaymentSchema } from '@renderer/domain/payment';
import { ReportSchema } from '@renderer/domain/report';
import { AppealSchema } from '@renderer/domain/appeal';
import { AttachmentSchema } from '@renderer/domain/attachment';
import { AcceptanceSchema } from '@renderer/domain/acceptance';
import { RepaymentSchema } from '@renderer/domain/repayment';
import { ChangeLogEntrySchema, entityNameSchema } from '@renderer/domain/change-log';
import { ImportMappingSchema } from '@renderer/domain/import-mapping';
import { PersonSchema } from '@renderer/domain/person';
import { RecommendationSchema } from '@renderer/domain/recommendation';

/** Every logged entity table plus the change log itself: a new table is backed up once it is logged. */
export const BACKUP_TABLES = [...entityNameSchema.options, 'changeLog'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const BACKUP_ROW_SCHEMAS: Record<BackupTable, z.ZodType> = {
  municipalities: MunicipalitySchema,
  settings: AppSettingsSchema,
  calls: CallSchema,
  organisations: OrganisationSchema,
  applications: ApplicationSchema,
  screenings: ScreeningSchema,
  assessments: AssessmentSchema,
  conflicts: ConflictOfInterestSchema,
  meetings: MeetingSchema,
  decisions: DecisionSchema,
  letters: LetterSchema,
  payments: PaymentSchema,
  reports: ReportSchema,
  appeals: AppealSchema,
  // A restored entry keeps its id: the hash chain covers it.
  changeLog: ChangeLogEntrySchema.required({ id: true }),
  importMappings: ImportMappingSchema,
  attachments: AttachmentSchema,
  acceptances: AcceptanceSchema,
  people: PersonSchema,
  recommendations: RecommendationSchema,
  repayments: RepaymentSchema,
};

export const BACKUP_TABLE_LABELS: Record<BackupTable, string> = {
  municipalities: 'Kommuner',
  settings: 'Innstillinger',
  calls: 'Utlysninger',
  organisations: 'Organisasjoner',
  applications: 'Søknader',
  screenings: 'Formelle vurderinger',
  assessments: 'Vurderinger',
  conflicts: 'Inhabilitet',
  meetings: 'Møter',
  decisions: 'Vedtak',
  letters: 'Brev',
  payments: 'Utbetalinger',
  reports: 'Rapporter',
  appeals: 'Klager',
  changeLog: 'Endringslogg',
  importMappings: 'Kolonneoppsett for import',
  attachments: 'Vedlegg',
  acceptances: 'Aksepter',
  people: 'Personer (vurderere)',
  recommendations: 'Innstillinger til møter',
  repayments: 'Tilbakebetalinger',
};

export type BackupRows = Record<BackupTable, Record<string, unknown>[]>;
