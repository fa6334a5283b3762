import type { FastifyInstance } from 'fastify';
import { managementChain, managementIdOf } from '../../src/management/chain.ts';
import { monthOf } from '../../src/management/periods.ts';
import type { ManualClock } from '../../src/shared/clock.ts';
import { seededRandom } from '../../src/shared/random.ts';
import type { Card } from '../../workflows/management/events.ts';
import { MANAGEMENT_MACHINE_VERSION } from '../../workflows/registry.ts';
import { cadreFor, contactsOfMonth, dayOf } from './contacts.ts';
import type { ContactPlanOptions, PlannedContact } from './contacts.ts';
import { COUNTY_CODE } from './geography.ts';

export interface ManagementOptions extends ContactPlanOptions {
  seed: string;
  /** months of contacts after the first managed month (default 12) */
  months?: number;
  progress?: (message: string) => void;
}

export interface ManagementResult {
  managed: number;
  contacts: number;
  late: number;
  /** planned contacts that were left out (their duties end overdue) */
  missing: number;
}

interface Managed { id: string; village: string; card: Card; notEscaped: boolean; cadre: ReturnType<typeof cadreFor> }
interface Entry { household: Managed; contact: PlannedContact }

const DAY = 86_400_000;

/**
 * After the card (分类帮扶、动态管理, issue 14): every completed designation of the county is taken under management
 * the day after the clock's now, paired with a cadre of its village, and a year of the cadres' calls, WeChat and
 * visits follows (bench/county/contacts.ts: some missing, some entered two months late from paper with the reason).
 * Each step goes through the engine with the events the routes decide (POST /management-records, …/contacts), so
 * the chain's rules and time checks apply; a timely contact is recorded the day after it happened, the clock moving
 * forward through the year. Ends on the 3rd of the month after the year, the last late entries recorded then.
 */
export const runManagement = async (app: FastifyInstance, clock: ManualClock, options: ManagementOptions): Promise<ManagementResult> => {
  const services = app.services;
  const random = seededRandom(`${options.seed}/management`);
  const say = options.progress ?? (() => undefined);
  const designated = services.designations.list(COUNTY_CODE, ['designated']).filter((d) => d.context.card !== null && d.context.completedAt !== null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const startAt = new Date(clock.now().getTime() + DAY).toISOString();
  clock.set(startAt);
  let position = 0;
  const managed: Managed[] = [];
  for (const d of designated) {
    const c = d.context;
    const card = c.card;
    const completedAt = c.completedAt;
    if (card === null || completedAt === null) continue;
    const cadre = cadreFor(random, c.villageCode);
    const id = managementIdOf(c.householdId);
    const township = { actor: { id: 'county-tr', capacity: 'townshipReviewer', jurisdiction: c.villageCode.slice(0, 9) }, occurredAt: startAt, correlationId: 'county-management' };
    const out = await services.engine.execute(managementChain, id, township, () => [{
      type: 'ManagementStarted',
      data: {
        householdId: c.householdId, villageCode: c.villageCode, designationId: d.id, card, cardSince: new Date(completedAt).toISOString(), year: c.year,
        notEscaped: card === 'red', cadre, machineVersion: MANAGEMENT_MACHINE_VERSION,
      },
    }]);
    position = out.position;
    managed.push({ id, village: c.villageCode, card, notEscaped: card === 'red', cadre });
  }
  say(`${managed.length} carded households taken under management`);

  const result: ManagementResult = { managed: managed.length, contacts: 0, late: 0, missing: 0 };
  const log = async (e: Entry, lateEntryReason?: string) => {
    const h = e.household;
    const ctx = {
      actor: { id: h.cadre.id, name: h.cadre.name, capacity: 'investigator', jurisdiction: h.village },
      occurredAt: e.contact.occurredAt, correlationId: 'county-management', ...(lateEntryReason ? { lateEntryReason } : {}),
    };
    const out = await services.engine.execute(managementChain, h.id, ctx, () => [{
      type: 'ContactLogged',
      data: { contactId: services.newId(), mode: e.contact.mode, by: { id: h.cadre.id, name: h.cadre.name, unitLevel: h.cadre.unitLevel }, findings: e.contact.mode === 'visit' ? '上户走访，生产生活正常' : '电话联络，生活正常', newRisk: null, evidence: [] },
    }], { mustExist: true });
    position = out.position;
    result.contacts += 1;
  };
  const lateByMonth = new Map<number, Entry[]>();
  const flushLate = async (at: string, entries: readonly Entry[]) => {
    clock.set(at);
    for (const e of entries) await log(e, '结对干部纸质走访记录本补录');
    result.late += entries.length;
  };
  const first = monthOf(startAt) + 1;
  const months = options.months ?? 12;
  for (let k = 0; k < months; k++) {
    const month = first + k;
    const due = lateByMonth.get(month);
    if (due) await flushLate(dayOf(month, 2), due);
    lateByMonth.delete(month);
    const timely: Entry[] = [];
    for (const household of managed) {
      const planned = contactsOfMonth(random, household, month, k, options);
      result.missing += planned.missing;
      for (const contact of planned.contacts) {
        if (contact.late) {
          const bucket = lateByMonth.get(month + 2) ?? [];
          lateByMonth.set(month + 2, [...bucket, { household, contact }]);
        } else timely.push({ household, contact });
      }
    }
    // recorded the day after each happened, in the order they happened: the clock only moves forward
    timely.sort((a, b) => (a.contact.occurredAt < b.contact.occurredAt ? -1 : a.contact.occurredAt > b.contact.occurredAt ? 1 : 0));
    for (const e of timely) {
      clock.set(new Date(Date.parse(e.contact.occurredAt) + DAY).toISOString());
      await log(e);
    }
    say(`month ${k + 1} of ${months}: ${result.contacts} contacts logged`);
  }
  // the late entries of the year's last months, recorded on the 3rd of the month after it
  const rest = [...lateByMonth].sort(([a], [b]) => a - b).flatMap(([, entries]) => entries);
  await flushLate(dayOf(first + months, 3), rest);
  if (position > 0) await services.projector.waitFor(position);
  return result;
};
