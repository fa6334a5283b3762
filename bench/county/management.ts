import type { FastifyInstance } from 'fastify';
import { adjustmentRoundChain, adjustmentRoundIdOf, managementChain, managementIdOf } from '../../src/management/chain.ts';
import { monthOf, roundOf } from '../../src/management/periods.ts';
import { roundListing } from '../../src/management/reads.ts';
import { roundProgress } from '../../src/management/rounds.ts';
import type { ManualClock } from '../../src/shared/clock.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import { seededRandom } from '../../src/shared/random.ts';
import type { Card } from '../../workflows/management/events.ts';
import { ADJUSTMENT_ROUND_MACHINE_VERSION, MANAGEMENT_MACHINE_VERSION } from '../../workflows/registry.ts';
import { cadreFor, contactsOfMonth, dayOf } from './contacts.ts';
import type { ContactPlanOptions, PlannedContact } from './contacts.ts';
import { COUNTY_CODE } from './geography.ts';

export interface ManagementOptions extends ContactPlanOptions {
  seed: string;
  /** months of contacts after the first managed month (default 12) */
  months?: number;
  /** share of reviews that are not done (default 0.05): their review duty ends overdue */
  reviewMissingShare?: number;
  progress?: (message: string) => void;
}

export interface ManagementResult {
  managed: number;
  contacts: number;
  late: number;
  /** planned contacts that were left out (their duties end overdue) */
  missing: number;
  /** reviews done through the three steps (the card kept), and those left out */
  reviews: number;
  reviewsMissing: number;
  /** the half-yearly round opened in the year's third month and closed six months on */
  round: { id: string; round: string; total: number; withOutcome: number; withoutOutcome: number } | null;
}

/** `year`: the designation's, whose facts (and income year) a review judges the card on */
interface Managed { id: string; village: string; card: Card; notEscaped: boolean; year: number; cadre: ReturnType<typeof cadreFor> }
interface Entry { household: Managed; contact: PlannedContact }

const DAY = 86_400_000;

/**
 * After the card (分类帮扶、动态管理, issue 14): every completed designation of the county is taken under management
 * the day after the clock's now, paired with a cadre of its village, and a year of the cadres' calls, WeChat and
 * visits follows (bench/county/contacts.ts: some missing, some entered two months late from paper with the reason).
 * Each step goes through the engine with the events the routes decide (POST /management-records, …/contacts), so
 * the chain's rules and time checks apply; a timely contact is recorded the day after it happened, the clock moving
 * forward through the year. Reviews (red every six months, the others every quarter) go through the three steps with
 * the card kept, a twentieth left out; the county opens the half-yearly round that begins in the year's third month
 * and closes it six months on, naming the households left without an outcome. Ends on the 3rd of the month after
 * the year, the last late entries recorded then.
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
    managed.push({ id, village: c.villageCode, card, notEscaped: card === 'red', year: c.year, cadre });
  }
  say(`${managed.length} carded households taken under management`);

  const result: ManagementResult = { managed: managed.length, contacts: 0, late: 0, missing: 0, reviews: 0, reviewsMissing: 0, round: null };
  const HOUR = 3_600_000;
  const county = { id: 'county-co', capacity: 'countyOffice', jurisdiction: COUNTY_CODE };
  /**
   * 复核 on the 2nd of a month, after the late entries: red cards every six months, the others every quarter, each
   * through 村级申报 → 乡镇核查 → 县扶贫办核定 with the card kept (judged by the card rules on the household's facts)
   */
  const review = async (month: number, k: number) => {
    const due = managed.filter((h) => (k + 1) % (h.card === 'red' ? 6 : 3) === 0);
    const at = (hours: number) => new Date(Date.parse(dayOf(month, 2)) + hours * HOUR).toISOString();
    const steps: [number, { id: string; capacity: string; jurisdiction: string } | null, (h: Managed) => { type: string; data: JsonObject }][] = [
      [2, null, (h) => ({ type: 'ReclassificationDeclared', data: { reclassificationId: services.newId(), year: h.year, proposedCard: h.card, reason: '半年/季度复核：情况未变', evidence: [], warnings: [] } })],
      [4, { id: 'county-tr2', capacity: 'townshipReviewer', jurisdiction: '' }, (h) => ({ type: 'ReclassificationChecked', data: { outcome: 'agreed', card: h.card, opinion: '核查属实', warnings: [] } })],
      [6, county, (h) => ({ type: 'ReclassificationConfirmed', data: { outcome: 'kept', card: h.card, opinion: '核定保持原卡', round: roundOf(at(6)) } })],
    ];
    const reviewed = due.filter(() => random.next() >= (options.reviewMissingShare ?? 0.05));
    result.reviewsMissing += due.length - reviewed.length;
    for (const [hours, signer, event] of steps) {
      clock.set(at(hours));
      for (const h of reviewed) {
        const actor = signer === null ? { id: `clerk-${h.village}`, capacity: 'villageClerk', jurisdiction: h.village }
          : signer.jurisdiction === '' ? { ...signer, jurisdiction: h.village.slice(0, 9) } : signer;
        const out = await services.engine.execute(managementChain, h.id, { actor, occurredAt: at(hours), correlationId: 'county-management' }, () => [event(h)], { mustExist: true });
        position = out.position;
      }
    }
    result.reviews += reviewed.length;
  };
  /** the county's half-yearly round: opened when its half year begins, closed when the next begins (naming those left) */
  const openRound = async (month: number) => {
    const at = new Date(Date.parse(dayOf(month, 2)) + 8 * HOUR).toISOString();
    clock.set(at);
    const r = roundOf(at);
    const id = adjustmentRoundIdOf(COUNTY_CODE, r);
    const out = await services.engine.execute(adjustmentRoundChain, id, { actor: county, occurredAt: at, correlationId: 'county-management' }, () => [{
      type: 'AdjustmentRoundOpened', data: { countyCode: COUNTY_CODE, round: r, machineVersion: ADJUSTMENT_ROUND_MACHINE_VERSION },
    }]);
    position = out.position;
    return { id, round: r };
  };
  const closeRound = async (opened: { id: string; round: string }, month: number) => {
    const at = new Date(Date.parse(dayOf(month, 2)) + 8 * HOUR).toISOString();
    clock.set(at);
    await services.projector.waitFor(position);
    const p = roundProgress(roundListing(services.management.inRegion(COUNTY_CODE, true), opened.round), opened.round);
    const left = p.withoutOutcome.map((r) => r.id);
    const out = await services.engine.execute(adjustmentRoundChain, opened.id, { actor: county, occurredAt: at, correlationId: 'county-management' }, () => [{
      type: 'AdjustmentRoundClosed',
      data: { total: p.total, withOutcome: p.done, withoutOutcome: left, acknowledged: left, reason: left.length === 0 ? null : '复核未完成的农户转下一轮' },
    }], { mustExist: true });
    position = out.position;
    result.round = { ...opened, total: p.total, withOutcome: p.done, withoutOutcome: left.length };
  };
  let opened: { id: string; round: string } | null = null;
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
    await review(month, k);
    // the round of the half year that begins in the year's third month (reviews confirmed in it count), closed six months on
    if (k === 2) opened = await openRound(month);
    else if (k === 8 && opened) await closeRound(opened, month);
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
