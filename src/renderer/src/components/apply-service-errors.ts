// Puts a service's ValidationError messages under the matching form fields; anything else
// becomes the form's root error so the officer always sees why saving failed.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ValidationError } from '@renderer/services/errors';

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
  console.error(error);
  setError('root', { type: 'server', message: fallbackMessage });
}
