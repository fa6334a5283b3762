import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { authorize, identityOf } from '../../auth/authenticate.ts';
import type { Identity } from '../../auth/identity.ts';
import { isRole } from '../../auth/roles.ts';
import { operation } from '../../http/contract/operation.ts';
import { deriveKey, open, seal } from '../../privacy/cipher.ts';
import type { Clock } from '../../shared/clock.ts';

/** printable pages live under this prefix: there a sealed ticket in the URL stands for the bearer token */
export const PRINT_PREFIX = '/print/';

/** how long a print link opens its page unless the app is told otherwise: long enough to open it, short enough not to matter in a history */
export const PRINT_LINK_TTL_MS = 300_000;

const PrintLinkAnswer = Type.Object({
  url: Type.String({ description: 'the page with its ticket: open it in a browser before expiresAt' }),
  expiresAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false });

/** what a ticket carries: who asked (without their name: a URL ends up in logs and histories) and until when */
interface Claims {
  sub: string;
  roles: string[];
  jurisdiction: string;
  scopes?: string[];
  exp: number;
}

/** the page a URL names, without its ticket: `/print/x?format=pdf&ticket=…` → `/print/x?format=pdf` */
const pageOf = (url: string): string => url.replace(/[?&]ticket=[^&]*$/, '');

/**
 * Print links that any instance of the service opens: the ticket is the asker's identity and an expiry, sealed
 * (AES-256-GCM, src/privacy/cipher.ts) with a key derived from the personal-data master key (PERSONAL_DATA_KEY,
 * use "print-links"), bound to the page it was issued for. Every instance derives the same key from the same
 * configuration, so opening a link needs no shared state: behind a load balancer any instance verifies it.
 * Sealed rather than only signed: the ticket names the asker's login, roles and jurisdiction, which a URL should
 * not show in the clear.
 *
 * Not single use: remembering which tickets were opened would need state shared by the instances (a table
 * written on every open). A ticket instead lives minutes (PRINT_LINK_TTL_MS, never longer than the token that
 * asked for it) and opens one page as its asker may read it (jurisdiction, masking); a browser or PDF viewer that
 * fetches the page twice (print preview, range requests) is served both times.
 */
export class PrintLinks {
  readonly #key: Buffer;
  readonly #clock: Clock;
  readonly #ttlMs: number;

  constructor(options: { personalDataKey: Buffer; clock: Clock; ttlMs?: number }) {
    this.#key = deriveKey(options.personalDataKey, 'print-links');
    this.#clock = options.clock;
    this.#ttlMs = options.ttlMs ?? PRINT_LINK_TTL_MS;
  }

  /** the page's URL with a ticket standing for `identity` until it expires */
  issue(identity: Identity, page: string, credentialExpiresAtMs: number | null): { url: string; expiresAt: string } {
    const exp = Math.min(this.#clock.now().getTime() + this.#ttlMs, credentialExpiresAtMs ?? Number.POSITIVE_INFINITY);
    const claims: Claims = { sub: identity.id, roles: [...identity.roles], jurisdiction: identity.jurisdiction, ...(identity.scopes ? { scopes: [...identity.scopes] } : {}), exp };
    const ticket = seal(this.#key, Buffer.from(JSON.stringify(claims), 'utf8'), `print:${page}`).toString('base64url');
    return { url: `${page}${page.includes('?') ? '&' : '?'}ticket=${ticket}`, expiresAt: new Date(exp).toISOString() };
  }

  /** the identity a request's URL carries: null when the ticket is missing, altered, for another page or expired */
  verify(url: string): Identity | null {
    const match = /[?&]ticket=([A-Za-z0-9_-]+)$/.exec(url);
    if (!match?.[1]) return null;
    let claims: Claims;
    try {
      claims = JSON.parse(open(this.#key, Buffer.from(match[1], 'base64url'), `print:${pageOf(url)}`).toString('utf8')) as Claims;
    } catch {
      return null; // not sealed with our key, altered, or moved to another page
    }
    if (this.#clock.now().getTime() >= claims.exp) return null;
    return { id: claims.sub, roles: claims.roles.filter(isRole), jurisdiction: claims.jurisdiction, ...(claims.scopes ? { scopes: claims.scopes } : {}) };
  }
}

/**
 * POST /print-links: a short-lived link to a printable page for a browser that holds no token, bound to the
 * caller's identity, which the page then checks like any read (jurisdiction, masking).
 */
export const printLinkRoutes = (app: FastifyInstance, links: PrintLinks): void => {
  app.post<{ Body: { path: string } }>('/print-links', {
    schema: {
      ...operation({ id: 'issuePrintLink', tag: 'office', zh: '获取可在浏览器中打开的打印链接（几分钟内有效，任一服务实例均可打开）', en: 'A short-lived link to a printable page (/print/…) that a browser opens without a token, on any instance of the service', answers: { 201: PrintLinkAnswer }, location: '{url}', problems: ['FORBIDDEN_ROLE'] }),
      body: { type: 'object', properties: { path: { type: 'string', pattern: '^/print/[A-Za-z0-9/_.\\-]+(\\?[A-Za-z0-9=&_.\\-%]*)?$', maxLength: 500 } }, required: ['path'], additionalProperties: false },
    },
  }, async (request, reply) => {
    authorize(request, 'print.link', null);
    const issued = links.issue(identityOf(request), request.body.path, request.credentialExpiresAt);
    return reply.status(201).header('cache-control', 'no-store').header('location', issued.url).send(issued);
  });
};
