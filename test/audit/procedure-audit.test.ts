import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/shared/json.ts';
import type { Actor } from '../../src/store/types.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { OTHER_VILLAGE, VILLAGE } from '../support/fixtures.ts';
import { DATES, P, advanceTo, chain, changeFacts, designation, http, ok } from '../api/four-card/helpers.ts';
import * as M from '../api/monitoring/helpers.ts';
import { asTheAppSeesIt } from '../properties/checks.ts';

/**
 * The procedure audit can fail: steps written around the engine (appended to the store directly, as another writer,
 * an old version or an edit would) that break the procedure are each listed by GET /audit/procedure with the rule
 * they break, and trails the engine wrote — a designation driven to completion through the API — have none.
 */

let t: TestApp;
const DAY = 86_400_000;
const NO_EXCLUSIONS = {
  consumerCar: false, commercialHousing: false, luxuriousDecoration: false, publicFundsMember: false, enterpriseExecutive: false, parentsApartFromAbleChildren: false,
  childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: false },
};
const as = (p: { id: string; roles: readonly string[]; jurisdiction: string }): Actor => ({ id: p.id, capacity: p.roles[0], jurisdiction: p.jurisdiction });
const SYSTEM: Actor = { id: 'system', capacity: 'system', jurisdiction: '' };

/** another writer: an append to the stream's end with the app's store (the upcasting store stamps the data's version), past every invariant */
const writeAround = async (stream: string, type: string, data: object, actor: Actor, occurredAt: string, extra: { lateEntryReason?: string } = {}) => {
  const { store } = asTheAppSeesIt(t);
  const [head] = await store.readStream(stream, { direction: 'backwards', limit: 1 });
  const appended = await store.append(stream, [{ type, data: data as JsonObject, metadata: { actor, occurredAt, correlationId: 'written-around-the-engine', causationId: null, commandId: null, ...extra } }],
    { expectedRevision: head ? head.revision : 'no_stream' });
  await t.app.services.projector.waitFor(appended.lastPosition);
};

const iso = (ms: number) => new Date(ms).toISOString();
const now = () => t.clock.now().getTime();

interface Finding { stream: string; type: string; code: string }
const audit = async (regionCode = '430623') => {
  const res = await http(t).get(P.supervisor, `/audit/procedure?regionCode=${regionCode}`);
  return ok<{ ok: boolean; streamsChecked: number; eventsChecked: number; byRule: { code: string; count: number }[]; findings: Finding[] }>(res);
};

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startApp();
  // a household that has a consumer car by the time the village appraises it yellow
  const [car] = (await chain(t, 'awaitingAppraisal', 1)).ids as [string];
  ids.car = car;
  await changeFacts(t, (await designation(t, car)).householdId as string, { exclusions: { ...NO_EXCLUSIONS, consumerCar: true } });
  await writeAround(`designation-${car}`, 'AppraisalDecided', { meetingId: '11111111-1111-4111-8111-111111111111', decision: 'approved', card: 'yellow', opinion: '评议同意', signatures: [] }, as(P.villageDirector), iso(now()));

  // a withdrawal entered 12 days after it happened, without a reason; then a step the machine refuses after it
  const [late] = (await chain(t, 'awaitingAppraisal', 1)).ids as [string];
  ids.late = late;
  t.clock.advance(13 * DAY);
  await writeAround(`designation-${late}`, 'DeclarationWithdrawn', { reason: '撤回' }, as(P.investigator), iso(now() - 12 * DAY));
  await writeAround(`designation-${late}`, 'AppraisalDecided', { meetingId: '22222222-2222-4222-8222-222222222222', decision: 'approved', card: 'yellow', opinion: '评议同意', signatures: [] }, as(P.villageDirector), iso(now()));

  // a township review dated an hour before the appraisal it follows
  const [early] = (await chain(t, 'awaitingTownshipReview', 1)).ids as [string];
  ids.early = early;
  const appraised = (await asTheAppSeesIt(t).store.readStream(`designation-${early}`)).at(-1);
  await writeAround(`designation-${early}`, 'TownshipReviewed', { outcome: 'confirmed', card: 'yellow', opinion: '复核属实' }, as(P.reviewer), iso(Date.parse(String(appraised?.metadata.occurredAt)) - 3_600_000));

  // a village notice that starts five weeks before it was posted
  const [backdated] = (await chain(t, 'awaitingNotice', 1)).ids as [string];
  ids.backdated = backdated;
  const startsAt = now() - 35 * DAY;
  await writeAround(`designation-${backdated}`, 'NoticePosted', { noticeId: '33333333-3333-4333-8333-333333333333', level: 'village', startsAt: iso(startsAt), endsAt: iso(startsAt + 8 * DAY) }, as(P.approver), iso(now()));

  // two designations on both boards: one completed (reported) on the second day of its notice, one left to the timer
  const [inside, clean] = (await chain(t, 'inNotice', 2)).ids as [string, string];
  Object.assign(ids, { inside, clean });
  t.clock.advance(DAY);
  await writeAround(`designation-${inside}`, 'DesignationCompleted', { card: 'yellow', at: DATES.noticeEnd, reportedTo: '430623' }, SYSTEM, iso(now()));
  advanceTo(t, '2026-04-11T01:00:00.000Z');
  expect(await t.app.noticeTimer.runDue()).toBe(1);
  expect((await designation(t, clean)).state).toBe('designated');

  // an appraisal meeting without poor households' representatives
  ids.meeting = '44444444-4444-4444-8444-444444444444';
  await writeAround(`appraisal-meeting-${ids.meeting}`, 'AppraisalMeetingRecorded', {
    machineVersion: 'lists@1', villageCode: VILLAGE, attendance: { partyMembers: 12, groupLeaders: 6, poorHouseholdRepresentatives: 0, publicRepresentatives: 8 }, decisions: [],
  }, as(P.clerk), iso(now()));

  // monitoring (June): a notice of two days where five working days are the rule, and a household with a car moved on
  const short = await M.drive(t, 'awaitingNotice', 71);
  ids.short = short.id;
  await writeAround(`monitoring-${short.id}`, 'MonitoringNoticePosted', {
    phase: 'inclusion', startsAt: iso(now()), endsAt: iso(now() + 2 * DAY), period: { days: 5, unit: 'working' }, noticeRef: '村务公开栏',
  }, as(M.P.clerk), iso(now()));
  const excluded = await M.drive(t, 'awaitingGroupAppraisal', 72);
  ids.excluded = excluded.id;
  await M.changeHousehold(t, excluded.householdId, { exclusions: { ...NO_EXCLUSIONS, consumerCar: true } });
  await writeAround(`monitoring-${excluded.id}`, 'MonitoringGroupAppraised', { outcome: 'recommended', opinion: '推荐', attendance: 11, warnings: [], evidence: [] }, as(M.P.clerk), iso(now()));
}, 120_000);
afterAll(async () => t.close());

