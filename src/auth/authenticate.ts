import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../shared/clock.ts';
import { ProblemError } from '../shared/problem.ts';
import type { Actor } from '../store/types.ts';
import type { Identity } from './identity.ts';
import { within } from './identity.ts';
import { timeFailure, verifyJwt } from './jwt.ts';
import { verifiedTokens } from './verified-tokens.ts';
import { failureLimit } from './failure-limit.ts';
import { rateLimited } from '../http/errors-plugin.ts';
import type { KeyResolver } from './jwt.ts';
import { READ_ROLES, capacityFor } from './permissions.ts';
import type { CommandName } from './permissions.ts';
import { isRole } from './roles.ts';
import type { StreamTickets, TicketPurpose } from './stream-tickets.ts';

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
    /** when the bearer token of the request expires (ms since the epoch); null without one or without exp */
    credentialExpiresAt: number | null;
  }
}

export interface AuthOptions {
  resolveKey: KeyResolver;
  audience: string;
  issuer?: string;
  /** seconds the identity provider's clock and ours may disagree (AUTH_CLOCK_TOLERANCE_S); jwt.ts's default if not given */
  clockToleranceS?: number;
  /** failed authentications an address may have a minute before it is answered 429 (AUTH_FAILURES_PER_MINUTE) */
  failuresPerMinute?: number;
  clock: Clock;
  /** a path where a ticket (`?ticket=`) may stand in for the token: GET /feed/stream for an EventSource */
  tickets?: { store: StreamTickets; path: string; purpose: TicketPurpose };
  /** paths under a prefix where a sealed ticket (`?ticket=`, src/office/print/links.ts) may stand in for the token: printable pages opened in a browser */
  printLinks?: { verify(url: string): Identity | null; prefix: string };
}

const unauthorized = (why: string) =>
  new ProblemError(401, 'UNAUTHENTICATED', '未登录或登录凭证无效', `Missing or invalid bearer token (${why})`);

// probes and scrapers carry no bearer token; none of these answers holds personal data (/metrics has its own
// guard, src/http/metrics-access.ts)
const PUBLIC = [/^\/health$/, /^\/ready$/, /^\/metrics$/, /^\/docs(\/|$)/];

/** `Bearer <token68>`; the scheme is case-insensitive (RFC 9110 §11.1) */
const BEARER = /^bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** the token of an Authorization header, or null when it holds no bearer token */
export const bearerTokenOf = (header: string | undefined): string | null => (header === undefined ? null : BEARER.exec(header)?.[1] ?? null);

/** Verifies the bearer token of every request but the public ones; the identity comes only from the token. */
export const registerAuthentication = (app: FastifyInstance, options: AuthOptions): void => {
  app.decorateRequest('identity', null);
  app.decorateRequest('credentialExpiresAt', null);
  const tickets = options.tickets;
  const verified = verifiedTokens();
  const failures = failureLimit({ max: options.failuresPerMinute ?? 60 });
  const tolerance = options.clockToleranceS;
  /** a failure counts against the address; an address over its limit is not even verified */
  const refuse = (address: string, nowMs: number, why: string) => {
    failures.fail(address, nowMs);
    return unauthorized(why);
  };
  const guard = (address: string, nowMs: number, reply: FastifyReply) => {
    const waitMs = failures.blockedFor(address, nowMs);
    if (waitMs <= 0) return;
    const problem = rateLimited(waitMs, failures.max);
    reply.header('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000))));
    throw problem;
  };
  const verify = async (token: string, address: string, nowMs: number, reply: FastifyReply) => {
    guard(address, nowMs, reply);
    const result = await verifyJwt(token, { resolveKey: options.resolveKey, nowSeconds: Math.floor(nowMs / 1000), audience: options.audience, issuer: options.issuer, clockToleranceS: tolerance });
    if (!result.ok) throw refuse(address, nowMs, result.reason);
    verified.set(token, result.claims, nowMs);
    return result.claims;
  };
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (PUBLIC.some((p) => p.test(path))) return;
    const header = request.headers.authorization;
    const nowMs = options.clock.now().getTime();
    if (header === undefined && tickets && path === tickets.path && (request.method === 'GET' || request.method === 'HEAD')) {
      const ticket = (request.query as Record<string, unknown>).ticket;
      if (typeof ticket !== 'string') throw unauthorized('no bearer token or ticket');
      guard(request.ip, nowMs, reply);
      const identity = tickets.store.redeem(ticket, tickets.purpose);
      if (!identity) throw refuse(request.ip, nowMs, 'unknown, used or expired ticket');
      request.identity = identity;
      return;
    }
    const print = options.printLinks;
    if (header === undefined && print && path.startsWith(print.prefix) && request.method === 'GET') {
      const identity = print.verify(request.url);
      if (!identity) throw new ProblemError(401, 'PRINT_LINK_INVALID', '打印链接无效或已过期，请在系统中重新打开打印页', 'The print link is invalid or expired: open the print page again from the application');
      request.identity = identity;
      return;
    }
    const token = bearerTokenOf(header);
    if (token === null) throw unauthorized('no bearer token');
    const c = verified.get(token, nowMs) ?? await verify(token, request.ip, nowMs, reply);
    const failure = timeFailure(c, Math.floor(nowMs / 1000), tolerance);
    if (failure) throw unauthorized(failure);
    request.credentialExpiresAt = typeof c.exp === 'number' ? c.exp * 1000 : null;
    const scope = (c as { scope?: unknown }).scope;
    request.identity = { id: c.sub, name: c.name, organisation: c.org, roles: c.roles.filter(isRole), jurisdiction: c.jurisdiction, ...(typeof scope === 'string' ? { scopes: scope.split(' ').filter((s) => s !== '') } : {}) };
  });
};

export const identityOf = (request: FastifyRequest): Identity => {
  if (!request.identity) throw unauthorized('no identity');
  return request.identity;
};

/** The actor recorded on events: who, in which capacity, for which jurisdiction. 404 outside the jurisdiction. */
export const authorize = (request: FastifyRequest, command: CommandName, regionCode: string | null): Actor => {
  const identity = identityOf(request);
  const capacity = capacityFor(identity.roles, command);
  if (!capacity) {
    throw new ProblemError(403, 'FORBIDDEN_ROLE', '您的角色无权执行该操作', `None of your roles may ${command}`, { command });
  }
  if (regionCode !== null && !within(identity, regionCode)) throw outsideJurisdiction();
  return { id: identity.id, name: identity.name, organisation: identity.organisation, capacity, jurisdiction: identity.jurisdiction };
};

export const outsideJurisdiction = () => new ProblemError(404, 'NOT_FOUND', '未找到该记录', 'Not found');

/** reads: any role but integrator, scoped to the jurisdiction */
export const authorizeRead = (request: FastifyRequest): Identity => {
  const identity = identityOf(request);
  if (!identity.roles.some((r) => READ_ROLES.includes(r))) {
    throw new ProblemError(403, 'FORBIDDEN_ROLE', '您的角色无权查看该内容', 'Your roles may not read this');
  }
  return identity;
};
