import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { authorizeRead } from '../../auth/authenticate.ts';
import { operation } from '../../http/contract/operation.ts';
import { narrowRegion } from '../../http/region-filter.ts';
import type { Services } from '../../services.ts';
import { personalFor } from '../tables/common.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const SearchHit = Type.Object({
  householdId: Type.String(),
  headName: Type.String({ description: 'masked (张*) for roles that see resident IDs masked' }),
  residentId: Type.String({ description: "the head's resident ID, masked per role" }),
  villageCode: Type.String(),
  townshipName: Nullable(Type.String()),
  villageName: Nullable(Type.String()),
  group: Type.String(),
  matched: Type.Object({
    by: Type.Union([Type.Literal('residentId'), Type.Literal('name'), Type.Literal('initials'), Type.Literal('village')]),
    name: Type.String({ description: 'the name that matched (head or member), masked per role; the village name for by=village' }),
    relation: Type.String({ description: 'head, spouse, child … of the member whose name matched' }),
  }, { additionalProperties: false }),
}, { additionalProperties: false });

const SearchAnswer = Type.Object({
  q: Type.String(),
  by: Type.Union([Type.Literal('residentId'), Type.Literal('name'), Type.Literal('initials')]),
  items: Type.Array(SearchHit),
  more: Type.Boolean({ description: 'more households match: type more of the name' }),
}, { additionalProperties: false });

const RESIDENT_ID = /^\d{17}[\dXx]$/;
const INITIALS = /^[A-Za-z]{1,10}$/;

/**
 * GET /households/search: a household by its head's or a member's resident ID (exact), name (prefix), pinyin
 * initials (zs for 张三: how a name half known is typed) or village name, within the caller's jurisdiction, answered
 * as the caller may see it. The index (src/office/search/search-index.ts) is fed by the household projection.
 */
export const searchRoutes = (app: FastifyInstance, services: Services): void => {
  app.get<{ Querystring: { q: string; regionCode?: string; limit?: number } }>('/households/search', {
    schema: {
      ...operation({ id: 'searchHouseholds', tag: 'office', zh: '查找农户：身份证号（精确）、姓名（前缀）、拼音首字母、村名；按角色脱敏', en: 'Find households by resident ID (exact), head\'s or member\'s name (prefix), pinyin initials or village name, in your jurisdiction, masked per role', answers: { 200: SearchAnswer }, problems: ['FORBIDDEN_ROLE'] }),
      querystring: {
        type: 'object',
        properties: {
          q: { type: 'string', minLength: 1, maxLength: 40 },
          regionCode: { type: 'string', pattern: '^\\d{2,14}$' },
          limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        },
        required: ['q'],
        additionalProperties: false,
      },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const q = request.query.q.trim();
    const limit = request.query.limit ?? 20;
    const region = narrowRegion(request.query.regionCode, identity.jurisdiction);
    const p = personalFor(identity, services);
    const by = RESIDENT_ID.test(q) ? 'residentId' : INITIALS.test(q) ? 'initials' : 'name';
    const answer = { q, by, items: [] as unknown[], more: false };
    if (region === null) return answer;
    const seen = new Set<string>();
    const hit = (householdId: string, matched: { by: string; name: string; relation: string }) => {
      const row = services.households.get(householdId);
      if (!row || !row.villageCode.startsWith(region) || seen.has(householdId)) return;
      seen.add(householdId);
      const h = row.household;
      answer.items.push({ householdId, headName: p.name(h.head), residentId: p.id(h.residentId), villageCode: h.villageCode, ...services.regions.placeNames(h.villageCode), group: h.group, matched });
    };
    const search = services.householdSearch;
    if (by === 'residentId') {
      const id = search.byResidentId(q);
      if (id) hit(id, { by, name: '', relation: '' });
      for (const item of answer.items as { householdId: string; matched: { name: string; relation: string } }[]) {
        const h = services.households.get(item.householdId)?.household;
        const m = h?.members.find((x) => x.residentId?.toUpperCase() === q.toUpperCase());
        item.matched = { ...item.matched, name: p.name(m?.name ?? h?.head ?? ''), relation: m?.relation ?? 'head' };
      }
      return answer;
    }
    // a name can match several members of one household: ask for more names than households wanted
    const found = by === 'initials' ? search.byInitials(q.toLowerCase(), region, limit * 4) : search.byNamePrefix(q, region, limit * 4);
    for (const e of found.entries) {
      if (answer.items.length === limit) { answer.more = true; break; }
      hit(e.householdId, { by, name: p.name(e.name), relation: e.relation });
    }
    answer.more ||= found.more;
    if (by === 'name' && answer.items.length < limit) {
      // a village whose name starts so: its households
      for (const village of services.regions.list(region.slice(0, 12)).filter((r) => r.level === 'village' && r.name.startsWith(q))) {
        for (const row of services.households.list(village.code, 0, limit - answer.items.length + 1).items) {
          if (answer.items.length === limit) { answer.more = true; break; }
          hit(row.id, { by: 'village', name: village.name, relation: '' });
        }
      }
    }
    return answer;
  });
};
