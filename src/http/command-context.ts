import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CommandContext, Outcome } from '../engine/engine.ts';
import type { Clock } from '../shared/clock.ts';
import { ProblemError } from '../shared/problem.ts';
import type { Actor } from '../store/types.ts';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

const ifMatchOf = (request: FastifyRequest): number | undefined => {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const m = /^(?:W\/)?"(\d+)"$/.exec(String(header).trim());
  if (!m) throw new ProblemError(400, 'INVALID_IF_MATCH', 'If-Match 格式错误，应为 ETag，例如 "3"', 'If-Match must be an ETag such as "3"');
  return Number(m[1]);
};

/** who, when in the field, and the request's retry identity, for the engine */
export const commandContext = (request: FastifyRequest, actor: Actor, clock: Clock, occurredAt?: string): CommandContext => {
  const key = request.headers['idempotency-key'];
  if (key !== undefined && !IDEMPOTENCY_KEY.test(String(key))) {
    throw new ProblemError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key 格式错误（8–128 位字母、数字或 _.:-）', 'Idempotency-Key must be 8–128 characters of A–Z a–z 0–9 _ . : -');
  }
  const now = clock.now();
  if (occurredAt !== undefined && Date.parse(occurredAt) > now.getTime() + 5 * 60_000) {
    throw new ProblemError(400, 'OCCURRED_IN_FUTURE', '发生时间不能晚于当前时间', 'occurredAt cannot be in the future');
  }
  return {
    actor,
    occurredAt: occurredAt ?? now.toISOString(),
    correlationId: String(request.id),
    idempotencyKey: key === undefined ? undefined : String(key),
    ifMatch: ifMatchOf(request),
  };
};

/** ETag of a stream's state: its revision */
export const withEtag = (reply: FastifyReply, outcome: Pick<Outcome, 'revision' | 'replayed'>): FastifyReply => {
  void reply.header('etag', `"${outcome.revision}"`);
  if (outcome.replayed) void reply.header('idempotent-replayed', 'true');
  return reply;
};
