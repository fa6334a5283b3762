import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConcurrencyError, DuplicateEventIdError, InvalidAppendError } from '../store/errors.ts';
import { validationProblem } from '../shared/field-errors.ts';
import type { FieldError } from '../shared/field-errors.ts';
import { ProblemError, problemBody } from '../shared/problem.ts';
import { allAjvFieldErrors, fieldErrorsOfAjv, requestPartOf } from './ajv-errors.ts';
import { errorForLog } from './logger.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { zodFieldErrors, zodSourceOf } from './zod-schema.ts';
import type { Problem } from '../shared/problem.ts';

const fromProblemError = (e: ProblemError): Problem => problemBody(e.status, e.code, e.zh, e.en, e.extensions);

/** what a status means when nothing more specific is known: every refusal still has a code and both messages */
const BY_STATUS: ReadonlyMap<number, readonly [code: string, zh: string, en: string]> = new Map([
  [400, ['BAD_REQUEST', '请求无效', 'Bad request']],
  [401, ['UNAUTHENTICATED', '未登录或登录凭证无效', 'Missing or invalid credentials']],
  [403, ['FORBIDDEN', '无权执行该操作', 'Forbidden']],
  [404, ['NOT_FOUND', '未找到该资源', 'Not found']],
  [405, ['METHOD_NOT_ALLOWED', '该地址不支持此请求方法', 'Method not allowed']],
  [406, ['NOT_ACCEPTABLE', '无法以所要求的格式答复', 'Not acceptable']],
  [408, ['REQUEST_TIMEOUT', '请求超时，请重试', 'The request took too long to arrive; retry']],
  [411, ['LENGTH_REQUIRED', '请求缺少内容长度（Content-Length）', 'Content-Length required']],
  [413, ['BODY_TOO_LARGE', '请求内容过大', 'Request body too large']],
  [414, ['URI_TOO_LONG', '请求地址过长', 'The request URL is too long']],
  [415, ['UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型', 'Unsupported content type']],
  [429, ['RATE_LIMITED', '请求过于频繁，请稍后再试', 'Too many requests; retry later']],
  [431, ['REQUEST_HEADER_FIELDS_TOO_LARGE', '请求头过大（可能是登录凭证或 Cookie 过长）', 'Request header fields too large']],
]);

export const problemForStatus = (status: number, extensions: Record<string, unknown> = {}): Problem => {
  const known = BY_STATUS.get(status);
  if (known) return problemBody(status, known[0], known[1], known[2], extensions);
  return status >= 400 && status < 500
    ? problemBody(status, 'BAD_REQUEST', '请求无效', STATUS_CODES[status] ?? 'Bad request', extensions)
    : problemBody(500, 'INTERNAL_ERROR', '服务器内部错误，请稍后重试', 'Internal server error; please retry later');
};

/** 429, with how long to wait: @fastify/rate-limit's `errorResponseBuilder` returns this (it throws what it gets) */
export const rateLimited = (ttlMs: number, max: number): ProblemError => {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new ProblemError(429, 'RATE_LIMITED', `请求过于频繁，请 ${seconds} 秒后再试`, `Too many requests (at most ${max} a minute); retry in ${seconds} s`, {
    retryAfterSeconds: seconds,
    limitPerMinute: max,
  });
};

/**
 * Fastify's AJV stops at the first error; a refused part of a form's size is judged again to list every error:
 * by zod when its schema came from zod (its verdict also holds what JSON Schema cannot say: a resident ID's check
 * digit, a date that does not exist), else by an AJV that lists them all. A larger part keeps the first error:
 * neither validator can stop early, and a hostile megabyte of empty objects is millions of errors.
 */
const REJUDGED_NODES = 5000;

type Part = 'body' | 'querystring' | 'params' | 'headers';
const partOf = (context: string | undefined): Part => (context === 'querystring' || context === 'params' || context === 'headers' ? context : 'body');

const validationFailure = (fe: FastifyError, request: FastifyRequest | undefined): Problem => {
  const context = partOf(fe.validationContext);
  const part = requestPartOf(context);
  const routeSchema = request?.routeOptions.schema;
  const schema: unknown = routeSchema?.[context];
  const value: unknown = request === undefined ? undefined : context === 'querystring' ? request.query : request[context];
  let found: { errors: FieldError[]; truncated: boolean } | undefined;
  if (typeof schema === 'object' && schema !== null && jsonNodesAtMost(value, REJUDGED_NODES)) {
    const source = zodSourceOf(schema);
    found = source ? zodFieldErrors(source, value, part) : allAjvFieldErrors(schema, value, part);
  }
  if (found === undefined || found.errors.length === 0) found = fieldErrorsOfAjv(fe.validation ?? [], part);
  return fromProblemError(validationProblem(found.errors, { truncated: found.truncated }));
};

