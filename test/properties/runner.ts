import type { HouseholdInput } from '../../src/domain/household.ts';
import type { DesignationView } from '../../src/designations/present.ts';
import type { MonitoringCaseView } from '../../src/monitoring/present.ts';
import { tokenFor } from '../support/app.ts';
import type { Person, TestApp } from '../support/app.ts';
import { yellowHousehold } from '../support/fixtures.ts';
import { edgeHousehold, evidence, noLabourHousehold, recovered, signedLetter, proxyLetter, villageMeeting } from '../api/monitoring/helpers.ts';
import { describeWhen } from './actions.ts';
import type { Action, Who } from './actions.ts';
import { COUNTY, FOREIGN, PLACE, TOWN, sameIdAs, villageCast } from './cast.ts';

const CARDS = ['red', 'yellow', 'green', 'blue'] as const;
/** how far along its chain a designation or case is (unlisted states: not at all) */
const DESIGNATION_STAGES = ['awaitingAppraisal', 'returnedToVillage', 'awaitingTownshipReview', 'awaitingSpotCheck', 'spotCheck', 'awaitingNotice', 'inNotice'];
const CASE_STAGES = [
  'awaitingAlertVerification', 'awaitingGroupAppraisal', 'awaitingVillageAppraisal', 'awaitingNotice', 'inNotice', 'awaitingComparison', 'objectionAfterNotice',
  'awaitingReport', 'awaitingTownshipReview', 'awaitingDistrictFiling', 'monitored', 'eliminationAppraisal', 'eliminationAwaitingNotice', 'eliminationInNotice',
  'eliminationAwaitingReport', 'eliminationAwaitingTownshipReview', 'eliminationAwaitingFiling', 'riskEliminated',
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FULL_ATTENDANCE = { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 4, publicRepresentatives: 8 };
const NO_EXCLUSIONS = {
  consumerCar: false, commercialHousing: false, luxuriousDecoration: false, publicFundsMember: false, enterpriseExecutive: false, parentsApartFromAbleChildren: false,
  childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: false },
};
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** a rule of the property broken: the message carries the request log, so the failing sequence can be read */
export class PropertyBroken extends Error {}

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read field by field
  body: any;
}

/** what the runs did, over all runs: answers by step and status/code, states reached */
export class Stats {
  readonly answers = new Map<string, number>();
  readonly finalStates = new Map<string, number>();
  add(map: Map<string, number>, key: string) {
    map.set(key, (map.get(key) ?? 0) + 1);
  }
  table(map: Map<string, number>): string {
    return [...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `  ${k}: ${n}`).join('\n');
  }
}

interface Household {
  id: string;
  village: string;
  members: number;
  input: HouseholdInput;
  /** the facts as last changed: its risk gone, or back; a consumer car recorded */
  recovered?: boolean;
  car?: boolean;
  /** nobody in it can work: its risk is never marked eliminated */
  noLabour?: boolean;
}

/**
 * Runs random actions against the app over HTTP, resolving each against the state the API reports, and checks
 * every answer: never a 5xx; a refusal is problem+json with a code. Keeps the log of every request it sent.
 */
export class Runner {
  readonly log: string[] = [];
  readonly fourCard: Household[] = [];
  readonly monitoring: Household[] = [];
  readonly meetings: { id: string; village: string; designationIds: string[] }[] = [];
  readonly rounds: { id: string; population: string[]; sample: string[]; closed: boolean }[] = [];
  readonly notices: { id: string; level: 'village' | 'township'; designationIds: string[] }[] = [];
  registrations = 0;

  constructor(readonly t: TestApp, readonly stats: Stats) {}

  get now(): number {
    return this.t.clock.now().getTime();
  }

  /** sends a request as a person, checks the answer's form, logs it */
  async send(p: Person, method: 'GET' | 'POST', url: string, payload: object | undefined, label: string): Promise<Answer> {
    const authorization = `Bearer ${tokenFor(p, this.t.clock)}`;
    const headBefore = method === 'POST' ? await this.t.store.headPosition() : 0;
    const res = await this.t.app.inject({ method, url, headers: { authorization }, ...(payload ? { payload } : {}) });
    const body = res.body === '' ? null : (JSON.parse(res.body) as Answer['body']);
    const code = res.statusCode >= 400 ? `${String(body?.code)}${body?.rule && body.rule !== body.code ? `/${String(body.rule)}` : ''}` : '';
    if (method === 'POST') {
      this.log.push(`${this.t.clock.now().toISOString()} ${label}: POST ${url} as ${p.id}(${p.roles.join(',')}@${p.jurisdiction}) ${JSON.stringify(payload ?? {})} → ${res.statusCode} ${code}`);
      this.stats.add(this.stats.answers, `${label} ${res.statusCode}${code ? ` ${code}` : ''}`);
    }
    // a list operation answers for each designation on its list
    const items = (body?.results ?? body?.sampling) as { ok: boolean; code?: string }[] | null | undefined;
    if (method === 'POST' && Array.isArray(items)) for (const item of items) this.stats.add(this.stats.answers, `${label} item ${item.ok ? 'ok' : item.code}`);
    if (res.statusCode >= 500) throw new PropertyBroken(`(1) ${method} ${url} answered ${res.statusCode}: ${res.body}`);
    if (res.statusCode >= 400) {
      const type = String(res.headers['content-type'] ?? '');
      if (!type.startsWith('application/problem+json')) throw new PropertyBroken(`(2) ${method} ${url} refused ${res.statusCode} as ${type}: ${res.body}`);
      if (typeof body?.code !== 'string' || body.code === '') throw new PropertyBroken(`(2) ${method} ${url} refused ${res.statusCode} without a code: ${res.body}`);
      // a refusal asking for a reason the request gave cannot be complied with
      if (body.code === 'LATE_ENTRY_REASON_REQUIRED' && payload && 'lateEntryReason' in payload) {
        throw new PropertyBroken(`(2) ${method} ${url} gave a lateEntryReason and was refused LATE_ENTRY_REASON_REQUIRED: ${res.body}`);
      }
      // a refused request changed nothing
      const written = method === 'POST' ? (await this.t.store.headPosition()) - headBefore : 0;
      if (written > 0) {
        throw new PropertyBroken(`(2) ${method} ${url} was refused ${res.statusCode} ${body.code} but wrote ${written} event(s)`);
      }
    }
    return { status: res.statusCode, body };
  }

