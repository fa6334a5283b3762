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

export const createLogger = (level: string, destination?: DestinationStream): Logger =>
  pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);

/** what of an unexpected error is logged: its kind and where, not its message, which may quote personal data */
export const errorForLog = (error: Error & { code?: unknown }) => ({
  type: error.name,
  code: typeof error.code === 'string' ? error.code : undefined,
  stack: error.stack?.split('\n').slice(1, 8).join('\n'),
});
