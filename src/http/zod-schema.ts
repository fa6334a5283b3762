import { z } from 'zod';
import { ProblemError } from '../shared/problem.ts';

/**
 * The domain's zod schemas are the one source of a household's shape: the route schema (validation at the edge
 * and the OpenAPI document) is generated from them; refinements JSON Schema cannot say run in `parseWith`.
 */
export const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

export const parseWith = <T extends z.ZodType>(schema: T, value: unknown): z.output<T> => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({ path: `/${i.path.map(String).join('/')}`, message: i.message }));
  throw new ProblemError(400, 'VALIDATION_FAILED', '请求内容不符合要求', `Invalid request: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, { errors });
};