  async read(url: string): Promise<Answer['body']> {
    const res = await this.send(COUNTY.supervisor, 'GET', url, undefined, 'read');
    if (res.status !== 200) throw new PropertyBroken(`GET ${url} as the county's supervisor answered ${res.status}`);
    return res.body;
  }

  designations = async (): Promise<DesignationView[]> => (await this.read(`/designations?regionCode=${PLACE.county}&limit=500`)).items as DesignationView[];
  cases = async (): Promise<MonitoringCaseView[]> => (await this.read(`/monitoring-cases?regionCode=${PLACE.county}&limit=500`)).items as MonitoringCaseView[];

  /** the households both chains work on: four-card households in two villages, monitoring households in one */
  async setup(): Promise<void> {
    this.t.clock.set('2026-03-18T01:00:00.000Z');
    const register = async (input: HouseholdInput, into: Household[]) => {
      const res = await this.send(villageCast(input.villageCode).investigator, 'POST', '/households', { household: input }, 'register');
      if (res.status !== 201) throw new PropertyBroken(`setup: registration answered ${res.status}`);
      into.push({ id: res.body.id as string, village: input.villageCode, members: input.members.length, input });
    };
    for (let seq = 1; seq <= 4; seq++) await register(yellowHousehold(seq, PLACE.village), this.fourCard);
    await register(yellowHousehold(5, PLACE.otherVillage), this.fourCard);
    // 边缘户 is set only by the county's approved list (src/households/invariants.ts); monitoring reads no category
    for (let seq = 1; seq <= 3; seq++) await register({ ...edgeHousehold(seq), registration: 'ordinary' }, this.monitoring);
    await register({ ...noLabourHousehold(4), registration: 'ordinary' }, this.monitoring);
    (this.monitoring.at(-1) as Household).noLabour = true;
  }

  // ---- what an action resolves to -------------------------------------------------------------------------

  /** an instant as a field device writes it: UTC, or China time with its offset (the same instant) */
  instant(ms: number, a: Pick<Action, 'china'>): string {
    return a.china ? new Date(ms + 8 * HOUR).toISOString().replace('Z', '+08:00') : new Date(ms).toISOString();
  }

  /** occurredAt (and a late-entry reason) from the action's date variant */
  occurred(a: Pick<Action, 'when' | 'china'>): { occurredAt?: string; lateEntryReason?: string } {
    const { when } = a;
    const at = (ms: number) => this.instant(ms, a);
    switch (when.at) {
      case 'now': return {};
      case 'hoursAgo': return { occurredAt: at(this.now - when.hours * HOUR) };
      case 'daysAgo': return { occurredAt: at(this.now - when.days * DAY), ...(when.reason ? { lateEntryReason: '村里无信号，先纸质记录后补录' } : {}) };
      case 'skew':
      case 'future': return { occurredAt: at(this.now + when.minutes * 60_000) };
    }
  }

  /** the person the action's `who` names for a step */
  who(who: Who, choice: number, people: { right: Person[]; wrong: Person; outside: Person; self?: Person }): Person {
    switch (who) {
      case 'wrongRole': return people.wrong;
      case 'outside': return people.outside;
      case 'self': if (people.self) return people.self; break;
      case 'right': break;
    }
    return people.right[choice % people.right.length] as Person;
  }

  /** one of the preferred candidates (now and then any candidate, to see refusals), or none */
  choose<T>(pick: number, preferred: T[], all: T[]): T | undefined {
    const from = preferred.length > 0 && pick % 8 !== 0 ? preferred : all;
    return from[pick % Math.max(from.length, 1)];
  }

  /** mostly the candidate furthest along its chain (so some get to the end), now and then any */
  furthest<T>(pick: number, candidates: T[], stage: (x: T) => number): T | undefined {
    if (candidates.length === 0 || pick % 3 === 0) return candidates[pick % Math.max(candidates.length, 1)];
    const top = Math.max(...candidates.map(stage));
    const furthest = candidates.filter((x) => stage(x) === top);
    return furthest[pick % furthest.length];
  }

  /** a subset of a list chosen by bits, never empty when the list is not */
  subsetOf<T>(bits: number, items: T[]): T[] {
    const chosen = items.filter((_x, i) => ((bits >> i) & 1) === 1);
    return chosen.length > 0 ? chosen : items.slice(0, 1);
  }

