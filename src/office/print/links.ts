import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { authorize, identityOf } from '../../auth/authenticate.ts';
import type { StreamTickets } from '../../auth/stream-tickets.ts';
import { operation } from '../../http/contract/operation.ts';
import { ProblemError } from '../../shared/problem.ts';

/** printable pages live under this prefix: there a single-use ticket in the URL stands for the bearer token */
export const PRINT_PREFIX = '/print/';

const PrintLinkAnswer = Type.Object({
  url: Type.String({ description: 'the page with its ticket: open it in a browser (once, before expiresAt)' }),
  expiresAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false });

/**
 * POST /print-links: a short-lived, single-use link to a printable page for a browser that holds no token (the
 * pattern of the feed's stream tickets, src/auth/stream-tickets.ts): bound to the caller's identity, which the page
 * then checks like any read (jurisdiction, masking), and gone once opened.
 */
export const printLinkRoutes = (app: FastifyInstance, tickets: StreamTickets): void => {
  app.post<{ Body: { path: string } }>('/print-links', {
    schema: {
      ...operation({ id: 'issuePrintLink', tag: 'office', zh: '获取可在浏览器中打开的打印链接（短时有效、一次性）', en: 'A short-lived, single-use link to a printable page (/print/…) that a browser opens without a token', answers: { 201: PrintLinkAnswer }, location: '{url}', problems: ['FORBIDDEN_ROLE', 'TOO_MANY_TICKETS'] }),
      body: { type: 'object', properties: { path: { type: 'string', pattern: '^/print/[A-Za-z0-9/_.\\-]+(\\?[A-Za-z0-9=&_.\\-%]*)?$', maxLength: 500 } }, required: ['path'], additionalProperties: false },
    },
  }, async (request, reply) => {
    authorize(request, 'print.link', null);
    const issued = tickets.issue(identityOf(request), 'print', request.credentialExpiresAt);
    if (!issued) throw new ProblemError(429, 'TOO_MANY_TICKETS', '未使用的打印链接过多，请先使用或等待其过期', 'Too many unused print links; use them or let them expire first');
    const separator = request.body.path.includes('?') ? '&' : '?';
    const url = `${request.body.path}${separator}ticket=${encodeURIComponent(issued.ticket)}`;
    return reply.status(201).header('cache-control', 'no-store').header('location', url).send({ url, expiresAt: issued.expiresAt });
  });
};
