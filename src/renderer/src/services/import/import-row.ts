// The rows the import service accepts. Services may not import documents/, so the shape is derived
// from the domain types here too; test/unit/import checks it matches documents/import's ValidImportRow.
import type { Application } from '@renderer/domain/application';
import type { Organisation } from '@renderer/domain/organisation';

export type ImportRowOrganisation = Pick<Organisation, 'orgnr' | 'name' | 'registeredInFrivillighetsregisteret'> &
  Partial<Pick<Organisation, 'contactPerson' | 'email' | 'phone' | 'accountNumber'>>;

export type ImportRowApplication = Pick<
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

export interface ImportRow {
  /** Row number in the file (header = row 1), for listing skipped and matched rows. */
  row: number;
  organisation: ImportRowOrganisation;
  application: ImportRowApplication;
}

/** What planImport needs of a preview: its valid rows. */
export interface ImportRowsSource {
  rows: readonly ImportRow[];
}
