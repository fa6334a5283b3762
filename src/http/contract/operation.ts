import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RouteOptions } from 'fastify';
import type { TSchema } from 'typebox';
import { pagingOf } from '../paging-links.ts';
import { numericParamsOf } from '../query-params.ts';
import { PROBLEMS, STATUS_TEXT, statusesOf } from './problems.ts';
import type { ProblemCode, ProblemRef } from './problems.ts';

/**
 * The contract of every operation, declared once next to its route (`schema: { ...operation({...}), body, params }`)
 * and completed here, so that what validates and serializes a request is what the OpenAPI document shows:
 *
 * - `operation()` gives the route its operationId, the summary and description in Chinese and English, its tag and
 *   the schema of each success answer (fastify serializes with it: a field not in the schema is not sent);
 * - the `onRoute` hook of `registerContract` adds what follows from the route's shape and the declaration: the
 *   problem answers (application/problem+json, one shared ProblemDetails schema) with the codes of each status in
 *   the description and in `x-problem-codes`, the request headers (Idempotency-Key, If-Match, If-None-Match) and
 *   the answer headers (ETag, Location, Idempotent-Replayed, Link, Retry-After), and 304 where a read has an ETag.
 *
 * A route registered without a declaration stops the app at start-up, naming it.
 */

export const CONTRACT = Symbol('contract');
const COMPLETED = Symbol('contract completed');

export type Tag = (typeof TAGS)[number]['name'];

/** the document's tags, in the order a reader meets the chains */
export const TAGS = [
  { name: 'households', description: '农户 · Households: registration, merge-patch changes, data review and supervision (1人录入、1人审核、1人监督)' },
  { name: 'designations', description: '红黄绿蓝卡认定 · Four-card designations: the initial check and the single-designation steps, reads and worklists' },
  { name: 'lists', description: '名单环节 · List steps: democratic appraisal meetings, county spot-check rounds, public notices (village and township)' },
  { name: 'monitoring', description: '防止返贫监测 · Monitoring cases: application or alert, village steps, notice and data comparison, filing, assistance, risk elimination, re-flagging' },
  { name: 'audit', description: '审计 · Supervisors: hash-chain verification, procedure audit, time travel, the printable approval form' },
  { name: 'feed', description: '事件流 · The event feed for integrators: paged pull, Server-Sent Events, stream tickets for EventSource' },
  { name: 'webhooks', description: 'Webhook 订阅 · Webhook subscriptions (administrators); deliveries are signed with X-Signature' },
  { name: 'calendar', description: '工作日历 · The working-day calendar notices are counted on: publish and correct a year (administrators)' },
  { name: 'regions', description: '行政区划目录 · The region directory: names of townships, villages and groups (county office, administrators)' },
  { name: 'management', description: '分类帮扶、动态管理 · After the card: paired cadres, contacts and visits, reviews and re-classification, the assistance ledger' },
  { name: 'duties', description: '到期事项 · Duties coming due and overdue, from every chain with deadlines: one worklist with how overdue each is' },
  { name: 'office', description: '办公 · Office work: household import (CSV/xlsx), list export, jobs with progress' },
  { name: 'schemas', description: '事件结构 · The event catalogue: JSON Schema of every version of every event type' },
  { name: 'surveys', description: '入户调查 · Questionnaires (XLSForm import/export, printing) and field surveys with their rules; data-quality checks' },
  { name: 'operations', description: '运维 · Liveness and readiness probes (no token)' },
  { name: 'ledger', description: '问题整改台账 · Inspections and the problem rectification ledger: campaigns, problems and their four lists, verification and 销号, listed villages (挂牌督战), the tables offices hand in' },
] as const;

type SuccessStatus = 200 | 201 | 202 | 204 | 503;

/** a success answer: a JSON schema (a shared one is referenced by its $id), null for none, or another media type */
export type Answer = TSchema | null | { media: string; schema: TSchema; description?: string };


