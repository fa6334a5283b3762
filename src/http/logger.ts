import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';

/**
 * Names and resident ID numbers never reach a log. Requests are logged by method, route and status only; these
 * paths are redacted in case a future log call passes a body or a household along.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'body', '*.body',
  'household', '*.household',
  'members', '*.members',
  'residentId', '*.residentId',
  'head', '*.head',
  'name', '*.name',
  'facts', '*.facts',
];

/** query parameters that are credentials: a stream ticket stands for a bearer token */
const SECRET_QUERY = /([?&](?:ticket|token|access_token)=)[^&#]*/gi;

/** a request URL as it may be logged: the values of credential parameters replaced */
export const urlForLog = (url: string): string => (url.includes('=') ? url.replace(SECRET_QUERY, '$1[redacted]') : url);

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number } | null;
}

/** Fastify's request serializer, with the URL's credentials redacted (Fastify logs the URL of every request) */
export const serializeRequest = (req: LoggedRequest) => ({
  method: req.method,
  url: typeof req.url === 'string' ? urlForLog(req.url) : undefined,
  host: req.host,
  remoteAddress: req.ip,
  remotePort: req.socket?.remotePort,
});

export const createLogger = (level: string, destination?: DestinationStream): Logger =>
  pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, serializers: { req: serializeRequest } }, destination);

/** what of an unexpected error is logged: its kind and where, not its message, which may quote personal data */
export const errorForLog = (error: Error & { code?: unknown }) => ({
  type: error.name,
  code: typeof error.code === 'string' ? error.code : undefined,
  stack: error.stack?.split('\n').slice(1, 8).join('\n'),
});
