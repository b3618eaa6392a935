// Brevmal and begrunnelsesmaler in Innstillinger: both live in the settings row, so each save goes
// through updateSettings (validated, change-logged).
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import {
  ReasonTemplateOverrideSchema,
  removeReasonOverride,
  upsertReasonOverride,
  type ReasonTemplateOverride,
} from '@renderer/domain/decisions/reason-templates';
import { SETTINGS_ID, type AppSettings } from '@renderer/domain/settings';
import type { ServiceContext } from './context';
import { updateSettings } from './settings';
import { parseOrThrow } from './validate';

/** Replaces the whole letterhead; a letterhead without logoDataUrl removes the logo. */
export function saveLetterhead(ctx: ServiceContext, letterhead: Letterhead): Promise<AppSettings> {
  return updateSettings(ctx, { letterhead });
}

/** Saves an edited standard template or an own one (new id). */
export async function saveReasonTemplate(ctx: ServiceContext, edit: ReasonTemplateOverride): Promise<AppSettings> {
  const parsed = parseOrThrow(ReasonTemplateOverrideSchema, edit);
  const current = (await ctx.db.settings.get(SETTINGS_ID))?.reasonTemplates;
  return updateSettings(ctx, { reasonTemplates: upsertReasonOverride(current, parsed) });
}

/** Gives a standard template back its standard text, or deletes an own template. */
export async function resetReasonTemplate(ctx: ServiceContext, id: string): Promise<AppSettings> {
  const current = (await ctx.db.settings.get(SETTINGS_ID))?.reasonTemplates;
  return updateSettings(ctx, { reasonTemplates: removeReasonOverride(current, id) });
}
