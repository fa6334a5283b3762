import { escapePointerToken, fieldError, finding, validationProblem } from '../shared/field-errors.ts';
import type { FieldError } from '../shared/field-errors.ts';
import { allAjvFieldErrors } from './ajv-errors.ts';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { Type } from 'typebox';

/** global feed positions and stream revisions: any safe integer */
export const MAX_POSITION = Number.MAX_SAFE_INTEGER;
/** offsets into a list: far more than any jurisdiction holds, small enough that offset + limit stays exact */
export const MAX_OFFSET = 1_000_000_000;

/**
 * The numeric query parameters of every route, from one place. Each has a minimum and a maximum: the route guard
 * below refuses at start-up a numeric query parameter without them, and answers anything but a decimal integer in
 * that range with 400 VALIDATION_FAILED (one field error: NOT_AN_INTEGER, WRONG_TYPE or OUT_OF_RANGE) before the
 * schema is applied.
 */
export const offsetParam = Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: `items to skip (0–${MAX_OFFSET})` });
export const limitParam = (maximum: number, defaultValue: number) =>
  Type.Integer({ minimum: 1, maximum, default: defaultValue, description: `items per page (1–${maximum}, default ${defaultValue})` });
export const positionParam = (description: string) => Type.Integer({ minimum: 0, maximum: MAX_POSITION, description });
/** offset and limit of the lists of households, designations, worklists and monitoring cases */
export const pageParams = { offset: offsetParam, limit: limitParam(500, 100) };

interface NumericParam {
  name: string;
  integer: boolean;
  minimum?: number;
  maximum?: number;
}

interface PropertySchema {
  type?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

const isNumericType = (type: unknown): type is 'integer' | 'number' => type === 'integer' || type === 'number';
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * The integer and number properties of an object schema (its top level). With `bounded`, one without a finite
 * minimum and maximum is a programming error: thrown at start-up, naming the route.
 */
export const numericParamsOf = (schema: unknown, route: string, bounded = true): NumericParam[] => {
  if (typeof schema !== 'object' || schema === null) return [];
  const properties = (schema as { properties?: unknown }).properties;
  if (typeof properties !== 'object' || properties === null) return [];
  const params: NumericParam[] = [];
  for (const [name, value] of Object.entries(properties as Record<string, PropertySchema>)) {
    const types = Array.isArray(value.type) ? value.type : [value.type];
    const numeric = types.find(isNumericType);
    if (!numeric) continue;
    const { minimum, maximum } = value;
    if (bounded && (!finite(minimum) || !finite(maximum))) {
      throw new Error(`${route}: query parameter ${name} needs a finite minimum and maximum (src/http/query-params.ts)`);
    }
    params.push({ name, integer: numeric === 'integer', minimum: finite(minimum) ? minimum : undefined, maximum: finite(maximum) ? maximum : undefined });
  }
  return params;
};

const INTEGER = /^-?\d{1,16}$/;
const DECIMAL = /^-?\d{1,16}(\.\d{1,16})?$/;

type Part = 'query' | 'body';

/** one field error in the format of every validation error (src/shared/field-errors.ts): 400 VALIDATION_FAILED */
const invalidField = (p: NumericParam, part: Part, n?: number): FieldError => {
  const at = `/${escapePointerToken(p.name)}`;
  if (n !== undefined && p.minimum !== undefined && n < p.minimum) return fieldError(part, at, finding.outOfRange('>=', p.minimum));
  if (n !== undefined && p.maximum !== undefined && n > p.maximum) return fieldError(part, at, finding.outOfRange('<=', p.maximum));
  return fieldError(part, at, p.integer ? finding.notAnInteger() : finding.wrongType(['number']));
};

/**
 * A value as sent, before the schema coerces it: in a query, one decimal number in range (not 1e309, Infinity,
 * 0x10, 1.5 for an integer, nor given twice); in a JSON body a number is left to the schema (which refuses a
 * non-finite one), a string must be such a decimal.
 */
export const numericParamError = (p: NumericParam, raw: unknown, part: Part = 'query'): FieldError | null => {
  if (raw === undefined || (part === 'body' && typeof raw !== 'string')) return null;
  if (typeof raw !== 'string' || !(p.integer ? INTEGER : DECIMAL).test(raw)) return invalidField(p, part);
  const n = Number(raw);
  if (!Number.isFinite(n) || (p.integer && !Number.isSafeInteger(n))) return invalidField(p, part);
  if ((p.minimum !== undefined && n < p.minimum) || (p.maximum !== undefined && n > p.maximum)) return invalidField(p, part, n);
  return null;
};

type Hook = (request: FastifyRequest) => Promise<void>;

const prepend = (existing: RouteOptions['preValidation'], hook: Hook): RouteOptions['preValidation'] =>
  // a new array: the GET route's options are shared with its HEAD sibling
  [hook, ...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing])] as RouteOptions['preValidation'];

/**
 * Ajv (as Fastify configures it) coerces the string "1e309" or "Infinity" to Infinity, and then skips every number
 * keyword (minimum, maximum) for a value that is not finite: a limit of Infinity would pass, and a webhook's
 * `"after": "1e309"` would be recorded as null. So each route with numeric query parameters (or top-level numeric
 * body fields) checks their raw text first, against the bounds its own schema states. Every numeric query
 * parameter must state both bounds: a route without them does not start.
 */
export const registerNumericGuard = (app: FastifyInstance): void => {
  app.addHook('onRoute', (route: RouteOptions) => {
    const name = `${String(route.method)} ${route.url}`;
    const query = numericParamsOf(route.schema?.querystring, name);
    const body = numericParamsOf(route.schema?.body, name, false);
    if (query.length === 0 && body.length === 0) return;
    const order = Object.keys((route.schema?.querystring as { properties?: object } | undefined)?.properties ?? {});
    route.preValidation = prepend(route.preValidation, async (request) => {
      const errors: FieldError[] = [];
      if (query.length > 0) {
        const q = request.query as Record<string, unknown>;
        for (const p of query) {
          const e = numericParamError(p, q[p.name], 'query');
          if (e) errors.push(e);
        }
        if (errors.length > 0) {
          // every wrong parameter at once: the others as the schema judges them, in the schema's order
          const others = Object.fromEntries(Object.entries(q).filter(([k]) => !query.some((p) => p.name === k)));
          errors.push(...(allAjvFieldErrors(route.schema?.querystring as object, others, 'query')?.errors ?? []).filter((e) => e.code !== 'REQUIRED'));
          errors.sort((a, b) => order.indexOf(a.pointer.slice(1)) - order.indexOf(b.pointer.slice(1)));
        }
      }
      if (body.length > 0 && typeof request.body === 'object' && request.body !== null) {
        const b = request.body as Record<string, unknown>;
        for (const p of body) {
          const e = numericParamError(p, b[p.name], 'body');
          if (e) errors.push(e);
        }
      }
      if (errors.length > 0) throw validationProblem(errors);
    });
  });
};