describe('the procedure audit finds steps written around the engine (GET /audit/procedure)', () => {
  it('lists each broken step with the rule it breaks, and nothing else', async () => {
    const report = await audit();
    expect(report.ok).toBe(false);
    const found = report.findings.map((f) => `${f.stream} ${f.type} ${f.code}`).sort();
    expect(found).toEqual([
      `appraisal-meeting-${ids.meeting} AppraisalMeetingRecorded APPRAISAL_MEETING_ATTENDANCE`,
      `designation-${ids.backdated} NoticePosted NOTICE_STARTS_BEFORE_POSTING`,
      `designation-${ids.car} AppraisalDecided CARD_RULE_REFUSED`,
      `designation-${ids.early} TownshipReviewed OCCURRED_BEFORE_PREVIOUS_STEP`,
      `designation-${ids.inside} DesignationCompleted REPORT_INSIDE_NOTICE`,
      `designation-${ids.late} AppraisalDecided STEP_NOT_ALLOWED`,
      `designation-${ids.late} DeclarationWithdrawn LATE_ENTRY_REASON_REQUIRED`,
      `monitoring-${ids.excluded} MonitoringGroupAppraised MONITORING_RULE_REFUSED`,
      `monitoring-${ids.short} MonitoringNoticePosted NOTICE_TOO_SHORT`,
    ].sort());
    expect(report.byRule.reduce((n, r) => n + r.count, 0)).toBe(9);
  });

  it('judges a card on the facts as they stood at that step: the car recorded before the appraisal', async () => {
    const finding = (await audit()).findings.find((f) => f.stream === `designation-${ids.car}`) as Finding & { judgedOn: Record<string, unknown> };
    expect(finding.judgedOn).toMatchObject({ step: 'AppraisalDecided', card: 'yellow' });
  });

  it('a trail the engine wrote, through to the timer\'s completion, has no finding', async () => {
    const report = await audit();
    expect(report.findings.filter((f) => f.stream === `designation-${ids.clean}`)).toEqual([]);
    expect((await designation(t, ids.clean as string)).state).toBe('designated');
    // another village's lists have none of these findings
    expect((await audit(OTHER_VILLAGE)).ok).toBe(true);
  });
});
