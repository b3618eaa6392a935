// Applications of a call by status, counted on the [callId+status] index: no row is read, so the
// counts are there in milliseconds even with thousands of applications.
import type { AppDatabase } from '@renderer/data/db';
import type { ApplicationStatus } from '@renderer/domain/application';
import { APPLICATION_STATUSES } from '@renderer/domain/list-values';

export type StatusCounts = Record<ApplicationStatus, number>;

export async function countApplicationsByStatus(db: AppDatabase, callId: string): Promise<StatusCounts> {
  const counts = await Promise.all(
    APPLICATION_STATUSES.map((status) => db.applications.where('[callId+status]').equals([callId, status]).count()),
  );
  return Object.fromEntries(APPLICATION_STATUSES.map((status, i) => [status, counts[i] ?? 0])) as StatusCounts;
}
