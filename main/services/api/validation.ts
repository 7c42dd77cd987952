import type { z } from 'zod';
import { IlotApiError, type FieldIssue } from '../../../models/api/errors';

/** Validates an input against its schema, turning zod issues into field-path messages. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, callName: string): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  throw new IlotApiError({
    code: 'validation',
    message: `Invalid input for ${callName}: ${first.path ? `${first.path}: ` : ''}${first.message}`,
    issues,
  });
}