export interface OperationSpec {
  /** stable camelCase: generated clients name their functions after it */
  id: string;
  tag: Tag;
  /** the summary, in Chinese and English */
  zh: string;
  en: string;
  /** what a reader should know: a paragraph in Chinese, one in English */
  about?: readonly [zh: string, en: string];
  /** each success status and its answer */
  answers: Partial<Record<SuccessStatus, Answer>>;
  /** the problem codes particular to the operation (those that follow from its shape are added by the hook) */
  problems?: readonly ProblemRef[];
  /** the answer's ETag is the record's revision (reads answer 304 to If-None-Match) */
  etag?: boolean;
  /** a command on an existing record: If-Match is honoured (412 PRECONDITION_FAILED) */
  ifMatch?: boolean;
  /** a POST whose retry with the same Idempotency-Key is answered as the first time, writing nothing */
  idempotent?: boolean;
  /** 201: where the created resource is read, a template over the answer, e.g. /designations/{id} */
  location?: string;
  /** no token needed */
  public?: boolean;
  /** an example of the success answer, for the document */
  example?: unknown;
  /** an example of the request body, for the document */
  request?: unknown;
}

const HEADERS = {
  etag: { type: 'string', description: 'the record\'s revision as an entity tag, e.g. "3": send it back as If-Match on a command, as If-None-Match on a read', examples: ['"3"'] },
  location: { type: 'string', description: 'where the created resource is read', examples: ['/designations/5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10'] },
  replayed: { type: 'string', enum: ['true'], description: 'present on the stored answer to a retried request (same Idempotency-Key): nothing was written again' },
  link: { type: 'string', description: 'RFC 8288 link to the next page while there is one, every other parameter kept: follow it until it is absent', examples: ['</households?limit=100&offset=100>; rel="next"'] },
  retryAfter: { type: 'integer', description: 'seconds to wait before retrying (rate limit)', examples: [30] },
} as const;

const REQUEST_HEADERS = {
  'idempotency-key': {
    type: 'string',
    description: 'draft-ietf-httpapi-idempotency-key-header: 8–128 characters of A–Z a–z 0–9 _ . : - (else 400 INVALID_IDEMPOTENCY_KEY). A retry with the same key gets the first answer (same status, Idempotent-Replayed: true) and writes nothing, also after a restart; the same key with another method, path or body is 422 IDEMPOTENCY_KEY_REUSED.',
    examples: ['declare-4306231012010001-2026'],
  },
  'if-match': {
    type: 'string',
    description: 'the ETag the change is based on, e.g. "3": 412 PRECONDITION_FAILED if the record has moved on since (400 INVALID_IF_MATCH if not an entity tag)',
    examples: ['"3"'],
  },
  'if-none-match': {
    type: 'string',
    description: 'the ETag of the copy you hold: 304 without a body while it is current',
    examples: ['"3"'],
  },
} as const;

interface MediaAnswer { media: string; schema: TSchema; description?: string }
const isMedia = (answer: Answer): answer is MediaAnswer => answer !== null && typeof (answer as Partial<MediaAnswer>).media === 'string' && 'schema' in answer;

/** a shared schema (one with an $id) is referenced, so the document has it once under components */
const refOrInline = (schema: TSchema): Record<string, unknown> => {
  const id = (schema as { $id?: unknown }).$id;
  return typeof id === 'string' ? { $ref: `${id}#` } : { ...schema };
};

const successDescription = (status: SuccessStatus, spec: OperationSpec): string => {
  switch (status) {
    case 201: return `已创建 · Created${spec.idempotent ? ' (also the answer to a retry with the same Idempotency-Key)' : ''}`;
    case 202: return '已受理，后台处理中（见 Location 的任务进度）· Accepted: running as a job (progress at Location)';
    case 204: return '已完成，无内容 · Done, no content';
    case 503: return '未就绪 · Not ready';
    default: return spec.idempotent ? '成功 · OK (also the answer to a retry with the same Idempotency-Key)' : '成功 · OK';
  }
};

/** the route schema of an operation: operationId, bilingual summary and description, tag, success answers */
export const operation = (spec: OperationSpec): FastifySchema & { [CONTRACT]: OperationSpec } => {
  const response: Record<string, unknown> = {};
  for (const [key, answer] of Object.entries(spec.answers) as [string, Answer][]) {
    const status = Number(key) as SuccessStatus;
    const description = successDescription(status, spec);
    if (answer === null) response[key] = { description, type: 'null' };
    else if (isMedia(answer)) response[key] = { description: answer.description ?? description, content: { [answer.media]: { schema: answer.schema } } };
    else response[key] = { description, ...refOrInline(answer) };
  }
  const description = spec.about ? `${spec.about[0]}\n\n${spec.about[1]}` : undefined;
  return {
    operationId: spec.id,
    summary: `${spec.zh} · ${spec.en}`,
    ...(description ? { description } : {}),
    tags: [spec.tag],
    ...(spec.public ? { security: [] } : {}),
    response,
    [CONTRACT]: spec,
  };
};