  async run(a: Action): Promise<void> {
    this.t.clock.advance(a.wait * 60_000);
    this.log.push(`-- ${a.kind} who=${a.who} when=${describeWhen(a.when)} pick=${a.pick} choice=${a.choice} subset=${a.subset}${a.china ? ' (+08:00)' : ''} (+${a.wait} min)`);
    switch (a.kind) {
      case 'timer': return this.timer();
      case 'designationNext': return this.designationNext(a);
      case 'declare': return this.declare(a);
      case 'withdraw': return this.withdraw(a);
      case 'meeting': return this.meeting(a);
      case 'signMeeting': return this.signMeeting(a);
      case 'townshipReview': return this.townshipReview(a);
      case 'revise': return this.revise(a);
      case 'appraisalWithdrawal': return this.appraisalWithdrawal(a);
      case 'reviewWithdrawal': return this.reviewWithdrawal(a);
      case 'openRound': return this.openRound(a);
      case 'signSpotCheck': return this.signSpotCheck(a);
      case 'closeRound': return this.closeRound(a);
      case 'notice': return this.notice(a);
      case 'objection': return this.objection(a);
      case 'resolveObjection': return this.resolveObjection(a);
      case 'register': return this.register(a);
      case 'changeHousehold': return this.changeHousehold(a);
      case 'openCase': return this.openCase(a);
      case 'caseNext': return this.caseStep(a, false);
      case 'caseAny': return this.caseStep(a, true);
      case 'caseObjection': return this.caseObjection(a);
      case 'changeMonitoredHousehold': return this.changeMonitoredHousehold(a);
    }
  }

  async timer(): Promise<void> {
    try {
      const ended = await this.t.app.noticeTimer.runDue();
      this.log.push(`${this.t.clock.now().toISOString()} timer: ended ${ended}`);
    } catch (error) {
      throw new PropertyBroken(`(1) the notice timer failed: ${String(error)}`);
    }
  }

  // ---- four-card designations -------------------------------------------------------------------------------

  /** the step a designation's state waits for (or a declaration for a household without an open one) */
  async designationNext(a: Action): Promise<void> {
    const ds = await this.designations();
    const open = ds.filter((d) => !['designated', 'refused', 'withdrawn'].includes(d.state));
    const undeclared = this.fourCard.filter((h) => !open.some((d) => d.householdId === h.id));
    const d = this.furthest(a.pick, open, (x) => DESIGNATION_STAGES.indexOf(x.state)) ?? ds[a.pick % Math.max(ds.length, 1)];
    if (!d || (undeclared.length > 0 && a.pick % 4 === 0)) return this.declare(a, undeclared[a.pick % Math.max(undeclared.length, 1)]);
    switch (d.state) {
      case 'awaitingAppraisal': {
        // the meeting that has it on its list and still waits for signatures: its signers sign together
        const unsigned = (await this.unsignedMeetings()).find((m) => m.designationIds.includes(d.id));
        if (!unsigned) return this.meeting(a, d);
        for (const _capacity of unsigned.view.missingSignatures as string[]) await this.signMeeting(a, unsigned.id);
        return;
      }
      case 'returnedToVillage': return this.revise(a, d);
      case 'awaitingTownshipReview': return this.townshipReview(a, d);
      case 'awaitingSpotCheck': {
        const round = this.rounds.find((r) => !r.closed && r.population.includes(d.id));
        return round ? this.closeRound(a, round) : this.openRound(a);
      }
      case 'spotCheck': return this.signSpotCheck(a, d);
      case 'awaitingNotice': return this.notice(a, d);
      case 'inNotice': {
        if (d.openObjections.length > 0) return this.resolveObjection(a, d);
        const posted = new Set(this.notices.filter((n) => n.designationIds.includes(d.id)).map((n) => n.level));
        if (posted.size < 2) return this.notice(a, d);
        return a.choice % 3 === 0 ? this.objection(a, d) : this.timer();
      }
      default: return this.objection(a, d);
    }
  }

  async declare(a: Action, household?: Household): Promise<void> {
    const h = household ?? (this.fourCard[a.pick % this.fourCard.length] as Household);
    const cast = villageCast(h.village);
    const card = a.choice % 10 < 7 ? 'yellow' : CARDS[a.choice % 4];
    const p = this.who(a.who, a.choice, { right: [cast.investigator, cast.investigator2], wrong: cast.clerk, outside: FOREIGN.village.investigator });
    await this.send(p, 'POST', '/designations', { householdId: h.id, year: 2026, proposedCard: card, opinion: '入户核实，核算收入', ...this.occurred(a) }, 'declare');
  }

  /** the declarer of a designation, as the person acting in another capacity */
  declarer(d: DesignationView, role: Person['roles'][number], jurisdiction: string): Person {
    return sameIdAs(d.declaredBy ?? 'nobody', role, jurisdiction);
  }

  async designationStep(a: Action, target: DesignationView | undefined, states: string[], path: string, label: string, people: (d: DesignationView) => Parameters<Runner['who']>[2], body: (d: DesignationView) => object): Promise<void> {
    const ds = target ? [target] : await this.designations();
    const d = this.choose(a.pick, ds.filter((x) => states.includes(x.state)), ds);
    if (!d) return;
    const p = this.who(a.who, a.choice, people(d));
    await this.send(p, 'POST', `/designations/${d.id}/${path}`, { ...body(d), ...this.occurred(a) }, label);
  }

  withdraw(a: Action) {
    return this.designationStep(a, undefined, ['awaitingAppraisal', 'returnedToVillage'], 'withdrawal', 'withdraw', (d) => {
      const cast = villageCast(d.villageCode);
      const other = d.declaredBy === cast.investigator.id ? cast.investigator2 : cast.investigator;
      return { right: [this.declarer(d, 'investigator', d.villageCode)], wrong: other, outside: FOREIGN.village.investigator };
    }, () => ({ reason: '申报有误，撤回重新核查' }));
  }

