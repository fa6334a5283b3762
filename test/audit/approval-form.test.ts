import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formDate } from '../../src/audit/approval-form-html.ts';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { maskResidentId } from '../../src/domain/resident-id.ts';
import type { Person, TestApp } from '../support/app.ts';
import { startApp } from '../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { http, ok } from '../api/four-card/helpers.ts';

const person = (id: string, role: Person['roles'][number], jurisdiction: string, name: string): Person => ({ id, roles: [role], jurisdiction, name });
const cast = {
  investigator: person('inv-9', 'investigator', VILLAGE, '李调查'),
  clerk: person('clerk-9', 'villageClerk', VILLAGE, '周文书'),
  firstSecretary: person('fs-9', 'firstSecretary', VILLAGE, '王书记'),
  partySecretary: person('ps-9', 'partySecretary', VILLAGE, '赵支书'),
  villageDirector: person('vd-9', 'villageDirector', VILLAGE, '钱主任"><svg onload=alert(1)>'),
  reviewer: person('tr-9', 'townshipReviewer', TOWNSHIP, '孙复核'),
  approver: person('ta-9', 'townshipApprover', TOWNSHIP, '郑乡长'),
  countyOffice: person('co-9', 'countyOffice', COUNTY, '冯主任'),
  inspector1: person('ci-8', 'countyInspector', COUNTY, '陈抽查'),
  inspector2: person('ci-9', 'countyInspector', COUNTY, '褚抽查'),
  supervisor: person('sv-9', 'supervisor', COUNTY, '卫督查'),
};
const MALICIOUS = '<script>alert("x")</script>入户核实 & 核算收入';
const OBJECTION = '<img src=x onerror=alert(1)>邻居反映有车';

let t: TestApp;
let id: string;
let residentId: string;

/** one household through the whole chain, every signer named, one opinion and one objection carrying markup */
beforeAll(async () => {
  t = await startApp();
  const api = http(t);
  const input = yellowHousehold(77);
  residentId = HouseholdSchema.parse(input).residentId;
  t.clock.set('2026-03-19T02:00:00Z');
  const household = ok(await api.post(cast.investigator, '/households', { household: input }), 201);
  id = ok(await api.post(cast.investigator, '/designations', { householdId: household.id, year: 2026, proposedCard: 'yellow', opinion: MALICIOUS }), 201).id;
  t.clock.set('2026-03-24T08:00:00Z');
  const meeting = ok(await api.post(cast.clerk, '/appraisal-meetings', {
    villageCode: VILLAGE, occurredAt: '2026-03-24T02:00:00Z',
    attendance: { partyMembers: 10, groupLeaders: 5, poorHouseholdRepresentatives: 3, publicRepresentatives: 6 },
    decisions: [{ designationId: id, decision: 'approved', card: 'yellow', opinion: '评议同意，符合黄卡条件' }],
  }), 201);
  for (const p of [cast.firstSecretary, cast.partySecretary, cast.villageDirector]) ok(await api.post(p, `/appraisal-meetings/${meeting.id}/signatures`));
  t.clock.set('2026-03-28T03:00:00Z');
  ok(await api.post(cast.reviewer, `/designations/${id}/township-review`, { outcome: 'confirmed', opinion: '逐户核实属实' }));
  t.clock.set('2026-03-31T03:00:00Z');
  const round = ok(await api.post(cast.countyOffice, '/spot-check-rounds', { townshipCode: TOWNSHIP, seed: 'form-test-seed' }), 201);
  expect(round.sample).toEqual([id]);
  for (const p of [cast.inspector1, cast.inspector2]) ok(await api.post(p, `/spot-check-rounds/${round.id}/signatures`, { designationId: id, outcome: 'confirmed', opinion: `抽查属实（${p.name}）` }));
  ok(await api.post(cast.countyOffice, `/spot-check-rounds/${round.id}/closure`));
  t.clock.set('2026-04-03T01:30:00Z');
  // 乡、村两级张榜公示: the village's board, then the township's
  ok(await api.post(cast.approver, '/notices', { scopeCode: VILLAGE, designationIds: [id], startsAt: '2026-04-03T01:00:00Z' }), 201);
  ok(await api.post(cast.approver, '/notices', { scopeCode: TOWNSHIP, designationIds: [id], startsAt: '2026-04-03T01:00:00Z' }), 201);
  t.clock.set('2026-04-05T02:00:00Z');
  const raised = ok(await api.post(cast.clerk, `/designations/${id}/objections`, { summary: OBJECTION }));
  const objectionId = raised.openObjections[0];
  t.clock.set('2026-04-07T02:00:00Z');
  ok(await api.post(cast.reviewer, `/designations/${id}/objection-resolutions`, { objectionId, outcome: 'dismissed', opinion: '经核实车辆为生产用车，异议不成立' }));
  t.clock.set('2026-04-11T01:00:00Z');
  expect(await t.app.noticeTimer.runDue()).toBe(1);
});
afterAll(async () => t.close());

