import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../../support/app.ts';

export interface Problem {
  status: number;
  code: string;
  rule?: string;
  rules?: { code: string }[];
  [extension: string]: unknown;
}

/** the stream a subject's URL names: /designations/<id>/… is designation-<id>, and so on */
const STREAM_OF_PATH: Readonly<Record<string, string>> = {
  households: 'household-',
  designations: 'designation-',
  'monitoring-cases': 'monitoring-',
  'appraisal-meetings': 'appraisal-meeting-',
  'spot-check-rounds': 'spot-check-round-',
  notices: 'notice-',
  webhooks: 'webhook-',
};

/** the streams a request acts on: the one its URL names, and the designations its body names */
export const streamsOf = (url: string, body?: object): string[] => {
  const streams: string[] = [];
  const m = /^\/([a-z-]+)\/([0-9a-f-]{36})/.exec(url);
  const prefix = m ? STREAM_OF_PATH[m[1] ?? ''] : undefined;
  if (m && prefix) streams.push(`${prefix}${m[2]}`);
  const b = (body ?? {}) as { designationId?: unknown; designationIds?: unknown; decisions?: { designationId?: unknown }[]; householdId?: unknown };
  const designations = [b.designationId, ...(Array.isArray(b.designationIds) ? b.designationIds : []), ...(Array.isArray(b.decisions) ? b.decisions.map((d) => d.designationId) : [])];
  for (const id of designations) if (typeof id === 'string') streams.push(`designation-${id}`);
  if (typeof b.householdId === 'string') streams.push(`household-${b.householdId}`);
  return streams;
};

/**
 * Sends a request that must be refused: asserts the status, the problem+json `code` (never the message: those are
 * being rewritten), and that nothing was appended — the streams it acts on are read before and after, and the
 * store's head position has not moved (no other stream was written either, e.g. a claim or a list's items).
 */
export const expectRefused = async (
  t: TestApp,
  request: () => Promise<LightMyRequestResponse>,
  status: number,
  code: string,
  streams: readonly string[] = [],
): Promise<Problem> => {
  const head = await t.store.headPosition();
  const before = await Promise.all(streams.map(async (s) => (await t.store.readStream(s)).map((e) => e.id)));
  const res = await request();
  expect(res.statusCode, res.body).toBe(status);
  expect(String(res.headers['content-type']), res.body).toContain('application/problem+json');
  const problem = res.json<Problem>();
  expect(problem.code, res.body).toBe(code);
  expect(problem.status).toBe(status);
  const after = await Promise.all(streams.map(async (s) => (await t.store.readStream(s)).map((e) => e.id)));
  expect(after, `${code}: the refused request appended to the streams it acts on`).toEqual(before);
  expect(await t.store.headPosition(), `${code}: the refused request appended to the store`).toBe(head);
  return problem;
};