  townshipReview(a: Action, target?: DesignationView) {
    const k = a.choice % 20;
    const body = (): object => k < 12 || k === 19 ? { outcome: 'confirmed', opinion: '逐户核实属实' }
      : k < 14 ? { outcome: 'adjusted', card: CARDS[(a.choice >> 5) % 4], opinion: '协商调整' }
        : k < 18 ? { outcome: 'sentBack', reason: '收入核算有误，退回重新核查' }
          : { outcome: 'refused', reason: '不符合条件' };
    return this.designationStep(a, target, ['awaitingTownshipReview'], 'township-review', 'townshipReview', (d) => ({
      right: [TOWN.reviewer], wrong: TOWN.approver, outside: FOREIGN.reviewer, self: this.declarer(d, 'townshipReviewer', PLACE.township),
    }), body);
  }

  revise(a: Action, target?: DesignationView) {
    return this.designationStep(a, target, ['returnedToVillage'], 'revision', 'revise', (d) => {
      const cast = villageCast(d.villageCode);
      return { right: [this.declarer(d, 'investigator', d.villageCode), cast.investigator2], wrong: cast.clerk, outside: FOREIGN.village.investigator };
    }, () => ({ proposedCard: a.choice % 5 === 0 ? CARDS[(a.choice >> 3) % 4] : 'yellow', opinion: '重新入户核查' }));
  }

  appraisalWithdrawal(a: Action) {
    return this.designationStep(a, undefined, ['awaitingTownshipReview'], 'appraisal-withdrawal', 'appraisalWithdrawal', (d) => {
      const cast = villageCast(d.villageCode);
      return { right: [cast.firstSecretary, cast.partySecretary, cast.villageDirector], wrong: cast.clerk, outside: FOREIGN.village.firstSecretary };
    }, () => ({ reason: '评议记录有误，撤回重新评议' }));
  }

  reviewWithdrawal(a: Action) {
    return this.designationStep(a, undefined, ['awaitingSpotCheck'], 'township-review-withdrawal', 'reviewWithdrawal', () => ({ right: [TOWN.reviewer], wrong: TOWN.approver, outside: FOREIGN.reviewer }),
      () => ({ reason: '复核意见有误，撤回' }));
  }

  /** the meetings still waiting for a signature, as the API shows them */
  async unsignedMeetings() {
    const meetings = await Promise.all(this.meetings.map(async (m) => ({ ...m, view: await this.read(`/appraisal-meetings/${m.id}`) })));
    return meetings.filter((m) => !m.view.applied && (m.view.missingSignatures as string[]).length > 0);
  }

  async meeting(a: Action, target?: DesignationView): Promise<void> {
    const village = target?.villageCode ?? (a.choice % 5 === 0 ? PLACE.otherVillage : PLACE.village);
    const ds = await this.designations();
    // the village's designations waiting for a meeting (those on a meeting still being signed, when asked for one)
    const pending = new Set((target ? await this.unsignedMeetings() : []).flatMap((m) => m.designationIds));
    const chosen = this.subsetOf(a.subset, ds.filter((d) => d.state === 'awaitingAppraisal' && d.villageCode === village && d.id !== target?.id && !pending.has(d.id)));
    if (target) chosen.unshift(target);
    const stray = ds[a.pick % Math.max(ds.length, 1)];
    if (stray && (chosen.length === 0 || a.subset % 9 === 0) && !chosen.some((d) => d.id === stray.id)) chosen.push(stray);
    if (chosen.length === 0) return;
    const cast = villageCast(village);
    const p = this.who(a.who, a.choice, { right: [cast.clerk, cast.firstSecretary], wrong: cast.investigator, outside: FOREIGN.village.clerk });
    const { occurredAt, lateEntryReason } = this.occurred(a);
    const res = await this.send(p, 'POST', '/appraisal-meetings', {
      villageCode: village,
      occurredAt: occurredAt ?? this.instant(this.now, a),
      ...(lateEntryReason ? { lateEntryReason } : {}),
      attendance: (a.choice >> 8) % 9 === 0 ? { ...FULL_ATTENDANCE, poorHouseholdRepresentatives: 0 } : FULL_ATTENDANCE,
      decisions: chosen.map((d) => ({
        designationId: d.id,
        decision: a.choice % 7 === 0 ? 'rejected' : 'approved',
        card: (a.choice >> 3) % 6 === 0 ? CARDS[(a.choice >> 5) % 4] : (d.card ?? 'yellow'),
        opinion: '评议同意',
      })),
    }, 'meeting');
    if (res.status === 201) this.meetings.push({ id: res.body.id as string, village, designationIds: chosen.map((d) => d.id) });
  }

  async signMeeting(a: Action, meetingId?: string): Promise<void> {
    const meetings = await Promise.all(this.meetings.filter((m) => meetingId === undefined || m.id === meetingId).map(async (m) => ({ ...m, view: await this.read(`/appraisal-meetings/${m.id}`) })));
    const m = meetingId ? meetings[0] : this.choose(a.pick, meetings.filter((x) => (x.view.missingSignatures as string[]).length > 0), meetings);
    if (!m) return;
    const cast = villageCast(m.village);
    const signers: Record<string, Person> = { firstSecretary: cast.firstSecretary, partySecretary: cast.partySecretary, villageDirector: cast.villageDirector };
    const missing = (m.view.missingSignatures as string[]).map((c) => signers[c] as Person);
    const p = this.who(a.who, a.choice, { right: missing.length > 0 ? missing : Object.values(signers), wrong: cast.clerk, outside: FOREIGN.village.firstSecretary });
    await this.send(p, 'POST', `/appraisal-meetings/${m.id}/signatures`, this.occurred(a), 'signMeeting');
  }

