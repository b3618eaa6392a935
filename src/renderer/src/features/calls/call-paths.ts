// Paths of the calls area's sub-pages.
import { areaPaths } from '@renderer/components/area-paths';

export const callPaths = {
  list: areaPaths.calls,
  create: `${areaPaths.calls}/ny`,
  show: (id: string) => `${areaPaths.calls}/${encodeURIComponent(id)}`,
  edit: (id: string) => `${areaPaths.calls}/${encodeURIComponent(id)}/rediger`,
  /** The applications area reads ?utlysning=<id> and lists that call's applications. */
  applications: (id: string) => `${areaPaths.applications}?utlysning=${encodeURIComponent(id)}`,
};
