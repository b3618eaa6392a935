// A committee meeting: members, the applications on the agenda, and the minutes.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, optionalTextSchema, requiredTextSchema } from './common';

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
  /** Where the committee meets (v10). */
  place: optionalTextSchema('Møtestedet', 200),
  /** The people present, by id (v10); `members` keeps their names as of the meeting. */
  presentPersonIds: z.array(idSchema, { error: 'De til stede må være en liste' }).optional(),
  /** Index in the agenda where meeting mode resumes (v10). */
  currentIndex: z.number().int().nonnegative().optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;
