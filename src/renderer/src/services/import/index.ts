// Saving imported applications: plan (create / update / skip), then commit in one transaction.
export type { ImportRow, ImportRowApplication, ImportRowOrganisation, ImportRowsSource } from './import-row';
export {
  planImport,
  type DuplicatePolicy,
  type ImportPlan,
  type PlanAction,
  type PlannedRow,
  type SkipReason,
} from './plan-import';
export { commitImport, type ImportResult } from './commit-import';
