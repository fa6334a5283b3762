import type { FourCardContext } from '../../workflows/four-card/context.ts';
import { noticesOverAt } from '../../workflows/four-card/context.ts';
import type { MonitoringContext } from '../../workflows/monitoring/context.ts';
import { EVENT_UPCASTERS } from '../../schemas/catalog.ts';
import { auditProcedure } from '../../src/audit/procedure-audit.ts';
import type { ProcedureFinding } from '../../src/audit/procedure-audit.ts';
import { designationChain } from '../../src/designations/chain.ts';
import { chinaWorkingCalendar } from '../../src/domain/calendar.ts';
import type { WorkingCalendar } from '../../src/domain/calendar.ts';
import { seedPolicyBook } from '../../src/domain/policy.ts';
import { machineFor, toMachineEvent } from '../../src/engine/chain.ts';
import type { ChainDefinition } from '../../src/engine/chain.ts';
import { fold, stateName } from '../../src/engine/fold.ts';
import { monitoringChain } from '../../src/monitoring/chain.ts';
import { upcastingStore } from '../../src/store/upcasting.ts';
import type { UpcastingStore } from '../../src/store/upcasting.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import type { TestApp } from '../support/app.ts';
import { COUNTY, PLACE } from './cast.ts';
import { PropertyBroken } from './runner.ts';
import type { Runner } from './runner.ts';

const calendar = (): WorkingCalendar => {
  const c = chinaWorkingCalendar();
  if (!c.ok) throw new Error('the packaged calendar is invalid');
  return c.value;
};

/** the store, policy and calendar as the app builds them (src/services.ts): the upcasting store over the file */
export const asTheAppSeesIt = (t: TestApp) => ({ store: upcastingStore(t.store, EVENT_UPCASTERS), policies: seedPolicyBook(), calendar: calendar() });

/** (3) the procedure audit over the whole store */
export const auditFindings = async (t: TestApp): Promise<ProcedureFinding[]> => {
  const { store, policies, calendar } = asTheAppSeesIt(t);
  return (await auditProcedure(store, { policies, calendar }, {})).findings;
};

const ms = (instant: string) => Date.parse(instant);

const trail = async (store: UpcastingStore, chain: ChainDefinition, id: string) => {
  const events = await store.readStream(`${chain.streamPrefix}${id}`);
  const first = events[0];
  if (!first) throw new PropertyBroken(`(4) the API reports ${chain.name} ${id}, the store has no trail`);
  return { events, snapshot: fold(machineFor(chain, chain.versionOf(first)), events.map(toMachineEvent)) };
};

const MONITORED = ['monitored', 'eliminationAppraisal', 'eliminationAwaitingNotice', 'eliminationInNotice', 'eliminationAwaitingReport', 'eliminationAwaitingTownshipReview', 'eliminationAwaitingFiling', 'riskEliminated'];


/** the events of a case's inclusion that ended in its filing (the first cycle) */
const inclusionOf = (events: RecordedEvent[]) => {
  const filing = events.findIndex((e) => e.type === 'MonitoringDistrictFiled' && e.data.phase === 'inclusion');
  return filing < 0 ? null : events.slice(0, filing + 1);
};

/**
 * (4) what the API reports agrees with the trails: states and cards are the trail's; a designated household's
 * trail has both notice levels ended before its completion; a monitored household's trail was reported after its
 * notice ended, with a clear comparison; a notice lists, and a meeting reports as decided, only designations whose
 * trails accepted it; and nothing the timer should have ended is left running. Returns what it checked, for the statistics.
 */
