import { objectionsOf } from '../shared/objections.ts';
import type { FastifyInstance } from 'fastify';
import { authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { isRole } from '../auth/roles.ts';
import { withEtag } from '../http/command-context.ts';
import { pageParams } from '../http/query-params.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { monitoringMachine } from '../../workflows/monitoring/machine.ts';
import { monitoringChain } from './chain.ts';
import { countCases } from './counts.ts';
import { MONITORING_TYPE_ZH } from './evidence.ts';
import { caseHistoryOf } from './history.ts';
import { presentCase } from './present.ts';
import { displayFor } from '../shared/display.ts';
import { narrowRegion } from '../http/region-filter.ts';
import { MONITORED_STATES } from './projection.ts';
import type { MonitoringCaseRow } from './projection.ts';
import { waitingItems } from './worklists.ts';
import { MonitoredHouseholdsAnswer, MonitoringCaseAnswer, MonitoringCaseListAnswer, MonitoringCountsAnswer, MonitoringHistoryAnswer, MonitoringWorklistAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';
import { READ, READ_ONE } from '../http/contract/groups.ts';

const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const regionCode = { type: 'string', pattern: '^\\d{2,12}$' } as const;
const page = pageParams;
const monitoringType = { type: 'string', enum: ['unstableEscaped', 'edgeProne', 'suddenHardship'] } as const;

interface Page { offset: number; limit: number }
type ListQuery = Page & { regionCode?: string; state?: string; householdId?: string; monitoringType?: string };

/** Reads, scoped to the reader's jurisdiction: outside it a case does not exist (404), a region outside it is empty. */
export const registerMonitoringReads = (app: FastifyInstance, services: Services): void => {
  const visible = (id: string, jurisdiction: string) => {
    const row = services.monitoring.get(id);
    if (!row || !within({ jurisdiction }, row.context.villageCode)) throw outsideJurisdiction();
    return row;
  };
  /** the region asked for, when it lies within the reader's jurisdiction; null (nothing visible) otherwise */
  const regionFor = narrowRegion;
  const peopleOf = (householdId: string) => services.households.get(householdId)?.household.members.length ?? 0;
  const slice = <T>(items: T[], q: Page) => items.slice(q.offset, q.offset + q.limit);

  app.get<{ Params: { id: string } }>('/monitoring-cases/:id', {
    schema: {
      ...operation({ id: 'getMonitoringCase', tag: 'monitoring', zh: '监测事项详情', en: 'A monitoring case: step, phase, type, notice, comparison, assistance, warnings', answers: { 200: MonitoringCaseAnswer }, etag: true, problems: READ_ONE }),
      params: idParams,
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = visible(request.params.id, identity.jurisdiction);
    return withEtag(reply, { revision: row.revision, replayed: false }).send(presentCase(row, displayFor(services, identity)));
  });

  app.get<{ Params: { id: string } }>('/monitoring-cases/:id/history', {
    schema: {
      ...operation({ id: 'getMonitoringCaseHistory', tag: 'monitoring', zh: '监测事项全过程（含每次再标注）', en: 'Every step of every cycle: who, capacity, jurisdiction, when, opinion, rules, evidence references', answers: { 200: MonitoringHistoryAnswer }, problems: READ_ONE }),
      params: idParams,
    },
  }, async (request) => {
    const row = visible(request.params.id, authorizeRead(request).jurisdiction);
    const events = await services.store.readStream(`${monitoringChain.streamPrefix}${row.id}`);
    return { id: row.id, cycle: row.context.cycle, steps: caseHistoryOf(events), objections: objectionsOf(events) };
  });

  app.get<{ Querystring: ListQuery }>('/monitoring-cases', {
    schema: {
      ...operation({ id: 'listMonitoringCases', tag: 'monitoring', zh: '辖区内的监测事项（按区域、环节、类型或农户）', en: 'Monitoring cases in your jurisdiction (by region, state, type or household)', answers: { 200: MonitoringCaseListAnswer }, problems: READ }),
      querystring: { type: 'object', properties: { regionCode, state: { type: 'string', enum: Object.keys(monitoringMachine.config.states ?? {}) }, householdId: { type: 'string', format: 'uuid' }, monitoringType, ...page } },
    },
  }, async (request) => {
    const q = request.query;
    const identity = authorizeRead(request);
    const prefix = regionFor(q.regionCode, identity.jurisdiction);
    const display = displayFor(services, identity);
    const rows = prefix === null ? [] : services.monitoring.list(prefix, (r) =>
      (q.state === undefined || r.state === q.state) && (q.householdId === undefined || r.context.householdId === q.householdId) &&
      (q.monitoringType === undefined || r.context.monitoringType === q.monitoringType));
    return { total: rows.length, items: slice(rows, q).map((r) => presentCase(r, display)) };
  });

  app.get<{ Params: { role: string }; Querystring: Page & { regionCode?: string } }>('/monitoring-worklists/:role', {
    schema: {
      ...operation({ id: 'getMonitoringWorklist', tag: 'monitoring', zh: '某角色在辖区内的监测待办', en: 'What waits for a role in a jurisdiction (e.g. data comparison pending, or district filing, in district X)', answers: { 200: MonitoringWorklistAnswer }, problems: [...READ, 'UNKNOWN_ROLE'] }),
      params: { type: 'object', properties: { role: { type: 'string' } }, required: ['role'] },
      querystring: { type: 'object', properties: { regionCode, ...page } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const role = request.params.role;
    if (!isRole(role)) throw new ProblemError(400, 'UNKNOWN_ROLE', `未知角色：${role}`, `Unknown role: ${role}`);
    const prefix = regionFor(request.query.regionCode, identity.jurisdiction);
    const rows = prefix === null ? [] : services.monitoring.list(prefix, (r) => waitingItems(role, r).length > 0);
    const counts: Record<string, number> = {};
    for (const r of rows) for (const w of waitingItems(role, r)) counts[w.item] = (counts[w.item] ?? 0) + 1;
    return {
      role,
      regionCode: prefix ?? request.query.regionCode ?? identity.jurisdiction,
      total: rows.length,
      counts,
      items: slice(rows, request.query).map((r) => ({ ...presentCase(r, displayFor(services, identity)), waitingFor: waitingItems(role, r).map((w) => ({ item: w.item, zh: w.zh })) })),
    };
  });

  app.get<{ Querystring: Page & { regionCode?: string; monitoringType?: string } }>('/monitored-households', {
    schema: {
      ...operation({ id: 'listMonitoredHouseholds', tag: 'monitoring', zh: '当前监测对象（按类型、村），含人数', en: 'Households monitored now, by type and village, with people counts', answers: { 200: MonitoredHouseholdsAnswer }, problems: READ }),
      querystring: { type: 'object', properties: { regionCode, monitoringType, ...page } },
    },
  }, async (request) => {
    const q = request.query;
    const identity = authorizeRead(request);
    const prefix = regionFor(q.regionCode, identity.jurisdiction);
    const display = displayFor(services, identity);
    const rows: MonitoringCaseRow[] = prefix === null ? [] : services.monitoring.list(prefix, (r) =>
      MONITORED_STATES.includes(r.state) && (q.monitoringType === undefined || r.context.monitoringType === q.monitoringType))
      .sort((a, b) => a.context.villageCode.localeCompare(b.context.villageCode) || (a.context.monitoringType ?? '').localeCompare(b.context.monitoringType ?? ''));
    return {
      regionCode: prefix ?? q.regionCode ?? '',
      total: rows.length,
      people: rows.reduce((n, r) => n + peopleOf(r.context.householdId), 0),
      items: slice(rows, q).map((r) => ({
        caseId: r.id,
        householdId: r.context.householdId,
        headName: display.headName(r.context.householdId),
        villageCode: r.context.villageCode,
        townshipCode: r.context.villageCode.slice(0, 9),
        ...display.places(r.context.villageCode),
        monitoringType: r.context.monitoringType,
        monitoringTypeZh: r.context.monitoringType ? MONITORING_TYPE_ZH[r.context.monitoringType] : null,
        state: r.state,
        people: peopleOf(r.context.householdId),
        monitoredSince: r.context.monitoredSince,
        cycle: r.context.cycle,
        contact: r.context.contact?.name ?? null,
        hasPlan: r.context.plan !== null,
        visits: r.context.visits.count,
      })),
    };
  });

  app.get<{ Querystring: { regionCode?: string; level: 'village' | 'township' } }>('/monitoring-counts', {
    schema: {
      ...operation({ id: 'getMonitoringCounts', tag: 'monitoring', zh: '按村或乡镇统计户数、人数：监测对象（分类型）、拟识别、已消除风险', en: 'Households and people per village or township: monitored (by type), proposed, risk eliminated', answers: { 200: MonitoringCountsAnswer }, problems: READ }),
      querystring: { type: 'object', properties: { regionCode, level: { type: 'string', enum: ['village', 'township'], default: 'village' } } },
    },
  }, async (request) => {
    const { jurisdiction } = authorizeRead(request);
    const prefix = regionFor(request.query.regionCode, jurisdiction);
    const rows = prefix === null ? [] : services.monitoring.list(prefix);
    return countCases(rows, request.query.level, peopleOf, prefix ?? request.query.regionCode ?? jurisdiction);
  });
};
