import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canonicalJson } from '../store/hash.ts';
import type { JsonValue } from '../shared/json.ts';
import type { CommandContext, Outcome } from '../engine/engine.ts';
import type { Clock } from '../shared/clock.ts';
import { ProblemError } from '../shared/problem.ts';
import { preconditionFailed } from '../engine/errors.ts';
import type { Actor } from '../store/types.ts';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

const ifMatchOf = (request: FastifyRequest): number | undefined => {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const m = /^(?:W\/)?"(\d+)"$/.exec(String(header).trim());
  if (!m) throw new ProblemError(400, 'INVALID_IF_MATCH', 'If-Match 格式错误，应为 ETag，例如 "3"', 'If-Match must be an ETag such as "3"');
  return Number(m[1]);
};

/**
 * When a step happened in the field, and why it is entered late if beyond the policy's window (补录): every command
 * body carries these two.
 */
export const when = {
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  lateEntryReason: z.string().min(1).max(2000).optional(),
};

/** draft-ietf-httpapi-idempotency-key-header: what makes two requests "the same" (method, path, body) */
const digestOf = (request: FastifyRequest): string =>
  createHash('sha256').update(`${request.method} ${request.url.split('?')[0] ?? ''}\n${canonicalJson((request.body ?? null) as JsonValue)}`).digest('base64url');

/** who, when in the field, and the request's retry identity, for the engine */
export const commandContext = (request: FastifyRequest, actor: Actor, clock: Clock, occurredAt?: string, lateEntryReason?: string): CommandContext => {
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
    ...(lateEntryReason ? { lateEntryReason } : {}),
    ...(key === undefined ? {} : { requestDigest: digestOf(request) }),
  };
};

/**
 * If-Match checked before anything is written, for a command that writes to several streams (a list applied to its
 * designations, a registration's resident claim): the subject's revision, -1 for one that does not exist yet.
 */
export const ifMatchHoldsFor = (ctx: Pick<CommandContext, 'ifMatch'>, revision: number): void => {
  if (ctx.ifMatch !== undefined && ctx.ifMatch !== revision) throw preconditionFailed(String(ctx.ifMatch), revision);
};

/** ETag of a stream's state: its revision */
export const withEtag = (reply: FastifyReply, outcome: Pick<Outcome, 'revision' | 'replayed'>): FastifyReply => {
  void reply.header('etag', `"${outcome.revision}"`);
  if (outcome.replayed) void reply.header('idempotent-replayed', 'true');
  return reply;
};