const form = (who: Person) => http(t).get(who, `/designations/${id}/approval-form`);
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

describe('GET /designations/:id/approval-form (分类帮扶动态管理审批表)', () => {
  it('is a printable, CJK-safe HTML page that runs nothing', async () => {
    const res = await form(cast.supervisor);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toMatch(/^<!DOCTYPE html>/);
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('2026年分类帮扶动态管理审批表');
    expect(res.body).toMatch(/font-family: "Noto Serif CJK SC"/);
    expect(res.body).toContain('@media print');
    expect(res.body).toContain('@page');
    for (const row of ['上户核查意见', '民主评议意见', '乡镇复核意见', '县级抽查意见', '乡村公示情况', '家庭基本情况', '已享受的扶贫政策', '收入小计（元）']) expect(res.body).toContain(row);
  });

  it('fills in every signer, opinion and date from the trail', async () => {
    const body = (await form(cast.supervisor)).body;
    for (const p of Object.values(cast).filter((p) => p !== cast.supervisor && p !== cast.countyOffice)) expect(body, p.name).toContain(escaped(p.name ?? ''));
    const trail = (await http(t).get(cast.supervisor, `/designations/${id}/history`)).json().steps as Array<{ step: string; opinion: string | null; occurredAt: string; actor: { id: string } }>;
    expect(trail.map((s) => s.step)).toEqual([
      'InitialCheckDeclared', 'AppraisalDecided', 'TownshipReviewed', 'SampledForSpotCheck', 'SpotCheckSigned', 'SpotCheckSigned',
      'NoticePosted', 'NoticePosted', 'ObjectionRaised', 'ObjectionResolved', 'DesignationCompleted',
    ]);
    for (const s of trail) {
      if (s.opinion) expect(body, s.step).toContain(escaped(s.opinion));
      expect(body, `${s.step} date`).toContain(formDate(s.occurredAt));
      expect(body, `${s.step} signer`).toContain(s.actor.id);
    }
    // the rows of the form itself
    expect(body).toContain('2026年03月19日'); // 上户核查
    expect(body).toContain('评议日期：2026年03月24日');
    expect(body).toContain('2026年03月28日'); // 乡镇复核
    expect(body).toContain('2026年03月31日'); // 县级抽查
    expect(body).toMatch(/2026年04月03日<\/span> 至 <span class="date">2026年04月10日/); // 公示: ends at 24:00 of 4/10 China time
    expect(body).toContain('同意确定该户为：');
    expect(body).toContain('<span class="box">☑</span>黄卡户');
    for (const capacity of ['驻村第一书记', '村总支部书记', '村主任', '复核人', '抽查人']) expect(body).toContain(capacity);
    expect(body).toContain('户主77');
  });

  it('escapes everything: no markup from an opinion, an objection or a name reaches the page', async () => {
    const body = (await form(cast.supervisor)).body;
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<svg');
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;入户核实 &amp; 核算收入');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });

  it('masks the ID number for roles that do not work with full IDs', async () => {
    const masked = (await form(cast.supervisor)).body;
    expect(masked).toContain(maskResidentId(residentId));
    expect(masked).not.toContain(residentId);
    const full = (await form(cast.countyOffice)).body;
    expect(full).toContain(residentId);
  });

  it('is read in the jurisdiction only', async () => {
    expect((await form(person('sv-x', 'supervisor', '430624', 'x'))).statusCode).toBe(404);
    expect((await form(person('int', 'integrator', '', 'x'))).statusCode).toBe(403);
    expect((await form(cast.investigator)).statusCode).toBe(200);
  });
});
