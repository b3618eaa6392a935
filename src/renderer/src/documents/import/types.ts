// What reading an import file yields: the rows that can become applications, and the ones that cannot.
import type { Application } from '@renderer/domain/application';
import type { Organisation } from '@renderer/domain/organisation';

/** The organisation as the row describes it; orgnr and kontonummer as bare, MOD11-checked digits. */
export type ImportOrganisation = Pick<Organisation, 'orgnr' | 'name' | 'registeredInFrivillighetsregisteret'> &
  Partial<Pick<Organisation, 'contactPerson' | 'email' | 'phone' | 'accountNumber'>>;

/** The application fields an import sets; budgetLines only when the file has them (JSON). */
export type ImportApplication = Pick<
  Application,
  | 'receivedDate'
  | 'title'
  | 'description'
  | 'kind'
  | 'subGoals'
  | 'targetGroups'
  | 'amountAppliedOre'
  | 'location'
  | 'imdiSameActivity'
  | 'receptionCentre'
> &
  Partial<
    Pick<
      Application,
      | 'externalId'
      | 'totalBudgetOre'
      | 'ineligibleCostsOre'
      | 'budgetLines'
      | 'periodFrom'
      | 'periodTo'
      | 'receptionCentreContact'
    >
  >;

export interface ValidImportRow {
  /** Row number in the file, the header being row 1 (JSON: the n-th søknad is row n + 1). */
  row: number;
  organisation: ImportOrganisation;
  application: ImportApplication;
}

export interface ImportRowError {
  row: number;
  /** The canonical column name, or '' when the problem is the row as a whole. */
  column: string;
  /** The value as it stood in the file. */
  value: string;
  reason: string;
}

export interface ImportPreview {
  rows: ValidImportRow[];
  errors: ImportRowError[];
  /** Data rows in the file, blank rows not counted. */
  totalRows: number;
}

export type ImportFormat = 'csv' | 'xlsx' | 'json';

/** One cell as read: text (CSV), text/number/boolean/Date (XLSX), any JSON value (JSON). */
export type ImportCell = unknown;

/** A file read into a table, before columns are mapped and values parsed. */
export interface ImportTable {
  format: ImportFormat;
  headers: string[];
  /** `problem`: why the record cannot be read at all (e.g. a JSON søknad that is not an object). */
  records: { row: number; cells: ImportCell[]; problem?: string }[];
}

export interface ImportProgressOptions {
  /** Called with the share done, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}
