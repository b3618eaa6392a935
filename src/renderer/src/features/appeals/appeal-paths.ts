// Paths of the appeals area: the list, registering an appeal on a decision, and one appeal.
import { areaPaths } from '@renderer/components/area-paths';

export const appealPaths = {
  list: () => areaPaths.appeals,
  register: (decisionId: string) => `${areaPaths.appeals}/ny/${encodeURIComponent(decisionId)}`,
  appeal: (appealId: string) => `${areaPaths.appeals}/${encodeURIComponent(appealId)}`,
};