export const checkConsistency = async (r: Runner): Promise<{ designated: number; monitored: number; eliminated: number }> => {
  const { store } = asTheAppSeesIt(r.t);
  const now = r.t.clock.now().toISOString();
  let designated = 0;
  let monitored = 0;
  let eliminated = 0;
  for (const d of await r.designations()) {
    r.stats.add(r.stats.finalStates, `designation ${d.state}`);
    const { events, snapshot } = await trail(store, designationChain, d.id);
    const c = snapshot.context as FourCardContext;
    if (stateName(snapshot) !== d.state || c.card !== d.card) {
      throw new PropertyBroken(`(4) designation ${d.id}: the API says ${d.state}/${d.card}, its trail ${stateName(snapshot)}/${c.card}`);
    }
    const over = noticesOverAt(c);
    if (d.state === 'designated') {
      designated += 1;
      const completion = events.findLast((e) => e.type === 'DesignationCompleted');
      const levels = new Set(c.notices.map((n) => n.level));
      if (!levels.has('village') || !levels.has('township') || !completion || over === null || ms(completion.metadata.occurredAt) < ms(over) || c.openObjections.length > 0 || completion.data.card !== d.card) {
        throw new PropertyBroken(`(4) designation ${d.id} is designated, but its trail has notices ${JSON.stringify(c.notices)}, completion ${JSON.stringify(completion?.metadata.occurredAt)} card ${String(completion?.data.card)}, open objections ${c.openObjections.length}`);
      }
    }
    if (d.state === 'inNotice' && c.openObjections.length === 0 && over !== null && ms(over) <= ms(now)) {
      throw new PropertyBroken(`(4) designation ${d.id}: its notices ended at ${over}, no objection is open, and the timer left it in notice at ${now}`);
    }
  }
  for (const c of await r.cases()) {
    r.stats.add(r.stats.finalStates, `case ${c.state}`);
    const { events, snapshot } = await trail(store, monitoringChain, c.id);
    if (stateName(snapshot) !== c.state) throw new PropertyBroken(`(4) case ${c.id}: the API says ${c.state}, its trail ${stateName(snapshot)}`);
    if (MONITORED.includes(c.state)) {
      if (c.state === 'riskEliminated') eliminated += 1;
      else monitored += 1;
      const inclusion = inclusionOf(events);
      const notice = inclusion?.findLast((e) => e.type === 'MonitoringNoticePosted');
      const report = inclusion?.findLast((e) => e.type === 'MonitoringReportedToTownship');
      const clear = inclusion?.some((e) => e.type === 'MonitoringComparisonCompleted' && e.data.result === 'clear');
      if (!inclusion || !notice || !report || !clear || ms(report.metadata.occurredAt) < ms(String(notice.data.endsAt))) {
        throw new PropertyBroken(`(4) case ${c.id} is ${c.state}, but its inclusion trail is ${JSON.stringify(inclusion?.map((e) => [e.type, e.metadata.occurredAt]))}`);
      }
    }
    const ctx = snapshot.context as MonitoringContext;
    if ((c.state === 'inNotice' || c.state === 'eliminationInNotice') && ctx.openObjections.length === 0 && ctx.notice && ms(ctx.notice.endsAt) <= ms(now)) {
      throw new PropertyBroken(`(4) case ${c.id}: its notice ended at ${ctx.notice.endsAt}, no objection is open, and the timer left it in ${c.state} at ${now}; trail ${JSON.stringify(events.map((e) => [e.type, e.metadata.occurredAt]))}`);
    }
  }
  for (const { id } of r.notices) {
    const notice = await r.read(`/notices/${id}`);
    for (const designationId of notice.designationIds as string[]) {
      const { events } = await trail(store, designationChain, designationId);
      if (!events.some((e) => e.type === 'NoticePosted' && e.data.noticeId === id)) throw new PropertyBroken(`(4) notice ${id} lists ${designationId}, whose trail never accepted it`);
    }
  }
  for (const { id } of r.meetings) {
    const meeting = await r.read(`/appraisal-meetings/${id}`);
    for (const result of (meeting.results ?? []) as { designationId: string; ok: boolean }[]) {
      if (!result.ok) continue;
      const { events } = await trail(store, designationChain, result.designationId);
      if (!events.some((e) => e.type === 'AppraisalDecided' && e.data.meetingId === id)) throw new PropertyBroken(`(4) meeting ${id} says it decided ${result.designationId}, whose trail has no decision of it`);
    }
  }
  return { designated, monitored, eliminated };
};

/** (3) also as the supervisors see it: GET /audit/procedure for the county */
export const auditRouteFindings = async (r: Runner) => {
  const res = await r.send(COUNTY.supervisor, 'GET', `/audit/procedure?regionCode=${PLACE.county}`, undefined, 'audit');
  if (res.status !== 200) throw new PropertyBroken(`GET /audit/procedure answered ${res.status}`);
  return res.body as { ok: boolean; findings: ProcedureFinding[]; eventsChecked: number };
};
