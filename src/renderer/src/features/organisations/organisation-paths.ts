// Paths of the organisations area's sub-pages.
import { areaPaths } from '@renderer/components/area-paths';

export const organisationPaths = {
  list: areaPaths.organisations,
  create: `${areaPaths.organisations}/ny`,
  show: (id: string) => `${areaPaths.organisations}/${encodeURIComponent(id)}`,
  edit: (id: string) => `${areaPaths.organisations}/${encodeURIComponent(id)}/rediger`,
  application: (id: string) => `${areaPaths.applications}/${encodeURIComponent(id)}`,
  call: (id: string) => `${areaPaths.calls}/${encodeURIComponent(id)}`,
};
