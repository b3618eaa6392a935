// Paths of the ranked view and meeting mode, inside the «Vurdering og møter» area.
import { areaPaths } from '@renderer/components/area-paths';

export const CALL_PARAM = 'utlysning';

export const meetingPaths = {
  ranking: (callId?: string) =>
    `${areaPaths.assessment}/innstilling${callId ? `?${CALL_PARAM}=${encodeURIComponent(callId)}` : ''}`,
  meetingMode: (meetingId: string) => `${areaPaths.assessment}/mote/${encodeURIComponent(meetingId)}`,
};
