// One row of an application import (docs/formats/soknadsimport.md) once read and checked:
// documents/import produces it, services/import saves it.
import type { Application } from './application';
import type { Organisation } from './organisation';

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
