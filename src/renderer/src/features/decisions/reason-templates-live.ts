// The reason templates as this municipality has them: the standard ones with its edits and its own,
// read live from settings so an edit in Innstillinger shows in the next pick list.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { mergeReasonTemplates, type ReasonTemplate } from '@renderer/domain/decisions/reason-templates';
import { SETTINGS_ID } from '@renderer/domain/settings';

const STANDARD = mergeReasonTemplates(undefined);

export function useReasonTemplates(): ReasonTemplate[] {
  return useLiveQuery(async () => mergeReasonTemplates((await getDb().settings.get(SETTINGS_ID))?.reasonTemplates), [], STANDARD);
}
