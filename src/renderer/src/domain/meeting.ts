// A committee meeting: members, the applications on the agenda, and the minutes.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, requiredTextSchema } from './common';

export const MeetingSchema = entityMetaSchema.extend({
  callId: idSchema,
  date: isoDateSchema,
  members: z.array(requiredTextSchema('Medlemmets navn', 100), {
    error: 'Medlemmer må være en liste',
  }),
  agendaApplicationIds: z.array(idSchema, { error: 'Sakslisten må være en liste' }),
  minutes: z
    .string({ error: 'Protokollen må være tekst' })
    .max(100_000, { error: 'Protokollen er for lang' }),
});
export type Meeting = z.infer<typeof MeetingSchema>;
