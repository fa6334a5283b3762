import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { authorizeAudit } from '../audit/access.ts';
import { within } from '../auth/identity.ts';
import type { Role } from '../auth/roles.ts';
import { CHINA_OFFSET_MS } from '../domain/dates.ts';
import { operation } from '../http/contract/operation.ts';
import { outsideJurisdiction } from '../auth/authenticate.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';

/**
 * Who read whose personal data (PIPL arts. 51, 54): a supervisor's or a department's read of a household, a list of
 * households, an export, an approval form or the feed is recorded before its answer leaves — a read that cannot be
 * recorded is not answered (500): an unrecorded read is what the log exists to rule out.
 *
 * An event stream rather than a table of its own: the record is evidence, and the hash chain makes it tamper-evident
 * as every other step is; it lives in every store the service runs on (no second schema per adapter), is backed up
 * with the events, and the county's auditors verify it with the same /audit/verify. One stream per county and day
 * (`personal-data-access-<county>-<yyyymmdd>`) keeps each stream short and one day one read. The cost — one append
 * per logged read — falls only on the roles that are logged, which read rarely; the working roles, whose reads are
 * their work on the household, are not logged (their steps are on the trail already). The streams are internal:
 * never in the feed.
 */
export const LOGGED_ROLES: readonly Role[] = ['supervisor', 'departmentScreener'];
export const ACCESS_PREFIX = 'personal-data-access-';
export const PURPOSE_HEADER = 'x-purpose';

/** the routes that hand out names or resident IDs, and the households each one read */
const LOGGED_ROUTES: Record<string, (request: FastifyRequest, services: Services) => { householdIds: string[]; regionCode: string }> = {
  'GET /households/:id': (r, s) => {
    const id = (r.params as { id: string }).id;
    return { householdIds: [id], regionCode: s.households.get(id)?.villageCode ?? '' };
  },
  'GET /households': (r) => ({ householdIds: [], regionCode: regionAsked(r) }),
  'GET /exports/:list': (r) => ({ householdIds: [], regionCode: regionAsked(r) }),
  'GET /feed': (r) => ({ householdIds: [], regionCode: regionAsked(r) }),
  'GET /designations/:id/approval-form': (r, s) => {
    const row = s.designations.get((r.params as { id: string }).id);
    return { householdIds: row ? [row.context.householdId] : [], regionCode: row?.context.villageCode ?? '' };
  },
};

const regionAsked = (r: FastifyRequest): string => {
  const q = r.query as { regionCode?: string; villageCode?: string; region?: string };
  const asked = q.regionCode ?? q.villageCode ?? q.region ?? '';
  const own = r.identity?.jurisdiction ?? '';
  return asked.startsWith(own) ? asked : own;
};

/** the county (6 digits) of a region code; a wider region is its own code */
const countyOf = (regionCode: string) => (regionCode.length >= 6 ? regionCode.slice(0, 6) : regionCode || 'all');
const dayOf = (instant: Date) => new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
export const accessStream = (county: string, day: string) => `${ACCESS_PREFIX}${county}-${day.replaceAll('-', '')}`;

export const registerAccessLog = (app: FastifyInstance, services: Services): void => {
  app.addHook('onSend', async (request, reply, payload) => {
    const identity = request.identity;
    if (!identity || reply.statusCode >= 400 || !identity.roles.some((r) => LOGGED_ROLES.includes(r))) return payload;
    const route = `${request.method === 'HEAD' ? 'GET' : request.method} ${request.routeOptions.url ?? ''}`;
    const read = LOGGED_ROUTES[route];
    if (!read) return payload;
    const { householdIds, regionCode } = read(request, services);
    const header = request.headers[PURPOSE_HEADER];
    const purpose = typeof header === 'string' && header.trim() !== '' ? decodeURIComponent(header.trim()).slice(0, 500) : null;
    const now = services.clock.now();
    const capacity = identity.roles.find((r) => LOGGED_ROLES.includes(r));
    const data = { route, householdIds, regionCode, purpose } as JsonObject;
    await services.store.append(accessStream(countyOf(regionCode), dayOf(now)), [{
      type: 'PersonalDataRead', data,
      metadata: { actor: { id: identity.id, name: identity.name, organisation: identity.organisation, capacity, jurisdiction: identity.jurisdiction }, occurredAt: now.toISOString(), correlationId: request.id, causationId: null, commandId: null },
    }], { expectedRevision: 'any' });
    return payload;
  });
};

const AccessLogAnswer = Type.Object({
  county: Type.String(),
  day: Type.String({ format: 'date' }),
  items: Type.Array(Type.Object({
    at: Type.String({ format: 'date-time' }),
    reader: Type.Object({ id: Type.String(), capacity: Type.Union([Type.String(), Type.Null()]), jurisdiction: Type.Union([Type.String(), Type.Null()]) }),
    route: Type.String(),
    householdIds: Type.Array(Type.String()),
    regionCode: Type.String(),
    purpose: Type.Union([Type.String(), Type.Null()]),
  })),
});

/** the county's auditors (supervisors, the county office, administrators: src/audit/access.ts) read a day's log */
export const accessLogRoutes = async (app: FastifyInstance, { services }: { services: Services }): Promise<void> => {
  app.get<{ Querystring: { county: string; day: string } }>('/personal-data/access-log', {
    schema: {
      ...operation({
        id: 'readPersonalDataAccessLog', tag: 'audit', zh: '个人信息查阅记录（按县、按日）', en: "Who read whose personal data: a county's day",
        about: ['督查、行业部门对农户个人信息的每次查阅（谁、何时、查阅了哪些户、目的）。查阅时以 X-Purpose 头说明目的。', 'Every read of households\' personal data by supervisors and departments: who, when, which households or region, and the purpose given in the X-Purpose header.'],
        answers: { 200: AccessLogAnswer }, problems: ['FORBIDDEN_ROLE', 'NOT_FOUND'],
      }),
      querystring: Type.Object({
        county: Type.String({ pattern: '^\\d{6}$', description: 'the county code' }),
        day: Type.String({ format: 'date', description: 'the day (China time)' }),
      }, { additionalProperties: false }),
    },
  }, async (request) => {
    const identity = authorizeAudit(request);
    const { county, day } = request.query;
    if (!within(identity, county) && !county.startsWith(identity.jurisdiction)) throw outsideJurisdiction();
    const events = await services.store.readStream(accessStream(county, day));
    return {
      county, day,
      items: events.map((e) => {
        const d = e.data as { route: string; householdIds: string[]; regionCode: string; purpose: string | null };
        return { at: e.metadata.occurredAt, reader: { id: e.metadata.actor.id, capacity: e.metadata.actor.capacity ?? null, jurisdiction: e.metadata.actor.jurisdiction ?? null }, route: d.route, householdIds: d.householdIds, regionCode: d.regionCode, purpose: d.purpose };
      }),
    };
  });
};
