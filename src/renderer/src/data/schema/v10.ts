// Version 10: recommendations (innstilling). The officer's proposed amount per application of a
// call, and the committee's recommendation per application from a meeting. Meetings gain a
// place, the people present and where meeting mode resumes: optional fields, nothing to convert.
import type { SchemaVersion } from './schema-version';

export const v10: SchemaVersion = {
  version: 10,
  stores: {
    recommendations: 'id, callId, applicationId, meetingId, [callId+applicationId]',
  },
};
