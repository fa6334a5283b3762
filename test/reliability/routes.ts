import type { FastifyInstance } from 'fastify';

export interface RouteInfo {
  method: string;
  /** fastify's pattern, e.g. /designations/:id/township-review */
  url: string;
  /** the path parameters, in order */
  params: string[];
  /** the JSON schema of the body, of the query string, of each path parameter, from the OpenAPI document */
  body?: JsonSchema;
  query?: JsonSchema;
  /** the request example the OpenAPI document shows (a known-good body to mutate), if any */
  example?: unknown;
  paramSchemas: Record<string, JsonSchema>;
}

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route the app serves, read from `printRoutes()` (so a route added tomorrow is fuzzed tomorrow), each with
 * its body and query schemas from the OpenAPI document. HEAD (fastify's twin of GET) and the docs UI are left out.
 */
export const enumerateRoutes = (app: FastifyInstance): RouteInfo[] => {
  const tree = app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: RouteInfo[] = [];
  for (const line of tree.split('\n')) {
    const branch = line.indexOf('── ');
    if (branch < 1) continue;
    const depth = (branch - 1) / 4;
    const m = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line.slice(branch + 3).trimEnd());
    const segment = m?.[1] ?? '';
    const url = `${depth > 0 ? (stack[depth - 1] ?? '') : ''}${segment}`;
    stack[depth] = url;
    stack.length = depth + 1;
    for (const method of (m?.[2] ?? '').split(', ').filter((x) => METHODS.has(x))) {
      if (url === '/docs' || url.startsWith('/docs/')) continue;
      routes.push({ method, url, params: [...url.matchAll(/:(\w+)/g)].map((p) => p[1] ?? ''), paramSchemas: {} });
    }
  }
  const doc = app.swagger() as { paths?: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, JsonSchema> } };
  for (const route of routes) {
    const op = doc.paths?.[route.url.replaceAll(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
    const json = op?.requestBody?.content?.['application/json'];
    if (json?.schema) route.body = json.schema;
    const example = json?.example ?? (json?.schema as { examples?: unknown[] } | undefined)?.examples?.[0];
    if (example !== undefined) route.example = example;
    for (const p of op?.parameters ?? []) if (p.in === 'path' && p.schema) route.paramSchemas[p.name] = p.schema;
    const query = (op?.parameters ?? []).filter((p) => p.in === 'query');
    if (query.length > 0) {
      route.query = {
        type: 'object',
        properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])),
        required: query.filter((p) => p.required).map((p) => p.name),
      };
    }
  }
  return routes;
};

interface Operation {
  requestBody?: { content?: Record<string, { schema?: JsonSchema; example?: unknown }> };
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }>;
}

/** `#/components/schemas/X` → the schema, so the generator can follow references */
export const resolverFor = (app: FastifyInstance) => {
  const doc = app.swagger() as Record<string, unknown>;
  return (ref: string): JsonSchema | undefined => {
    let node: unknown = doc;
    for (const part of ref.replace(/^#\//, '').split('/')) {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
    }
    return node as JsonSchema | undefined;
  };
};
