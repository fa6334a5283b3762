import { z } from 'zod';
import { fieldError, finding, toPointer, validationProblem } from '../shared/field-errors.ts';
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
  if (io === 'input') {
    closeObjects(rest);
    sources.set(rest, schema);
  }
  return rest;
};

/**
 * An object of named fields accepts no other field: AJV answers an unknown one as UNKNOWN_FIELD instead of zod
 * dropping it silently (a misspelt `occuredAt` would record the step as happening now). Maps (`additionalProperties`
 * given, e.g. incomes by year) stay open as they are declared.
 */
const closeObjects = (node: unknown, unionBranch = false): void => {
  if (Array.isArray(node)) {
    for (const item of node) closeObjects(item, unionBranch);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as Record<string, unknown>;
  // a union's branches stay open (closed, AJV would report every other branch's fields as unknown); zod judges the
  // branch that matched and names a field it dropped there (`droppedFields`)
  if (!unionBranch && typeof o.properties === 'object' && o.properties !== null && !('additionalProperties' in o) && !('patternProperties' in o)) {
    o.additionalProperties = false;
  }
  for (const [key, value] of Object.entries(o)) closeObjects(value, key === 'anyOf' || key === 'oneOf');
};

/** the zod schema a route schema was generated from by `jsonSchemaOf`, if it was */
export const zodSourceOf = (jsonSchema: unknown): z.ZodType | undefined =>
  typeof jsonSchema === 'object' && jsonSchema !== null ? sources.get(jsonSchema) : undefined;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields of the input that the parsed value dropped: zod strips what an object does not name, and a union keeps
 * the branch that matched, so a key of the input missing from the output at the same place is one nobody asked for.
 */
const droppedFields = (input: unknown, output: unknown, part: RequestPart, path: (string | number)[] = [], found: FieldError[] = []): FieldError[] => {
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, i) => droppedFields(item, output[i], part, [...path, i], found));
  } else if (isPlainObject(input) && isPlainObject(output)) {
    for (const [key, value] of Object.entries(input)) {
      if (!Object.hasOwn(output, key)) found.push(fieldError(part, toPointer([...path, key]), finding.unknownField()));
      else droppedFields(value, output[key], part, [...path, key], found);
    }
  }
  return found;
};

/** every field error zod finds in a value (none: the value is valid), at most MAX_EXAMINED_FINDINGS of them */
export const zodFieldErrors = (schema: z.ZodType, value: unknown, part: RequestPart = 'body'): { errors: FieldError[]; truncated: boolean } => {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success ? { errors: droppedFields(value, parsed.data, part), truncated: false } : fieldErrorsOfZod(parsed.error.issues, part);
};

/** the value as the schema reads it, or 400 VALIDATION_FAILED listing every field error (unknown fields included) */
export const parseWith = <T extends z.ZodType>(schema: T, value: unknown, part: RequestPart = 'body'): z.output<T> => {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) {
    const unknown = droppedFields(value, parsed.data, part);
    if (unknown.length > 0) throw validationProblem(unknown);
    return parsed.data;
  }
  const { errors, truncated } = fieldErrorsOfZod(parsed.error.issues, part);
  throw validationProblem(errors, { truncated });
};
