import type { FastifyInstance } from 'fastify';
import { addDays, chinaDateOf } from '../../src/domain/dates.ts';
import { problemChain } from '../../src/ledger/chains.ts';
import type { Clock } from '../../src/shared/clock.ts';
import { PROBLEM_MACHINE_VERSION } from '../../workflows/registry.ts';
import { COUNTY_CODE } from './geography.ts';

export interface InspectionOptions {
  problems: number;
  /** share of the problems whose deadline has passed on the clock's day (a third by default) */
  lateShare?: number;
  progress?: (message: string) => void;
}

const TYPES = ['education', 'medical', 'housing', 'water', 'employment', 'assistance'] as const;

/**
 * The county's inspection campaign (集中排查, issue 15): problems found on its households forty days before the
 * clock's now (entered from paper, with the reason), signed by both leaders and given their four lists — every
 * `1 / lateShare`-th deadline already past on the clock's day, the rest a month ahead — straight through the engine
 * (the chain's rules apply; the routes' cost is measured by the benchmark, not paid here). Returns how many.
 */
export const runInspection = async (app: FastifyInstance, clock: Clock, options: InspectionOptions): Promise<number> => {
  const services = app.services;
  const households = services.households.list(COUNTY_CODE, 0, options.problems).items;
  const now = clock.now().getTime();
  const today = chinaDateOf(new Date(now).toISOString());
  const foundAt = new Date(now - 40 * 86_400_000).toISOString();
  const lateEvery = Math.max(1, Math.round(1 / (options.lateShare ?? 1 / 3)));
  const base = { occurredAt: foundAt, lateEntryReason: 'a campaign entered from paper', correlationId: 'county-inspection' };
  const county = { ...base, actor: { id: 'county-co', capacity: 'countyOffice', jurisdiction: COUNTY_CODE } };
  let position = 0;
  let recorded = 0;
  for (let i = 0; i < options.problems; i++) {
    const h = households[i % households.length];
    if (!h) break;
    const village = h.villageCode;
    const id = services.newId();
    const township = { ...base, actor: { id: 'county-ta', capacity: 'townshipApprover', jurisdiction: village.slice(0, 9) } };
    const type = TYPES[i % TYPES.length] ?? 'education';
    await services.engine.execute(problemChain, id, { ...base, actor: { id: 'county-inv', capacity: 'investigator', jurisdiction: village } }, () => [{
      type: 'ProblemFound',
      data: { level: 'household', regionCode: village, householdId: h.id, householdType: 'escaped', preset: 'jizhong-2021', typeCode: type, itemCode: `${type}.1`, description: '入户排查发现的问题', campaignId: null, listedVillageId: null, evidence: [], machineVersion: PROBLEM_MACHINE_VERSION },
    }]);
    await services.engine.execute(problemChain, id, township, () => [{ type: 'ProblemSigned', data: { as: 'townshipWorkLeader', opinion: '属实' } }]);
    await services.engine.execute(problemChain, id, county, () => [{ type: 'ProblemSigned', data: { as: 'countyGuidanceLeader', opinion: '同意' } }]);
    const deadline = i % lateEvery === 0 ? addDays(today, -5) : addDays(today, 30);
    const out = await services.engine.execute(problemChain, id, township, () => [{
      type: 'ProblemListsSet', data: { lists: { measure: '落实整改', responsible: { personId: `p-${i % 500}`, name: '责任人', unit: '镇扶贫站' }, deadline } },
    }]);
    position = out.position;
    recorded += 1;
    if (i % 5000 === 4999) options.progress?.(`${i + 1} problems recorded`);
  }
  await services.projector.waitFor(position);
  return recorded;
};
