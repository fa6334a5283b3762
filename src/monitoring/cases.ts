import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { MonitoringContext } from '../../workflows/monitoring/context.ts';
import { stateName } from '../engine/fold.ts';
import type { Loaded } from '../engine/snapshot-cache.ts';
import type { HouseholdRow } from '../households/projection.ts';
import { caseCommandRoute } from '../http/case-command-route.ts';
import type { CaseCommand, CaseKind } from '../http/case-command-route.ts';
import type { Services } from '../services.ts';
import type { Findings } from '../domain/rule.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import { monitoringChain } from './chain.ts';
import { caseAt, presentCase } from './present.ts';
import { displayFor } from '../shared/display.ts';
import type { MonitoringCaseRow } from './projection.ts';
import { MonitoringCaseAnswer } from './answer-schemas.ts';

/** monitoring cases as a kind of case for the shared one-step route (src/http/case-command-route.ts) */
export const monitoringCases = (services: Services): CaseKind<MonitoringCaseRow> => ({
  tag: 'monitoring',
  answer: MonitoringCaseAnswer,
  chain: monitoringChain,
  get: (id) => services.monitoring.get(id),
  regionOf: (row) => row.context.villageCode,
  present: (row, outcome, identity) => presentCase(caseAt(row, outcome), displayFor(services, identity)),
});

export const monitoringStep = <S extends z.ZodType<{ occurredAt?: string }>>(app: FastifyInstance, services: Services, command: CaseCommand<MonitoringCaseRow, S>): void =>
  caseCommandRoute(app, services, monitoringCases(services), command);

/** the state the engine loaded (the stream itself, not the read model) */
export const stateOf = (current: Loaded): string => stateName(current.snapshot);

/** the context the engine loaded: what a rule reads when the read model may lag behind another instance's write */
export const contextOf = (current: Loaded): MonitoringContext => current.snapshot.context as MonitoringContext;

export const householdOf = (services: Services, householdId: string): HouseholdRow => {
  const household = services.households.get(householdId);
  if (!household) throw new ProblemError(409, 'HOUSEHOLD_NOT_FOUND', '未找到该监测对象的农户信息', "The case's household is not in the register");
  return household;
};

/** a step refused by named rules: 422 with every rule broken, the first one in the message */
export const refuseOn = (findings: Findings): void => {
  const [first] = findings.refusals;
  if (!first) return;
  throw new ProblemError(422, 'MONITORING_RULE_REFUSED', `不符合防止返贫监测规定：${first.zh}`, `Refused by rule ${first.code}: ${first.en}`, {
    rule: first.code,
    rules: findings.refusals,
  });
};

/** event data as stored: plain JSON (optional fields left out rather than undefined) */
export const asJson = (value: object): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;

export const separationOfDuties = () =>
  new ProblemError(403, 'SEPARATION_OF_DUTIES', '申报或提出人不能审核本人提出的监测事项', 'Whoever applied or proposed may not review it');
