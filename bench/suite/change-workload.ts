import type { FastifyInstance } from 'fastify';
import { signHs256 } from '../../src/auth/jwt.ts';
import type { Household } from '../../src/domain/household.ts';
import { AUDIENCE, SECRET } from '../county/cast.ts';
import { COUNTY_CODE } from '../county/geography.ts';
import { chunks } from '../county/pool.ts';

export const VISIT_REASON = '月度走访：复核收入稳定情况';

/** whether income is stable, as a visit finds it: the opposite of what is recorded, so every visit is a change */
export const nextIncomeStable = (current: Household): boolean => !(current.livelihood?.incomeStable ?? false);

/** a monthly visit's change (a change that changes nothing is refused, 422 NO_CHANGE: the workload must not send one) */
export const visitChange = (incomeStable: boolean) => ({ livelihood: { incomeStable, basicNeedsAndWaterSecure: true } });

/**
 * The HTTP benchmark's workload on a county app: each of `concurrency` clients changes households of its own (so
 * nothing conflicts), as an investigator of the county with a token valid for an hour. `firstStable` is what each
 * household's next visit finds (the load client alternates from there), so take a new workload after a run that
 * changed households.
 */
export const householdChangeWorkload = (app: FastifyInstance, households: number, concurrency: number) => {
  const rows = app.services.households.list(COUNTY_CODE, 0, households).items;
  const perClientRows = chunks(rows, Math.max(1, Math.floor(rows.length / concurrency))).slice(0, concurrency);
  if (perClientRows.length < concurrency) throw new Error(`need at least ${concurrency} households, have ${rows.length}`);
  const perClient = perClientRows.map((c) => c.map((r) => r.id));
  const now = Math.floor(Date.now() / 1000);
  const token = signHs256({ sub: 'inv-bench', roles: ['investigator'], jurisdiction: COUNTY_CODE, aud: AUDIENCE, iat: now, exp: now + 3600 }, SECRET);
  return {
    perClient,
    token,
    paths: perClient.map((c) => c.map((id) => `/households/${id}/changes`)),
    firstStable: perClientRows.map((c) => c.map((r) => nextIncomeStable(r.household))),
  };
};
