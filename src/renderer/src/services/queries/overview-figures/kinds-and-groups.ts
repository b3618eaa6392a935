// Applications of a call per kind (R5) and per target group (R4). An application names one kind
// but may name several target groups, so the target-group counts can add up to more than the
// number of applications. Withdrawn applications are left out, as in the budget.
import type { Application, ApplicationKind, TargetGroup } from '@renderer/domain/application';

export const KINDS: readonly ApplicationKind[] = ['prosjekt', 'enkelttiltak', 'aktivitet', 'drift'];
export const TARGET_GROUPS: readonly TargetGroup[] = ['flyktninger', 'arbeidsinnvandrere', 'familieinnvandrere', 'mottak', 'lokalbefolkning'];

export interface KindAndGroupCounts {
  byKind: Record<ApplicationKind, number>;
  byTargetGroup: Record<TargetGroup, number>;
}

export function countKindsAndGroups(applications: readonly Pick<Application, 'kind' | 'targetGroups' | 'status'>[]): KindAndGroupCounts {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<ApplicationKind, number>;
  const byTargetGroup = Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;
  for (const app of applications) {
    if (app.status === 'trukket') continue;
    byKind[app.kind]++;
    for (const group of new Set(app.targetGroups)) byTargetGroup[group]++;
  }
  return { byKind, byTargetGroup };
}
