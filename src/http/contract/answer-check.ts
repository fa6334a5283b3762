import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';

/** an answer that is not what its route declares */
export interface AnswerViolation {
  route: string;
  status: number;
  problem: string;
}

const RAW = Symbol('answer as the handler gave it');

declare module 'fastify' {
  interface FastifyRequest {
    [RAW]?: unknown;
  }
}

type Hook = (request: FastifyRequest, reply: FastifyReply, payload: unknown) => Promise<unknown>;

const append = (existing: RouteOptions['onSend'] | RouteOptions['preSerialization'], hook: Hook) =>
  [...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]), hook];

/** the first place two JSON values differ, as a JSON Pointer, or null */
export const firstDifference = (a: unknown, b: unknown, at = ''): string | null => {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return at || '/';
  if (Array.isArray(a) !== Array.isArray(b)) return at || '/';
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    const d = firstDifference(ao[key], bo[key], `${at}/${key}`);
    if (d !== null) return d;
  }
  return null;
};

interface Declared {
  schema: unknown;
  media: string | null;
}

/** the schema a route declares for a status and media type (a content map, or a plain JSON schema) */
const declaredFor = (response: Record<string, unknown> | undefined, status: number, contentType: string): Declared | undefined => {
  const entry = response?.[String(status)] as Record<string, unknown> | undefined;
  if (!entry) return undefined;
  const media = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const content = entry.content as Record<string, { schema: unknown }> | undefined;
  if (content) {
    const c = content[media];
    return c ? { schema: c.schema, media } : { schema: undefined, media: null };
  }
  const { description: _d, headers: _h, ...schema } = entry;
  return { schema, media: 'application/json' };
};

/**
 * Validators compiled once per process and shared by every app a test file starts (compiling them per app made
 * the first answers of each app take ~0.7 s). The shared schemas they refer to by $id are constants of the process.
 */
let validators: { ajv: Ajv; bySchema: WeakMap<object, ValidateFunction>; byText: Map<string, ValidateFunction> } | undefined;

const newAjv = (): Ajv => {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  formats.default(ajv);
  return ajv;
};

/** the shared schemas ($id) the app knows and the validators do not yet (an app's first answer may come before all are added) */
const addSharedSchemas = (ajv: Ajv, app: FastifyInstance): void => {
  for (const [id, shared] of Object.entries(app.getSchemas())) if (!ajv.getSchema(id)) ajv.addSchema(structuredClone(shared) as object);
};

/**
 * Checks every answer of the app against its route's declaration, for tests (`AppDeps.checkAnswers`): the status is
 * declared; a JSON answer is valid against the declared schema (Ajv, every keyword: enums, formats, required) and
 * comes out of fastify's serializer unchanged — so a presenter field the schema lacks, or a value the serializer
 * would coerce, shows up instead of silently disappearing; a problem's code is one its route lists for that status.
 */
export const registerAnswerCheck = (app: FastifyInstance, report: (violation: AnswerViolation) => void): void => {
  const validatorOf = (schema: object): ValidateFunction => {
    const cache = (validators ??= { ajv: newAjv(), bySchema: new WeakMap(), byText: new Map() });
    const known = cache.bySchema.get(schema);
    if (known) return known;
    const text = JSON.stringify(schema);
    const validate = cache.byText.get(text) ?? (addSharedSchemas(cache.ajv, app), cache.ajv.compile(schema));
    cache.byText.set(text, validate);
    cache.bySchema.set(schema, validate);
    return validate;
  };

  app.addHook('onRoute', (route: RouteOptions) => {
    if ((route.schema as { hide?: boolean } | undefined)?.hide || route.url.startsWith('/docs')) return;
    const name = `${String(route.method)} ${route.url}`;
    const keep: Hook = async (request, _reply, payload) => {
      request[RAW] = JSON.parse(JSON.stringify(payload)) as unknown;
      return payload;
    };
    const check: Hook = async (request, reply, payload) => {
      const schema = route.schema as { response?: Record<string, unknown>; 'x-problem-codes'?: Record<string, string[]> } | undefined;
      const status = reply.statusCode;
      const fail = (problem: string) => report({ route: name, status, problem });
      const contentType = String(reply.getHeader('content-type') ?? '');
      const declared = declaredFor(schema?.response, status, contentType);
      if (!declared) {
        fail(`status ${status} is not declared`);
        return payload;
      }
      if (request.method === 'HEAD' || status === 204 || status === 304 || payload === null || payload === undefined) return payload;
      if (declared.media === null) {
        fail(`media type ${contentType || '(none)'} is not declared for ${status}`);
        return payload;
      }
      if (typeof payload !== 'string' || !/json/.test(declared.media)) return payload;
      let sent: unknown;
      try {
        sent = JSON.parse(payload);
      } catch {
        fail('the answer is not JSON');
        return payload;
      }
      const problem = declared.media === 'application/problem+json';
      if (problem) {
        const code = (sent as { code?: unknown }).code;
        const listed = schema?.['x-problem-codes']?.[String(status)] ?? [];
        if (typeof code !== 'string' || !listed.includes(code)) fail(`problem code ${String(code)} is not listed for ${status} (x-problem-codes: ${listed.join(', ')})`);
      } else if (RAW in request) {
        const difference = firstDifference(request[RAW], sent);
        if (difference !== null) fail(`serialization changed the answer at ${difference}: the schema lacks or reshapes it`);
      }
      if (typeof declared.schema === 'object' && declared.schema !== null) {
        // the answer as the handler gave it, when there is one: the serializer may have coerced it into shape
        const answer = !problem && RAW in request ? request[RAW] : sent;
        const validate = validatorOf(declared.schema);
        if (!validate(answer)) fail(`invalid answer: ${(validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')}`);
      }
      return payload;
    };
    route.preSerialization = append(route.preSerialization, keep) as RouteOptions['preSerialization'];
    route.onSend = append(route.onSend, check) as RouteOptions['onSend'];
  });
};