type RouteSchema = FastifySchema & {
  [CONTRACT]?: OperationSpec;
  [COMPLETED]?: true;
  hide?: boolean;
  response?: Record<string, unknown>;
  headers?: unknown;
  querystring?: unknown;
  body?: unknown;
  params?: unknown;
  security?: unknown;
};

const methodsOf = (route: Pick<RouteOptions, 'method'>): string[] => (Array.isArray(route.method) ? route.method : [route.method]).map(String);

/** the codes an operation may answer with, by status: its own, and those that follow from its shape */
export const problemCodesOf = (route: Pick<RouteOptions, 'url' | 'method'>, schema: RouteSchema, spec: OperationSpec): Map<number, ProblemCode[]> => {
  const refs: ProblemRef[] = [];
  if (!spec.public) refs.push('UNAUTHENTICATED');
  if (schema.body !== undefined) refs.push('VALIDATION_FAILED');
  // fastify reads a body sent to any of these methods, whether the operation wants one or not
  if (methodsOf(route).some((m) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m))) refs.push('MALFORMED_JSON', 'BODY_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  if (schema.params !== undefined || schema.querystring !== undefined || schema.headers !== undefined) refs.push('VALIDATION_FAILED');
  const name = `${String(route.method)} ${route.url}`;
  if (numericParamsOf(schema.querystring, name, false).length > 0) refs.push('INVALID_QUERY_PARAMETER');
  if (numericParamsOf(schema.body, name, false).length > 0) refs.push('INVALID_NUMBER_FIELD');
  // a command reads both headers (src/http/command-context.ts) and the engine judges If-Match on the stream it
  // appends to, whichever: a malformed or stale one is refused wherever it is sent
  // (and the store refuses an event whose text it cannot keep: INVALID_EVENT)
  if (spec.idempotent || spec.ifMatch) refs.push('INVALID_IDEMPOTENCY_KEY', 'INVALID_IF_MATCH', 'PRECONDITION_FAILED', 'INVALID_EVENT');
  if (spec.idempotent) refs.push('IDEMPOTENCY_KEY_REUSED');
  // a body that says when it happened is judged by the engine's time rules, on every chain (src/engine/time-rules.ts)
  const body = schema.body as { properties?: Record<string, unknown>; content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } | undefined;
  const bodyProperties = body?.properties ?? Object.values(body?.content ?? {})[0]?.schema?.properties;
  if (bodyProperties && 'occurredAt' in bodyProperties) refs.push('OCCURRED_IN_FUTURE', 'OCCURRED_BEFORE_PREVIOUS_STEP', 'LATE_ENTRY_REASON_REQUIRED');
  refs.push(...(spec.problems ?? []), 'RATE_LIMITED', 'INTERNAL_ERROR');
  const byStatus = new Map<number, ProblemCode[]>();
  for (const ref of refs) {
    const [code, statuses] = typeof ref === 'string' ? [ref, statusesOf(ref)] : [ref[0], [ref[1]]];
    for (const status of statuses) {
      const codes = byStatus.get(status) ?? [];
      if (!codes.includes(code)) codes.push(code);
      byStatus.set(status, codes);
    }
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
};

const problemResponse = (status: number, codes: readonly ProblemCode[]): Record<string, unknown> => {
  const [zh, en] = STATUS_TEXT[status] ?? ['错误', 'Error'];
  const lines = codes.map((code) => `- \`${code}\`: ${PROBLEMS[code][1]} · ${PROBLEMS[code][2]}`);
  return {
    description: `${zh} · ${en}\n\n${lines.join('\n')}`,
    ...(status === 429 ? { headers: { 'retry-after': structuredClone(HEADERS.retryAfter) } } : {}),
    content: { 'application/problem+json': { schema: { $ref: 'ProblemDetails#' } } },
  };
};

const mergeHeaders = (existing: unknown, added: Record<string, unknown>): Record<string, unknown> => {
  const base = (typeof existing === 'object' && existing !== null ? existing : { type: 'object', properties: {} }) as { properties?: Record<string, unknown> };
  return { ...base, type: 'object', properties: { ...(base.properties ?? {}), ...added } };
};

/**
 * Adds an example to the body schema in place (on each media type when it has several): the object keeps its
 * identity, which the validation error handler uses to find the zod schema a body schema was generated from.
 */
const addExample = (body: unknown, example: unknown): void => {
  const b = body as { content?: Record<string, { schema: Record<string, unknown> }> } & Record<string, unknown>;
  if (b.content) for (const c of Object.values(b.content)) c.schema.examples = [example];
  else b.examples = [example];
};

/** 201: sets Location from the declared template over the answer, unless the handler did */
const locationHook = (template: string) => async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
  if (reply.statusCode === 201 && !reply.hasHeader('location') && typeof payload === 'object' && payload !== null) {
    const values = payload as Record<string, unknown>;
    const path = template.replace(/\{(\w+)\}/g, (_m, key: string) => encodeURIComponent(String(values[key] ?? '')));
    void reply.header('location', path);
  }
  return payload;
};

