import type { FastifyInstance } from 'fastify';
import { signHs256 } from '../../src/auth/jwt.ts';
import { AUDIENCE, SECRET } from '../county/cast.ts';
import { COUNTY_CODE } from '../county/geography.ts';
import { chunks } from '../county/pool.ts';

/**
 * The HTTP benchmark's workload on a county app: each of `concurrency` clients changes households of its own (so
 * nothing conflicts), as an investigator of the county with a token valid for an hour.
 */
export const householdChangeWorkload = (app: FastifyInstance, households: number, concurrency: number) => {
  const ids = app.services.households.list(COUNTY_CODE, 0, households).items.map((r) => r.id);
  const perClient = chunks(ids, Math.max(1, Math.floor(ids.length / concurrency))).slice(0, concurrency);
  if (perClient.length < concurrency) throw new Error(`need at least ${concurrency} households, have ${ids.length}`);
  const now = Math.floor(Date.now() / 1000);
  const token = signHs256({ sub: 'inv-bench', roles: ['investigator'], jurisdiction: COUNTY_CODE, aud: AUDIENCE, iat: now, exp: now + 3600 }, SECRET);
  return { perClient, token, paths: perClient.map((c) => c.map((id) => `/households/${id}/changes`)) };
};
