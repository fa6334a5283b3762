import { z } from 'zod';
import { validationProblem } from '../shared/field-errors.ts';
import type { FieldError, RequestPart } from '../shared/field-errors.ts';
import { fieldErrorsOfZod } from './zod-issues.ts';

/** the zod schema each generated route schema came from, so a body AJV refuses can be judged by the whole schema */
const sources = new WeakMap<object, z.ZodType>();

/**
 * The domain's zod schemas are the one source of a household's shape: the route schema (validation at the edge
 * and the OpenAPI document) is generated from them; refinements JSON Schema cannot say run in `parseWith`.
 */
export const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  if (io === 'input') sources.set(rest, schema);
  return rest;
};

/** the zod schema a route schema was generated from by `jsonSchemaOf`, if it was */
export const zodSourceOf = (jsonSchema: unknown): z.ZodType | undefined =>
  typeof jsonSchema === 'object' && jsonSchema !== null ? sources.get(jsonSchema) : undefined;

/** every field error zod finds in a value (none: the value is valid), at most MAX_EXAMINED_FINDINGS of them */
export const zodFieldErrors = (schema: z.ZodType, value: unknown, part: RequestPart = 'body'): { errors: FieldError[]; truncated: boolean } => {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success ? { errors: [], truncated: false } : fieldErrorsOfZod(parsed.error.issues, part);
};

/** the value as the schema reads it, or 400 VALIDATION_FAILED listing every field error */
export const parseWith = <T extends z.ZodType>(schema: T, value: unknown, part: RequestPart = 'body'): z.output<T> => {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const { errors, truncated } = fieldErrorsOfZod(parsed.error.issues, part);
  throw validationProblem(errors, { truncated });
};