  async openRound(a: Action): Promise<void> {
    const townshipCode = a.choice % 6 === 0 ? PLACE.foreignTownship : PLACE.township;
    const p = this.who(a.who, a.choice, { right: [COUNTY.office, COUNTY.inspectors[0] as Person], wrong: TOWN.reviewer, outside: FOREIGN.office });
    const res = await this.send(p, 'POST', '/spot-check-rounds', { townshipCode, seed: `round-seed-${a.subset}`, ...this.occurred(a) }, 'openRound');
    if (res.status === 201) this.rounds.push({ id: res.body.id as string, population: res.body.population as string[], sample: res.body.sample as string[], closed: false });
  }

  async signSpotCheck(a: Action, target?: DesignationView): Promise<void> {
    const ds = new Map((await this.designations()).map((d) => [d.id, d]));
    const pairs = this.rounds.flatMap((round) => round.sample.filter((id) => target === undefined || id === target.id).map((id) => ({ round, d: ds.get(id) })));
    const pair = this.choose(a.pick, pairs.filter(({ round, d }) => d?.state === 'spotCheck' && d.spotCheck?.roundId === round.id), pairs);
    if (!pair?.d) return;
    const { round, d } = pair;
    const progress = d.spotCheck?.roundId === round.id ? d.spotCheck : null;
    const free = COUNTY.inspectors.filter((p) => !progress?.signers.includes(p.id));
    const p = this.who(a.who, a.choice, { right: free.length > 0 ? free : COUNTY.inspectors, wrong: COUNTY.office, outside: FOREIGN.inspector, self: this.declarer(d, 'countyInspector', PLACE.county) });
    const k = a.choice % 20;
    // the second inspector mostly agrees with the first (the machine refuses a disagreeing signature)
    const [outcome, card] = progress?.outcome && k !== 0 ? [progress.outcome, progress.card]
      : k < 14 ? ['confirmed', null] : k < 16 ? ['adjusted', CARDS[(a.choice >> 5) % 4]] : k < 19 ? ['sentBack', null] : ['refused', null];
    await this.send(p, 'POST', `/spot-check-rounds/${round.id}/signatures`, {
      designationId: d.id, outcome, ...(outcome === 'adjusted' ? { card } : {}), opinion: '抽查核实', ...this.occurred(a),
    }, 'signSpotCheck');
  }

  async closeRound(a: Action, target?: Runner['rounds'][number]): Promise<void> {
    const round = target ?? this.choose(a.pick, this.rounds.filter((r) => !r.closed), this.rounds);
    if (!round) return;
    const p = this.who(a.who, a.choice, { right: [COUNTY.office, COUNTY.inspectors[0] as Person], wrong: TOWN.reviewer, outside: FOREIGN.office });
    const res = await this.send(p, 'POST', `/spot-check-rounds/${round.id}/closure`, this.occurred(a), 'closeRound');
    if (res.status === 200) round.closed = true;
  }

  async notice(a: Action, target?: DesignationView): Promise<void> {
    // for a target: a level it is not on yet
    const levels = new Set(this.notices.filter((n) => target && n.designationIds.includes(target.id)).map((n) => n.level));
    const township = target && levels.size === 1 ? levels.has('village') : a.choice % 2 === 1;
    const scope = township ? PLACE.township : target?.villageCode ?? ((a.choice >> 1) % 5 === 0 ? PLACE.otherVillage : PLACE.village);
    const ds = await this.designations();
    const chosen = this.subsetOf(a.subset, ds.filter((d) => (d.state === 'awaitingNotice' || d.state === 'inNotice') && d.villageCode.startsWith(scope) && d.id !== target?.id));
    if (target) chosen.unshift(target);
    const stray = ds[a.pick % Math.max(ds.length, 1)];
    if (stray && (chosen.length === 0 || a.subset % 7 === 0) && !chosen.some((d) => d.id === stray.id)) chosen.push(stray);
    if (chosen.length === 0) return;
    const when = this.occurred(a);
    const posted = Date.parse(when.occurredAt ?? this.t.clock.now().toISOString());
    const variant = (a.choice >> 4) % 8;
    const startsAt = variant === 4 ? this.now : variant === 5 ? posted - 2 * HOUR : variant === 6 ? posted - 10 * DAY : variant === 7 ? this.now + 2 * DAY : null;
    const right = township ? [TOWN.approver, TOWN.reviewer] : [TOWN.approver, TOWN.reviewer, villageCast(scope).clerk];
    const p = this.who(a.who, a.choice >> 1, { right, wrong: villageCast(PLACE.village).investigator, outside: FOREIGN.approver });
    const res = await this.send(p, 'POST', '/notices', {
      scopeCode: scope, designationIds: chosen.map((d) => d.id),
      ...(startsAt === null ? {} : { startsAt: this.instant(startsAt, a) }),
      ...((a.choice >> 7) % 11 === 0 ? { days: 10 } : {}),
      ...when,
    }, 'notice');
    if (res.status === 201) this.notices.push({ id: res.body.id as string, level: res.body.level as 'village' | 'township', designationIds: res.body.designationIds as string[] });
  }

  async objection(a: Action, target?: DesignationView): Promise<void> {
    const ds = target ? [target] : await this.designations();
    const d = this.choose(a.pick, ds.filter((x) => x.state === 'inNotice' || x.state === 'designated'), ds);
    if (!d) return;
    const cast = villageCast(d.villageCode);
    const p = this.who(a.who, a.choice, { right: [cast.clerk, TOWN.reviewer, TOWN.approver], wrong: cast.investigator, outside: FOREIGN.village.clerk });
    // raised during the notice (maybe entered after it ended), or whenever the action says
    const during = a.choice % 3 === 0 && d.notice ? Date.parse(d.notice.startsAt) + HOUR : null;
    const when = during !== null && during <= this.now ? { occurredAt: this.instant(during, a) } : this.occurred(a);
    await this.send(p, 'POST', `/designations/${d.id}/objections`, { summary: '村民反映该户有稳定务工收入', ...when }, 'objection');
  }