/** whether a parsed JSON value has at most `max` values in it (stops counting past it) */
const jsonNodesAtMost = (value: unknown, max: number): boolean => {
  let budget = max;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    if (--budget < 0) return false;
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v.slice(0, budget + 1));
    else if (typeof v === 'object' && v !== null) stack.push(...Object.values(v).slice(0, budget + 1));
  }
  return true;
};

const toProblem = (error: FastifyError | Error, request?: FastifyRequest): Problem => {
  if (error instanceof ProblemError) return fromProblemError(error);
  if (error instanceof ConcurrencyError) {
    return problemBody(409, 'CONCURRENT_CHANGE', '该记录已被他人修改，请刷新后重试', 'The record was changed by someone else; reload and retry', {
      expectedRevision: error.expected,
      actualRevision: error.actual,
    });
  }
  if (error instanceof DuplicateEventIdError) return problemBody(409, 'DUPLICATE_EVENT', '该事件已记录', 'This event is already recorded');
  if (error instanceof InvalidAppendError) return problemBody(400, 'INVALID_EVENT', '事件格式错误', error.message);
  const fe = error as FastifyError;
  if (fe.validation) return validationFailure(fe, request);
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return problemForStatus(413);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return problemForStatus(415);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY': return problemBody(400, 'MALFORMED_JSON', '请求内容不是有效的 JSON', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH': return problemBody(400, 'CONTENT_LENGTH_MISMATCH', '请求内容长度与 Content-Length 不符', 'The body size does not match Content-Length');
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_INVALID_URL': return problemBody(400, 'MALFORMED_URL', '请求地址格式错误', 'The request URL is not validly percent-encoded');
    case 'FST_ERR_MAX_PARAM_LENGTH': return problemBody(414, 'PATH_PARAMETER_TOO_LONG', '请求地址中的参数过长', 'A path parameter is too long');
    case 'FST_ERR_ROUTE_MISSING_CONTENT_TYPE': return problemBody(400, 'CONTENT_TYPE_REQUIRED', '请求缺少内容类型（Content-Type）', 'The request needs a Content-Type header');
    case 'FST_ERR_ROUTE_MISSING_CONTENT': return problemBody(400, 'BODY_REQUIRED', '请求缺少内容', 'The request needs a body');
    default: break;
  }
  if (fe.statusCode === 400 && fe instanceof SyntaxError) return problemBody(400, 'MALFORMED_JSON', '请求内容不是有效的 JSON', 'The request body is not valid JSON');
  if (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500) return problemForStatus(fe.statusCode);
  return problemForStatus(500);
};

const sendProblem = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
  const problem = toProblem(error, request);
  if (problem.status >= 500) request.log.error({ error: errorForLog(error) }, 'request failed');
  void reply.status(problem.status).type('application/problem+json').send({ ...problem, instance: request.url });
};

/** for Fastify's `frameworkErrors` option: what fails before routing (a broken %-encoding, an over-long parameter) */
export const frameworkErrors = sendProblem;

/**
 * For Fastify's `clientErrorHandler` option: what node's HTTP parser refuses before Fastify sees a request (headers
 * too large, a malformed request line, a request too slow to arrive) is answered as problem+json too, on the raw
 * socket as node itself would (only while no response of this connection has begun), then the connection is closed.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(status === 400
    ? problemBody(400, 'MALFORMED_REQUEST', '请求格式错误', 'The request is not valid HTTP')
    : problemForStatus(status));
  this.log.trace({ error: errorForLog(error) }, 'client error');
  // node's own rule (lib/_http_server.js socketOnError): never write into a response already on its way
  const inFlight = (socket as Socket & { _httpMessage?: { _headerSent?: boolean } | null })._httpMessage;
  if (socket.writable && !inFlight?._headerSent) {
    const headers = {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
      ...SECURITY_HEADERS,
    };
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

/** One error handler for the whole app: every failure leaves as problem+json. */
export const registerErrors = (app: FastifyInstance): void => {
  app.setErrorHandler(sendProblem);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).type('application/problem+json').send({
      ...problemForStatus(404),
      instance: request.url,
    });
  });
};
