import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { caseCommandRoute } from '../http/case-command-route.ts';
import type { CaseCommand, CaseKind } from '../http/case-command-route.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import type { Actor } from '../store/types.ts';
import { designationChain } from './chain.ts';
import { presentDesignation } from './present.ts';
import { displayFor } from '../shared/display.ts';
import type { DesignationRow } from './projection.ts';
import { rowAt } from './row-at.ts';
import { DesignationAnswer } from './answer-schemas.ts';

/** a step on a designation: a case step without its own check, with the designation's separation rules as flags */
export interface DesignationCommand<S extends z.ZodType<{ occurredAt?: string; lateEntryReason?: string }>> extends Omit<CaseCommand<DesignationRow, S>, 'check'> {
  /** 谁调查谁不复核: the one who did the initial check may not take this step */
  separateFromDeclarer?: boolean;
  /** 撤回: only the one who did the initial check may withdraw it */
  declarerOnly?: boolean;
}

export const notTheDeclarer = () =>
  new ProblemError(403, 'NOT_THE_DECLARER', '只有初核申报人本人可以撤回申报', 'Only whoever did the initial check may withdraw it');

export const separationOfDuties = () =>
  new ProblemError(403, 'SEPARATION_OF_DUTIES', '初核人不能复核或抽查本人申报的对象', 'Whoever did the initial check may not review or spot-check it');

/** designations as a kind of case for the shared one-step route */
export const designationCases = (services: Services): CaseKind<DesignationRow> => ({
  tag: 'designations',
  answer: DesignationAnswer,
  chain: designationChain,
  get: (id) => services.designations.get(id),
  regionOf: (row) => row.context.villageCode,
  present: (row, outcome, identity) => presentDesignation(rowAt(row, outcome), displayFor(services, identity)),
});

/** One step on one designation: authorize in its jurisdiction → machine decides → append → answer with state and ETag. */
export const designationCommandRoute = <S extends z.ZodType<{ occurredAt?: string; lateEntryReason?: string }>>(app: FastifyInstance, services: Services, command: DesignationCommand<S>): void => {
  const { separateFromDeclarer, declarerOnly, ...step } = command;
  caseCommandRoute(app, services, designationCases(services), {
    ...step,
    problems: [...(separateFromDeclarer ? ['SEPARATION_OF_DUTIES' as const] : []), ...(declarerOnly ? ['NOT_THE_DECLARER' as const] : []), ...(step.problems ?? [])],
    check: (_body: z.output<S>, row: DesignationRow, actor: Actor) => {
      if (separateFromDeclarer && actor.id === row.context.declaredBy) throw separationOfDuties();
      if (declarerOnly && actor.id !== row.context.declaredBy) throw notTheDeclarer();
    },
  });
};
