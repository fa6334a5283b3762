import type { FastifyInstance } from 'fastify';
import { authorizeRead } from '../auth/authenticate.ts';
import { isRole } from '../auth/roles.ts';
import type { Role } from '../auth/roles.ts';
import { operation } from '../http/contract/operation.ts';
import { READ } from '../http/contract/groups.ts';
import { pageParams } from '../http/query-params.ts';
import { narrowRegion } from '../http/region-filter.ts';
import { chinaDateOf } from '../domain/dates.ts';
import type { RegionDirectoryView } from '../regions/view.ts';
import type { Clock } from '../shared/clock.ts';
import { ProblemError } from '../shared/problem.ts';
import { DutyCountsAnswer, DutyListAnswer } from './answer-schemas.ts';
import type { CountGroup, DueIndex, DueItem, DueState } from './due-index.ts';

interface DutyQuery {
  regionCode?: string;
  state: DueState;
  kind?: string;
  mine?: boolean;
  role?: string;
  personId?: string;
  offset: number;
  limit: number;
}

interface CountQueryString {
  regionCode?: string;
  by: 'cadre' | 'village' | 'township';
  kind?: string;
}

const GROUP: Readonly<Record<CountQueryString['by'], CountGroup>> = { cadre: 'person', village: 'village', township: 'township' };

/** a day ends at 24:00 China time: an instant at 16:00Z is the end of that China day, not the start of the next */
const lastDayOf = (dueAt: string): string => chinaDateOf(new Date(Date.parse(dueAt) - 1).toISOString());

const present = (regions: Pick<RegionDirectoryView, 'placeNames'>) => ({ duty, overdueDays }: DueItem) => ({
  key: duty.key,
  kind: duty.kind,
  zh: duty.zh,
  subject: duty.subject,
  regionCode: duty.regionCode,
  ...regions.placeNames(duty.regionCode.length >= 9 ? duty.regionCode : null),
  owner: { personId: duty.owner.personId, name: duty.owner.name ?? null, role: duty.owner.role },
  supervisorRole: duty.supervisorRole ?? null,
  dueAt: duty.dueAt,
  dueDay: lastDayOf(duty.dueAt),
  warnFrom: duty.warnFrom ?? null,
  overdueDays,
  detail: duty.detail ?? {},
});

/**
 * `GET /duties`: the one worklist of things coming due, for every chain that puts duties in the index (after-card
 * management, the rectification ledger, listed-village reports). `mine=true` answers what the caller owes as a
 * person and, through each of their roles, what their people owe (a supervisor sees the overdue items below them).
 */
/** the query parameters both duty reads take */
const RegionCodeQuery = { type: 'string', pattern: '^\\d{2,12}$', description: 'a region (township, village …) within your jurisdiction' } as const;
const DutyKindQuery = { type: 'string', pattern: '^[a-zA-Z]{1,40}$', description: 'one kind of duty (e.g. contact, visit, review, monitoring)' } as const;

export const dueRoutes = async (app: FastifyInstance, opts: { due: DueIndex; clock: Clock; regions: Pick<RegionDirectoryView, 'placeNames'> }): Promise<void> => {
  app.get<{ Querystring: DutyQuery }>('/duties', {
    schema: {
      ...operation({
        id: 'listDuties', tag: 'duties',
        zh: '到期与逾期事项（复核、联系、走访、整改时限、月报）', en: 'Duties coming due and overdue (reviews, contacts, visits, rectification deadlines, monthly reports)',
        about: ['按区域、事项、责任人筛选；逾期事项按逾期天数排序，最久的在前。', 'Filter by region, kind and who owes it; overdue duties come most overdue first.'],
        answers: { 200: DutyListAnswer }, problems: [...READ, 'UNKNOWN_ROLE'],
      }),
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          regionCode: RegionCodeQuery,
          state: { type: 'string', enum: ['overdue', 'dueSoon', 'open'], default: 'overdue' },
          kind: DutyKindQuery,
          mine: { type: 'boolean', description: 'only what I owe, and what my people owe (as their supervisor)' },
          role: { type: 'string', description: 'what this role owes (or supervises) in the region' },
          personId: { type: 'string', maxLength: 100, description: 'what this person owes' },
          ...pageParams,
        },
      },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const q = request.query;
    if (q.role !== undefined && !isRole(q.role)) throw new ProblemError(400, 'UNKNOWN_ROLE', `未知角色：${q.role}`, `Unknown role: ${q.role}`);
    const prefix = narrowRegion(q.regionCode, identity.jurisdiction);
    const asOf = opts.clock.now().toISOString();
    const base = { now: asOf, state: q.state, ...(q.kind ? { kinds: [q.kind] } : {}) };
    const page = { offset: q.offset, limit: q.limit };
    if (prefix === null) return { regionCode: q.regionCode ?? identity.jurisdiction, state: q.state, asOf, counts: {}, total: 0, items: [] };
    // mine: what I owe as a person, and what is owed below me through each of my roles
    const who = q.mine ? { personId: identity.id, supervisedBy: identity.roles }
      : { ...(q.personId !== undefined ? { personId: q.personId } : {}), ...(q.role !== undefined ? { role: q.role as Role, supervisedBy: [q.role as Role] } : {}) };
    const query = { ...base, regionPrefix: prefix, ...who };
    const { total, items } = opts.due.query(query, page);
    return { regionCode: prefix, state: q.state, asOf, counts: opts.due.countByKind(query), total, items: items.map(present(opts.regions)) };
  });

  /**
   * `GET /duties/counts`: per cadre (the person who owes the duties), village or township of a region, how many
   * are overdue, coming due and open now — which cadre has not yet called a household this month (kind=contact),
   * whose visits are behind. Read from the index's groups (per person, per village), not by a pass over duties.
   */
  app.get<{ Querystring: CountQueryString }>('/duties/counts', {
    schema: {
      ...operation({
        id: 'countDuties', tag: 'duties',
        zh: '到期与逾期事项统计（按帮扶干部、村、乡镇）', en: 'Duties overdue, coming due and open, counted per cadre, village or township',
        about: ['例如 kind=contact&by=cadre：本月尚未完成电话微信联络的帮扶干部及其户数；逾期最多的在前。', 'E.g. kind=contact&by=cadre: which cadres have not yet made this month\'s calls, and for how many households; most overdue first.'],
        answers: { 200: DutyCountsAnswer }, problems: READ,
      }),
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          regionCode: RegionCodeQuery,
          by: { type: 'string', enum: ['cadre', 'village', 'township'], default: 'cadre' },
          kind: DutyKindQuery,
        },
      },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const q = request.query;
    const prefix = narrowRegion(q.regionCode, identity.jurisdiction);
    const asOf = opts.clock.now().toISOString();
    const head = { by: q.by, kind: q.kind ?? null, asOf };
    if (prefix === null) return { regionCode: q.regionCode ?? identity.jurisdiction, ...head, groups: [] };
    const groups = opts.due.countBy({ now: asOf, regionPrefix: prefix, by: GROUP[q.by], ...(q.kind ? { kinds: [q.kind] } : {}) });
    return {
      regionCode: prefix, ...head,
      groups: groups.map((g) => ({
        key: g.key, name: g.name, role: g.role,
        ...(q.by === 'cadre' ? { townshipName: null, villageName: null } : opts.regions.placeNames(g.key !== null && g.key.length >= 9 ? g.key : null)),
        overdue: g.overdue, dueSoon: g.dueSoon, open: g.open,
      })),
    };
  });
};
