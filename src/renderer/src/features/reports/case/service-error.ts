// A service error as the forms show it: per field where the service named one, else one message.
import { ValidationError } from '@renderer/services/errors';
import { reportsText as t } from '@renderer/i18n/reports';

export interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, general: null };

export function formErrorsOf(e: unknown): FormErrors {
  if (e instanceof ValidationError) {
    const fields = e.fieldErrors;
    const general = fields[''] ?? (Object.keys(fields).length === 0 ? e.message : null);
    return { fields, general };
  }
  console.error(e);
  return { fields: {}, general: e instanceof Error && e.message ? e.message : t.failed };
}
