// Puts a service's ValidationError messages under the matching form fields; anything else
// becomes the form's root error so the officer always sees why saving failed.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { StaleWriteError, ValidationError } from '@renderer/services/errors';
import { staleWriteText } from '@renderer/i18n/stale-write';

export function applyServiceErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  fallbackMessage: string,
): void {
  if (error instanceof ValidationError) {
    let rest = '';
    for (const [path, message] of Object.entries(error.fieldErrors)) {
      const field = fields.find((f) => f === path);
      if (field) setError(field, { type: 'server', message });
      else rest ||= message;
    }
    if (rest) setError('root', { type: 'server', message: rest });
    return;
  }
  // The notice above the form says what changed and offers to take it in.
  if (error instanceof StaleWriteError) {
    setError('root', { type: 'server', message: `${error.message} ${staleWriteText.useNotice}` });
    return;
  }
  console.error(error);
  setError('root', { type: 'server', message: fallbackMessage });
}