  async resolveObjection(a: Action, target?: DesignationView): Promise<void> {
    const ds = target ? [target] : await this.designations();
    const d = this.choose(a.pick, ds.filter((x) => x.openObjections.length > 0), ds);
    if (!d) return;
    const objectionId = d.openObjections[a.choice % Math.max(d.openObjections.length, 1)] ?? UNKNOWN_ID;
    const p = this.who(a.who, a.choice, { right: [TOWN.reviewer, TOWN.approver], wrong: villageCast(d.villageCode).clerk, outside: FOREIGN.approver });
    await this.send(p, 'POST', `/designations/${d.id}/objection-resolutions`, {
      objectionId, outcome: a.choice % 4 === 0 ? 'upheld' : 'dismissed', opinion: '经核实处理', ...this.occurred(a),
    }, 'resolveObjection');
  }

  /** one more four-card household, registered with the action's date */
  async register(a: Action): Promise<void> {
    const village = a.choice % 4 === 0 ? PLACE.otherVillage : PLACE.village;
    const input = yellowHousehold(10 + this.fourCard.length + this.registrations++, village);
    const cast = villageCast(village);
    const p = this.who(a.who, a.choice >> 2, { right: [cast.investigator, cast.clerk], wrong: cast.firstSecretary, outside: FOREIGN.village.investigator });
    const res = await this.send(p, 'POST', '/households', { household: input, ...this.occurred(a) }, 'register');
    if (res.status === 201) this.fourCard.push({ id: res.body.id as string, village, members: input.members.length, input });
  }

  async changeHousehold(a: Action): Promise<void> {
    const h = this.fourCard[a.pick % this.fourCard.length] as Household;
    const base = h.input.incomes['2025'];
    const changes = [
      { exclusions: { ...NO_EXCLUSIONS, consumerCar: true } },
      { exclusions: NO_EXCLUSIONS },
      { incomes: { '2025': { ...base, wage: 30_000 } } },
      { incomes: h.input.incomes },
    ][a.choice % 4] as object;
    await this.changeFacts(a, h, changes);
  }

  async changeFacts(a: Action, h: Household, changes: object): Promise<void> {
    const cast = villageCast(h.village);
    const p = this.who(a.who, a.choice >> 2, { right: [cast.investigator, cast.clerk], wrong: cast.firstSecretary, outside: FOREIGN.village.investigator });
    const res = await this.send(p, 'POST', `/households/${h.id}/changes`, { changes, reason: '复查家庭情况', ...this.occurred(a) }, 'changeHousehold');
    if (res.status === 200 && 'livelihood' in changes) h.recovered = changes === recovered;
    if (res.status === 200 && 'exclusions' in changes) h.car = (changes as { exclusions: { consumerCar: boolean } }).exclusions.consumerCar;
  }

  // ---- monitoring cases -------------------------------------------------------------------------------------

  async openCase(a: Action): Promise<void> {
    const h = this.monitoring[a.pick % this.monitoring.length] as Household;
    const cast = villageCast(h.village);
    if (a.choice % 4 === 0) {
      const p = this.who(a.who, a.choice >> 2, { right: [COUNTY.department, COUNTY.office], wrong: cast.clerk, outside: FOREIGN.office });
      await this.send(p, 'POST', '/monitoring-alerts', {
        householdId: h.id, year: 2025, department: 'medicalInsurance', alert: { kind: 'medicalExpense', summary: '医保数据显示大额医疗支出' }, ...this.occurred(a),
      }, 'alert');
      return;
    }
    const source = (a.choice >> 2) % 3 === 0 ? 'cadreScreening' : 'householdApplication';
    const letter = (a.choice >> 4) % 9 === 0 ? {} : { commitment: signedLetter('2026-03-01') };
    const p = this.who(a.who, a.choice >> 2, { right: [cast.clerk, cast.investigator], wrong: cast.firstSecretary, outside: FOREIGN.village.clerk });
    await this.send(p, 'POST', '/monitoring-cases', {
      householdId: h.id, year: 2025, source, proposedType: (a.choice >> 6) % 7 === 0 ? 'unstableEscaped' : 'edgeProne',
      risk: '配偶重病住院，医疗支出大，收入低于监测范围', ...letter, evidence: [evidence('application-form')], ...this.occurred(a),
    }, 'apply');
  }

  /**
   * A step on a monitoring case: the one its state waits for (or, with `any`, any step at all), sent by the
   * action's person, with its date.
   */
  async caseStep(a: Action, any: boolean): Promise<void> {
    const cs = await this.cases();
    const open = cs.filter((x) => !['alertDismissed', 'notIncluded', 'excluded', 'refused', 'withdrawn'].includes(x.state));
    const c = any ? this.choose(a.pick, open, cs) : this.furthest(a.pick, open, (x) => CASE_STAGES.indexOf(x.state)) ?? cs[a.pick % Math.max(cs.length, 1)];
    if (!c) return;
    // a notice that is over is ended by the timer before anyone else acts (as the running service would)
    if (!any && (c.state === 'inNotice' || c.state === 'eliminationInNotice') && c.notice && Date.parse(c.notice.endsAt) <= this.now && c.openObjections.length === 0) return this.timer();
    const steps = caseSteps(this, c, a);
    const names = Object.keys(steps);
    const household = this.monitoring.find((h) => h.id === c.householdId);
    const name = any ? (names[a.subset % names.length] as string) : nextStep(c, a.choice, household ?? { id: '', village: '', members: 0, input: {} as HouseholdInput });
    // the village re-verifies the household's facts: its risk has gone (before proposing elimination), or returned
    // (before re-flagging), or the car was a neighbour's
    if (household && (name === 'recovered' || name === 'relapsed')) return this.changeFacts(a, household, name === 'recovered' ? recovered : relapsed(household));
    if (household && name === 'noCar') return this.changeFacts(a, household, { exclusions: NO_EXCLUSIONS });
    const s = steps[name] as CaseStep;
    const p = this.who(a.who, a.choice >> 3, s.people);
    await this.send(p, 'POST', `/monitoring-cases/${c.id}/${name}`, { ...s.body, ...this.occurred(a) }, `case:${name}`);
  }

