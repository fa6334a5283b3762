import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConcurrencyError, DuplicateEventIdError, InvalidAppendError } from '../store/errors.ts';
import { ProblemError, problemBody } from '../shared/problem.ts';
import { errorForLog } from './logger.ts';
import type { Problem } from '../shared/problem.ts';

const toProblem = (error: FastifyError | Error): Problem => {
  if (error instanceof ProblemError) return problemBody(error.status, error.code, error.zh, error.en, error.extensions);
  if (error instanceof ConcurrencyError) {
    return problemBody(409, 'CONCURRENT_CHANGE', '该记录已被他人修改，请刷新后重试', 'The record was changed by someone else; reload and retry', {
      expectedRevision: error.expected,
      actualRevision: error.actual,
    });
  }
  if (error instanceof DuplicateEventIdError) return problemBody(409, 'DUPLICATE_EVENT', '该事件已记录', 'This event is already recorded');
  if (error instanceof InvalidAppendError) return problemBody(400, 'INVALID_EVENT', '事件格式错误', error.message);
  const fe = error as FastifyError;
  if (fe.validation) {
    return problemBody(400, 'VALIDATION_FAILED', '请求内容不符合要求', `Invalid request: ${fe.message}`, {
      errors: fe.validation.map((v) => ({ path: v.instancePath, message: v.message })),
    });
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return problemBody(413, 'BODY_TOO_LARGE', '请求内容过大', 'Request body too large');
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return problemBody(415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型', 'Unsupported content type');
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && fe instanceof SyntaxError)) {
    return problemBody(400, 'MALFORMED_JSON', '请求内容不是有效的 JSON', 'The request body is not valid JSON');
  }
  if (fe.code === 'FST_ERR_BAD_URL') return problemBody(400, 'MALFORMED_URL', '请求地址格式错误', 'The request URL is not validly percent-encoded');
  if (fe.code === 'FST_ERR_MAX_PARAM_LENGTH') return problemBody(414, 'PATH_PARAMETER_TOO_LONG', '请求地址中的参数过长', 'A path parameter is too long');
  if (fe.statusCode === 429) return problemBody(429, 'RATE_LIMITED', '请求过于频繁，请稍后再试', fe.message);
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return problemBody(fe.statusCode, 'BAD_REQUEST', '请求无效', fe.message);
  }
  return problemBody(500, 'INTERNAL_ERROR', '服务器内部错误，请稍后重试', 'Internal server error; please retry later');
};

const sendProblem = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
  const problem = toProblem(error);
  if (problem.status >= 500) request.log.error({ error: errorForLog(error) }, 'request failed');
  void reply.status(problem.status).type('application/problem+json').send({ ...problem, instance: request.url });
};

/** for Fastify's `frameworkErrors` option: what fails before routing (a broken %-encoding, an over-long parameter) */
export const frameworkErrors = sendProblem;

/** One error handler for the whole app: every failure leaves as problem+json. */
export const registerErrors = (app: FastifyInstance): void => {
  app.setErrorHandler(sendProblem);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).type('application/problem+json').send({
      ...problemBody(404, 'NOT_FOUND', '未找到该资源', 'Not found'),
      instance: request.url,
    });
  });
};
