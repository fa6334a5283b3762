import { objectionsOf } from '../shared/objections.ts';
import type { FastifyInstance } from 'fastify';
import { authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { isRole } from '../auth/roles.ts';
import { withEtag } from '../http/command-context.ts';
import { pageParams } from '../http/query-params.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { designationChain } from './chain.ts';
import { fourCardMachine } from '../../workflows/four-card/machine.ts';
import { historyOf } from './history.ts';
import { presentDesignation } from './present.ts';
import { displayFor } from '../shared/display.ts';
import { narrowRegion } from '../http/region-filter.ts';
import { WAITING_FOR } from './worklists.ts';
import { DesignationAnswer, DesignationHistoryAnswer, DesignationListAnswer, DesignationWorklistAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { READ, READ_ONE } from '../http/contract/groups.ts';

const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const listQuery = {
  type: 'object',
  properties: {
    regionCode: { type: 'string', pattern: '^\\d{2,12}$' },
    // an unknown state is a mistake to report (400), not an empty list
    state: { type: 'string', enum: Object.keys(fourCardMachine.config.states ?? {}) },
    ...pageParams,
  },
} as const;

type ListQuery = { regionCode?: string; state?: string; offset: number; limit: number };

/** Reads, scoped to the reader's jurisdiction: outside it a designation does not exist (404). */
export const registerDesignationReads = (app: FastifyInstance, services: Services): void => {
  const visible = (id: string, jurisdiction: string) => {
    const row = services.designations.get(id);
    if (!row || !within({ jurisdiction }, row.context.villageCode)) throw outsideJurisdiction();
    return row;
  };

  app.get<{ Params: { id: string } }>('/designations/:id', {
    schema: {
      ...operation({ id: 'getDesignation', tag: 'designations', zh: '认定详情：环节、卡别、提示、公示', en: 'A designation: step, card, warnings, notice', answers: { 200: DesignationAnswer }, etag: true, problems: READ_ONE }),
      params: idParams,
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = visible(request.params.id, identity.jurisdiction);
    return withEtag(reply, { revision: row.revision, replayed: false }).send(presentDesignation(row, displayFor(services, identity)));
  });

  app.get<{ Params: { id: string } }>('/designations/:id/history', {
    schema: {
      ...operation({
        id: 'getDesignationHistory', tag: 'designations', zh: '认定全过程：每一环节的签字人、身份、时间、意见、卡别、依据及其哈希链校验',
        en: 'Every step: who, capacity, jurisdiction, when, opinion, card, evidence, and its verified link in the hash chain',
        answers: { 200: DesignationHistoryAnswer }, problems: READ_ONE,
      }),
      params: idParams,
    },
  }, async (request) => {
    const row = visible(request.params.id, authorizeRead(request).jurisdiction);
    const stored = await services.store.stored.readStream(`${designationChain.streamPrefix}${row.id}`);
    return { id: row.id, steps: historyOf(stored, (e) => services.store.upcasters.upcast(e)), objections: objectionsOf(stored) };
  });

  app.get<{ Querystring: ListQuery }>('/designations', {
    schema: {
      ...operation({ id: 'listDesignations', tag: 'designations', zh: '辖区内的认定（可按区域、环节筛选）', en: 'Designations in your jurisdiction (by region and state)', answers: { 200: DesignationListAnswer }, problems: READ }),
      querystring: listQuery,
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const prefix = narrowRegion(request.query.regionCode, identity.jurisdiction);
    const rows = prefix !== null ? services.designations.list(prefix, request.query.state ? [request.query.state] : undefined) : [];
    const display = displayFor(services, identity);
    return { total: rows.length, items: rows.slice(request.query.offset, request.query.offset + request.query.limit).map((r) => presentDesignation(r, display)) };
  });

  app.get<{ Params: { role: string }; Querystring: ListQuery }>('/worklists/:role', {
    schema: {
      ...operation({
        id: 'getDesignationWorklist', tag: 'designations', zh: '某角色在辖区内的待办（如某乡镇待复核）', en: 'What waits for a role in a jurisdiction (e.g. township review in township X)',
        answers: { 200: DesignationWorklistAnswer }, problems: [...READ, 'UNKNOWN_ROLE'],
      }),
      params: { type: 'object', properties: { role: { type: 'string', description: 'a role of src/auth/roles.ts, e.g. townshipReviewer' } }, required: ['role'] },
      querystring: listQuery,
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const role = request.params.role;
    if (!isRole(role)) throw new ProblemError(400, 'UNKNOWN_ROLE', `未知角色：${role}`, `Unknown role: ${role}`);
    const prefix = narrowRegion(request.query.regionCode, identity.jurisdiction);
    const states = WAITING_FOR[role] ?? [];
    const rows = prefix !== null ? services.designations.list(prefix, states) : [];
    const display = displayFor(services, identity);
    const waiting = rows.filter((r) => r.state !== 'inNotice' || r.context.openObjections.length > 0);
    return { role, regionCode: prefix ?? request.query.regionCode ?? identity.jurisdiction, total: waiting.length, items: waiting.slice(request.query.offset, request.query.offset + request.query.limit).map((r) => presentDesignation(r, display)) };
  });
};
