import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../shared/clock.ts';
import { ProblemError } from '../shared/problem.ts';
import type { Actor } from '../store/types.ts';
import type { Identity } from './identity.ts';
import { within } from './identity.ts';
import { timeFailure, verifyJwt } from './jwt.ts';
import { verifiedTokens } from './verified-tokens.ts';
import type { KeyResolver } from './jwt.ts';
import { READ_ROLES, capacityFor } from './permissions.ts';
import type { CommandName } from './permissions.ts';
import { isRole } from './roles.ts';

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
  }
}

export interface AuthOptions {
  resolveKey: KeyResolver;
  audience: string;
  issuer?: string;
  clock: Clock;
}

const unauthorized = (why: string) =>
  new ProblemError(401, 'UNAUTHENTICATED', '未登录或登录凭证无效', `Missing or invalid bearer token (${why})`);

// probes and scrapers carry no token; none of these answers holds personal data
const PUBLIC = [/^\/health$/, /^\/ready$/, /^\/metrics$/, /^\/docs(\/|$)/];

/** Verifies the bearer token of every request but the public ones; the identity comes only from the token. */
export const registerAuthentication = (app: FastifyInstance, options: AuthOptions): void => {
  app.decorateRequest('identity', null);
  const verified = verifiedTokens();
  const verify = async (token: string, nowMs: number) => {
    const result = await verifyJwt(token, { resolveKey: options.resolveKey, nowSeconds: Math.floor(nowMs / 1000), audience: options.audience, issuer: options.issuer });
    if (!result.ok) throw unauthorized(result.reason);
    verified.set(token, result.claims, nowMs);
    return result.claims;
  };
  app.addHook('onRequest', async (request) => {
    if (PUBLIC.some((p) => p.test(request.url.split('?')[0] ?? ''))) return;
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw unauthorized('no bearer token');
    const token = header.slice(7);
    const nowMs = options.clock.now().getTime();
    const c = verified.get(token, nowMs) ?? await verify(token, nowMs);
    const failure = timeFailure(c, Math.floor(nowMs / 1000));
    if (failure) throw unauthorized(failure);
    request.identity = { id: c.sub, name: c.name, organisation: c.org, roles: c.roles.filter(isRole), jurisdiction: c.jurisdiction };
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
