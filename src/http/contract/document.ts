/** The parts of the OpenAPI document that are about the whole API rather than one operation. */

export const API_DESCRIPTION = [
  '红黄绿蓝卡认定与防止返贫监测的审批后台：每个环节都是签名的、不可修改的事件。',
  '',
  'Commands and read models of an event-sourced approval backend for county, township and village offices. This document is generated from the route schemas that validate and serialize every request (`npm run openapi`): build on it alone.',
  '',
  '**Token.** `Authorization: Bearer <JWT>` on every operation but the probes. Outside your jurisdiction a record does not exist for you (404).',
  '',
  '**Errors** are `application/problem+json` (RFC 9457, schema `ProblemDetails`): branch on `code`, show `message_zh`. Each operation lists the codes it may answer per status in its responses and in `x-problem-codes`.',
  '',
  '**Commands** answer with the record and `ETag: "<revision>"`; send `If-Match` to refuse a change based on a stale copy (412), and `Idempotency-Key` to make a retry safe: it gets the first answer (same status, `Idempotent-Replayed: true`) and writes nothing. Creating POSTs answer 201 with `Location`. `occurredAt` (when it happened in the field) is recorded apart from when it was entered; late entries need `lateEntryReason`.',
  '',
  '**Reads** with an ETag answer 304 to `If-None-Match`. Lists take `offset`/`limit` and answer `{ total, items }` with `Link: <…>; rel="next"` while there is a next page.',
].join('\n');

/** the server that serves this document (relative: /docs tries requests against the same origin) */
export const API_SERVERS = [{ url: '/', description: '本服务 · this service' }];