  async caseObjection(a: Action): Promise<void> {
    const cs = await this.cases();
    const c = this.choose(a.pick, cs.filter((x) => x.notice !== null || x.openObjections.length > 0), cs);
    if (!c) return;
    const steps = caseSteps(this, c, a);
    const name = c.openObjections.length > 0 && a.choice % 2 === 0 ? 'objection-resolutions' : 'objections';
    const s = steps[name] as CaseStep;
    const during = name === 'objections' && a.choice % 3 === 0 && c.notice ? Date.parse(c.notice.startsAt) + HOUR : null;
    const when = during !== null && during <= this.now ? { occurredAt: this.instant(during, a) } : this.occurred(a);
    await this.send(this.who(a.who, a.choice >> 3, s.people), 'POST', `/monitoring-cases/${c.id}/${name}`, { ...s.body, ...when }, `case:${name}`);
  }

  async changeMonitoredHousehold(a: Action): Promise<void> {
    const h = this.monitoring[a.pick % this.monitoring.length] as Household;
    const changes = [recovered, relapsed(h), { exclusions: { ...NO_EXCLUSIONS, consumerCar: true } }, { exclusions: NO_EXCLUSIONS }][a.choice % 4] as object;
    await this.changeFacts(a, h, changes);
  }
}

/** a monitored household whose risk returned: a poor 2026, an illness, income unstable */
const relapsed = (h: Household) => ({
  incomes: { ...h.input.incomes, '2026': { wage: 3000, business: 1000, property: 0, transfer: 1200, productionCosts: 1800, medicalExpenses: 20_000, schoolingExpenses: 0 } },
  risks: [{ kind: 'illness' }],
  livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true },
});

interface CaseStep {
  people: Parameters<Runner['who']>[2];
  body: object;
}