/** completes the route schema of an operation (see the module's comment); idempotent, as HEAD routes share GET's */
export const completeRoute = (route: RouteOptions): void => {
  const schema = (route.schema ?? {}) as RouteSchema;
  if (schema[COMPLETED]) return;
  const spec = schema[CONTRACT];
  if (!spec) {
    // Swagger UI's own pages (/docs…) and hidden routes (/metrics) are outside the document; they need no token
    if (route.url.startsWith('/docs') || schema.hide) {
      route.schema = { ...schema, security: [] };
      return;
    }
    throw new Error(`${methodsOf(route).join(',')} ${route.url}: no operation declared — give its schema \`...operation({ id, tag, zh, en, answers, problems })\` (src/http/contract/operation.ts)`);
  }
  const methods = methodsOf(route);
  const read = methods.includes('GET') || methods.includes('HEAD');
  const response: Record<string, unknown> = { ...(schema.response ?? {}) };
  const problems = problemCodesOf(route, schema, spec);

  // the answer headers of each success status
  const paging = pagingOf(schema.querystring);
  for (const key of Object.keys(response)) {
    const status = Number(key);
    if (status < 200 || status >= 300) continue;
    const headers: Record<string, unknown> = {};
    if (spec.etag && status !== 204) headers.etag = structuredClone(HEADERS.etag);
    if (status === 201 && spec.location) headers.location = structuredClone(HEADERS.location);
    if (spec.idempotent && spec.etag && status !== 204) headers['idempotent-replayed'] = structuredClone(HEADERS.replayed);
    if (paging && status === 200) headers.link = structuredClone(HEADERS.link);
    const answer = response[key] as Record<string, unknown>;
    const example = spec.example === undefined || 'content' in answer ? {} : { examples: [spec.example] };
    response[key] = { ...answer, ...example, ...(Object.keys(headers).length > 0 ? { headers } : {}) };
  }
  if (read && spec.etag) response['304'] = { description: '未修改（If-None-Match 命中）· Not Modified: your copy (If-None-Match) is current', type: 'null', headers: { etag: structuredClone(HEADERS.etag) } };
  for (const [status, codes] of problems) response[String(status)] = problemResponse(status, codes);

  if (spec.request !== undefined && schema.body !== undefined) addExample(schema.body, spec.request);
  const requestHeaders: Record<string, unknown> = {};
  if (spec.idempotent) requestHeaders['idempotency-key'] = structuredClone(REQUEST_HEADERS['idempotency-key']);
  if (spec.ifMatch) requestHeaders['if-match'] = structuredClone(REQUEST_HEADERS['if-match']);
  if (read && spec.etag) requestHeaders['if-none-match'] = structuredClone(REQUEST_HEADERS['if-none-match']);

  route.schema = {
    ...schema,
    response,
    ...(Object.keys(requestHeaders).length > 0 ? { headers: mergeHeaders(schema.headers, requestHeaders) } : {}),
    'x-problem-codes': Object.fromEntries([...problems].map(([status, codes]) => [String(status), codes])),
    [COMPLETED]: true,
  } as RouteSchema;

  if (spec.location && spec.answers[201] !== undefined) {
    const existing = route.preSerialization;
    route.preSerialization = [...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]), locationHook(spec.location)] as RouteOptions['preSerialization'];
  }
};

/** the operation declared by a route's schema, if any */
export const contractOf = (schema: unknown): OperationSpec | undefined =>
  typeof schema === 'object' && schema !== null ? (schema as RouteSchema)[CONTRACT] : undefined;

/**
 * Every route registered after this call is completed from its declaration (and refused at start-up without one).
 * Register it before the hooks that read route schemas (numeric guard, paging links) and before @fastify/swagger.
 */
export const registerContract = (app: FastifyInstance): void => {
  app.addHook('onRoute', completeRoute);
};
