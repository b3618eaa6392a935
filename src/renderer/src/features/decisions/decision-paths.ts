// Paths of the decisions area: the call's list (?utlysning=<id>) and one application's decision.
import { areaPaths } from '@renderer/components/area-paths';

export const decisionPaths = {
  list: (callId?: string) => (callId ? `${areaPaths.decisions}?utlysning=${encodeURIComponent(callId)}` : areaPaths.decisions),
  decision: (applicationId: string) => `${areaPaths.decisions}/${encodeURIComponent(applicationId)}`,
};

export const CALL_PARAM = 'utlysning';