/** every step of a monitoring case, with its right (and wrong) people and a valid body */
const caseSteps = (r: Runner, c: MonitoringCaseView, a: Action): Record<string, CaseStep> => {
  const v = villageCast(c.villageCode);
  const f = FOREIGN.village;
  const household = r.monitoring.find((h) => h.id === c.householdId);
  const k = a.choice % 12;
  const variant = (a.choice >> 4) % 6;
  const startsAt = variant === 3 ? r.now - 2 * HOUR : variant === 4 ? r.now - 10 * DAY : variant === 5 ? r.now + 2 * DAY : r.now;
  const opinion = '经核实';
  return {
    'alert-verification': {
      people: { right: [v.investigator, v.clerk, v.firstSecretary], wrong: v.partySecretary, outside: f.clerk },
      body: k === 0 ? { outcome: 'dismissed', opinion } : { outcome: 'confirmed', proposedType: 'edgeProne', opinion, evidence: [evidence('alert-visit')] },
    },
    commitment: { people: { right: [v.investigator, v.clerk], wrong: v.firstSecretary, outside: f.clerk }, body: { commitment: k === 0 ? proxyLetter(false, '2026-03-01') : signedLetter('2026-03-01') } },
    'group-appraisal': {
      people: { right: [v.clerk, v.investigator], wrong: v.firstSecretary, outside: f.clerk },
      body: { outcome: k === 0 ? 'notRecommended' : 'recommended', opinion: '村民小组评议', attendance: 11, evidence: [evidence('group-minutes')] },
    },
    'village-appraisal': {
      people: { right: [v.partySecretary, v.villageDirector, v.firstSecretary, v.clerk], wrong: v.investigator, outside: f.partySecretary },
      body: k === 0 ? { decision: 'notIncluded', opinion, attendance: villageMeeting } : { decision: 'included', monitoringType: 'edgeProne', opinion, attendance: villageMeeting },
    },
    notice: { people: { right: [v.clerk, v.partySecretary, v.villageDirector], wrong: v.investigator, outside: f.clerk }, body: { startsAt: r.instant(startsAt, a), noticeRef: '村务公开栏' } },
    'data-comparison': {
      people: { right: [COUNTY.office], wrong: v.clerk, outside: FOREIGN.office },
      body: k === 0 ? { result: 'exclusionFound', findings: { consumerCar: true }, departments: ['publicSecurity'], opinion } : { result: 'clear', departments: ['publicSecurity', 'marketRegulation'], opinion },
    },
    objections: { people: { right: [v.clerk, TOWN.reviewer, TOWN.approver], wrong: v.investigator, outside: f.clerk }, body: { summary: '村民反映该户收入情况不实' } },
    'objection-resolutions': {
      people: { right: [v.partySecretary, v.villageDirector, TOWN.reviewer, TOWN.approver], wrong: v.clerk, outside: FOREIGN.approver },
      body: { objectionId: c.openObjections[a.choice % Math.max(c.openObjections.length, 1)] ?? UNKNOWN_ID, outcome: k < 3 ? 'upheld' : 'dismissed', opinion },
    },
    report: { people: { right: [v.clerk, v.partySecretary, v.villageDirector], wrong: v.investigator, outside: f.clerk }, body: { opinion: '公示无异议，上报' } },
    'township-review': {
      people: { right: [TOWN.approver, TOWN.reviewer], wrong: v.clerk, outside: FOREIGN.approver, self: sameIdAs(c.openedBy ?? 'nobody', 'townshipApprover', PLACE.township) },
      body: k === 0 ? { outcome: 'sentBack', reason: '材料不全' } : k === 1 ? { outcome: 'refused', reason: '不符合条件' } : { outcome: 'approved', opinion: '审核同意' },
    },
    'district-filing': {
      people: { right: [COUNTY.office], wrong: TOWN.approver, outside: FOREIGN.office },
      body: k === 0 ? { outcome: 'sentBack', reason: '退回乡镇' } : { outcome: 'filed', announcementRef: '区乡振备〔2026〕12号', opinion: '同意备案' },
    },
    withdrawal: { people: { right: [v.investigator, v.clerk, v.partySecretary, v.villageDirector], wrong: v.firstSecretary, outside: f.clerk }, body: { reason: '农户申请撤回' } },
    contact: {
      people: { right: [v.clerk, v.firstSecretary, TOWN.reviewer], wrong: v.investigator, outside: f.clerk },
      body: { contact: { name: `帮扶干部${k}`, organisation: '县农业农村局' }, ...(k % 2 === 0 ? { reason: '工作调动' } : {}) },
    },
    plan: {
      people: { right: [v.clerk, v.firstSecretary, v.partySecretary], wrong: v.investigator, outside: f.clerk },
      body: { measures: Array.from({ length: household?.members ?? 1 }, (_x, member) => ({ member, kind: member === 0 ? 'employment' : 'health', description: '一人一措施' })) },
    },
    visits: { people: { right: [v.investigator, v.clerk, v.firstSecretary], wrong: COUNTY.office, outside: f.clerk }, body: { notes: '走访了解家庭情况' } },
    'elimination-proposal': { people: { right: [v.clerk, v.partySecretary, v.villageDirector], wrong: v.investigator, outside: f.clerk }, body: { year: 2026, opinion: '收入稳定，提出风险消除' } },
    'elimination-appraisal': {
      people: { right: [v.partySecretary, v.villageDirector, v.firstSecretary, v.clerk], wrong: v.investigator, outside: f.partySecretary },
      body: { outcome: k === 0 ? 'notAgreed' : 'agreed', opinion, attendance: villageMeeting },
    },
    reflag: {
      people: { right: [v.clerk, TOWN.reviewer, COUNTY.office], wrong: v.investigator, outside: f.clerk },
      body: { year: 2026, monitoringType: 'suddenHardship', reason: '再次因病陷入困难', risks: [{ kind: 'illness' }] },
    },
  };
};

/** the step a case's state waits for (with some variety where several are open) */
const nextStep = (c: MonitoringCaseView, choice: number, h: Household): string => {
  const pick = (...names: string[]) => names[choice % names.length] as string;
  const recoveredFacts = h.recovered ?? false;
  // a household recorded with a car is refused at every step towards filing: the village corrects the facts, or withdraws
  if (h.car && ['awaitingAlertVerification', 'awaitingGroupAppraisal', 'awaitingVillageAppraisal', 'awaitingNotice', 'awaitingReport', 'awaitingDistrictFiling', 'riskEliminated'].includes(c.state)) {
    return pick('noCar', 'noCar', 'withdrawal');
  }
  if (c.state === 'monitored' && h.noLabour) return pick('contact', 'plan', 'visits', 'visits', 'elimination-proposal');
  switch (c.state) {
    case 'awaitingAlertVerification': return 'alert-verification';
    case 'awaitingGroupAppraisal': return c.commitment === null ? pick('commitment', 'group-appraisal') : 'group-appraisal';
    case 'awaitingVillageAppraisal': return c.commitment === null ? pick('commitment', 'village-appraisal') : 'village-appraisal';
    case 'awaitingNotice': return c.commitment === null ? 'commitment' : 'notice';
    case 'eliminationAwaitingNotice': return 'notice';
    case 'inNotice':
    case 'awaitingComparison':
      if (c.openObjections.length > 0) return 'objection-resolutions';
      return c.comparison?.status === 'pending' ? 'data-comparison' : pick('objections', 'visits', 'visits');
    case 'objectionAfterNotice': return c.comparison?.status === 'pending' ? pick('data-comparison', 'objection-resolutions') : 'objection-resolutions';
    case 'awaitingReport':
    case 'eliminationAwaitingReport': return 'report';
    case 'awaitingTownshipReview':
    case 'eliminationAwaitingTownshipReview': return 'township-review';
    case 'awaitingDistrictFiling':
    case 'eliminationAwaitingFiling': return 'district-filing';
    case 'monitored': return recoveredFacts ? pick('elimination-proposal', 'elimination-proposal', 'visits') : pick('contact', 'plan', 'visits', 'recovered', 'recovered');
    case 'eliminationAppraisal': return 'elimination-appraisal';
    case 'eliminationInNotice': return c.openObjections.length > 0 ? 'objection-resolutions' : pick('visits', 'objections', 'contact');
    case 'riskEliminated': return recoveredFacts ? pick('relapsed', 'visits') : pick('reflag', 'reflag', 'visits');
    default: return pick('visits', 'withdrawal');
  }
};
