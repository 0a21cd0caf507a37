import { z } from 'zod';

/** A value checked against a schema: the parsed data, or the first problem in words. */
export type EarlyCheck<T> = { ok: true; data: T } | { ok: false; problem: string };

function describeIssue(issue: z.core.$ZodIssue, prefix: (string | number)[]): string {
  const where = [...prefix, ...issue.path].map(String).join('.');
  return where ? `${issue.message} at ${where}` : issue.message;
}

/**
 * Finds the first bad part of `value` without collecting every problem: objects are checked field
 * by field and arrays element by element, stopping at the first that fails. zod reports an issue
 * per bad element, so a crafted 8 MB transcript made 676,000 issues and 600 MB; here one bad element
 * ends the check, and memory stays that of the parsed JSON.
 */
function firstProblem(schema: z.ZodType, value: unknown, at: (string | number)[]): string | null {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault
  ) {
    // An absent value is the wrapper's own business (undefined, null or its default).
    if (value === undefined || value === null) return wrapperProblem(schema, value, at);
    return firstProblem(schema.unwrap() as z.ZodType, value, at);
  }
  if (
    schema instanceof z.ZodObject &&
    value &&
    typeof value === 'object' &&
    !Array.isArray(value)
  ) {
    const record = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const problem = firstProblem(field, record[key], [...at, key]);
      if (problem) return problem;
    }
    return null;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = firstProblem(schema.element as z.ZodType, value[i], [...at, i]);
      if (problem) return problem;
    }
    return null;
  }
  return wrapperProblem(schema, value, at);
}

function wrapperProblem(schema: z.ZodType, value: unknown, at: (string | number)[]): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : describeIssue(result.error.issues[0]!, at);
}

/** Validates like `schema.safeParse`, but stops at the first problem (see firstProblem); a value
 * that passes is then parsed whole, for defaults, unknown keys and whole-object rules. */
export function validateEarly<T>(schema: z.ZodType<T>, value: unknown): EarlyCheck<T> {
  const problem = firstProblem(schema, value, []);
  if (problem) return { ok: false, problem };
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problem: describeIssue(result.error.issues[0]!, []) };
}
