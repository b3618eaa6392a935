// Parses service input with a schema; bad input becomes a ValidationError with Norwegian messages.
import type { z } from 'zod';
import { norwegianErrorMap } from '@renderer/domain/zod-nb';
import { ValidationError } from './errors';

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: norwegianErrorMap });
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}
