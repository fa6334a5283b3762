import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName } from '../../../src/shared/display.ts';
import { lastChinaDayOf } from '../../../src/domain/dates.ts';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE } from '../../support/fixtures.ts';
import { DATES, P, chain, http, ok } from '../four-card/helpers.ts';
import type { Json } from '../four-card/helpers.ts';
import * as mon from '../monitoring/helpers.ts';

/** issue 13: lists a screen can show — names, labels, one region filter, local days, objections with summaries */
let t: TestApp;
let designationId: string;
let objectionId: string;
beforeAll(async () => {
  t = await startApp();
  // the directory names the township and the village of the fixtures; the county office keeps it
  for (const [code, name] of [[COUNTY, '华容县'], [TOWNSHIP, '测试镇'], [VILLAGE, '测试村']] as const) ok(await http(t).post(P.countyOffice, '/regions', { code, name }), 201);
  ({ ids: [designationId = ''] } = await chain(t, 'inNotice'));
  t.clock.set('2026-04-06T03:00:00.000Z');
  const raised = ok(await http(t).post(P.clerk, `/designations/${designationId}/objections`, { summary: '村民反映该户有稳定务工收入' }));
  objectionId = raised.openObjections.at(-1) as string;
});
afterAll(async () => t.close());

describe('display fields of a designation (issue 13)', () => {
  it('names the township, village and head of household, and labels the card and state', async () => {
    const d = ok(await http(t).get(P.investigator, `/designations/${designationId}`));
    expect(d).toMatchObject({ townshipName: '测试镇', villageName: '测试村', cardZh: '黄卡', state: 'inNotice', stateZh: d.stepZh });
    expect(d.headName).toMatch(/^户主\d+$/);
    const list = ok(await http(t).get(P.investigator, '/designations'));
    expect(list.items[0]).toMatchObject({ id: designationId, townshipName: '测试镇', villageName: '测试村', cardZh: '黄卡', headName: d.headName });
  });

  it('masks the head\'s name (surname kept) for the roles that see resident IDs masked, in lists and single answers', async () => {
    const full = ok(await http(t).get(P.investigator, `/designations/${designationId}`)).headName as string;
    const masked = ok(await http(t).get(P.supervisor, `/designations/${designationId}`)).headName as string;
    expect(masked).toBe(maskName(full));
    expect(masked).toMatch(/^户\*+$/);
    expect(ok(await http(t).get(P.supervisor, '/designations')).items[0].headName).toBe(masked);
    const households = ok(await http(t).get(P.supervisor, '/households'));
    expect(households.items[0]).toMatchObject({ headName: masked, townshipName: '测试镇', villageName: '测试村' });
    expect(ok(await http(t).get(P.investigator, '/households')).items[0].headName).toBe(full);
    expect(maskName('张三')).toBe('张*');
  });

  it('gives the notice its China-time first and last day: ending at 24:00 on 4/10 reads 4/10, not 4/11', async () => {
    const d = ok(await http(t).get(P.investigator, `/designations/${designationId}`));
    expect(d.notice).toMatchObject({ endsAt: DATES.noticeEnd, firstDay: '2026-04-03', lastDay: '2026-04-10' });
    expect(d.notices[0]).toMatchObject({ lastDay: '2026-04-10' });
    const notices = ok(await http(t).get(P.reviewer, '/notices'));
    expect(notices.items[0]).toMatchObject({ endsAt: DATES.noticeEnd, firstDay: '2026-04-03', lastDay: '2026-04-10' });
    expect(lastChinaDayOf('2026-10-10T16:00:00.000Z')).toBe('2026-10-10');
    expect(lastChinaDayOf('2026-10-10T16:00:01.000Z')).toBe('2026-10-11');
  });

  it('carries the objection with its summary, raiser and status, in the answer and the history', async () => {
    const d = ok(await http(t).get(P.investigator, `/designations/${designationId}`));
    expect(d.openObjections).toEqual([objectionId]);
    expect(d.objections).toEqual([expect.objectContaining({ id: objectionId, summary: '村民反映该户有稳定务工收入', status: 'open', raisedAt: '2026-04-06T03:00:00.000Z', raisedBy: expect.objectContaining({ id: P.clerk.id }) })]);
    const h = ok(await http(t).get(P.investigator, `/designations/${designationId}/history`));
    expect(h.objections).toEqual(d.objections);
  });

  it('one regionCode filter narrowed to the jurisdiction: a township reviewer asking for its county gets its township\'s rows; a region outside is an empty list', async () => {
    const own = ok(await http(t).get(P.reviewer, `/designations?regionCode=${TOWNSHIP}`));
    expect(own.total).toBe(1);
    expect(ok(await http(t).get(P.reviewer, `/designations?regionCode=${COUNTY}`)).total).toBe(own.total);
    expect(ok(await http(t).get(P.reviewer, `/worklists/townshipReviewer?regionCode=${COUNTY}`))).toMatchObject({ regionCode: TOWNSHIP, total: 1 });
    expect(ok(await http(t).get(P.reviewer, `/households?regionCode=${COUNTY}`)).total).toBe(1);
    // the chain posts the list at both levels (village and township): two notices
    expect(ok(await http(t).get(P.reviewer, `/notices?regionCode=${COUNTY}`)).total).toBe(ok(await http(t).get(P.reviewer, `/notices?regionCode=${TOWNSHIP}`)).total);
    expect(ok(await http(t).get(P.reviewer, `/monitoring-cases?regionCode=${COUNTY}`)).total).toBe(0);
    // outside the jurisdiction entirely: an empty list, on every list
    for (const url of ['/designations', '/households', '/notices', '/monitoring-cases', '/worklists/townshipReviewer']) {
      expect(ok(await http(t).get(P.reviewer, `${url}?regionCode=430623102`)).total, url).toBe(0);
    }
    // the households' old filter is a deprecated alias
    expect(ok(await http(t).get(P.reviewer, `/households?villageCode=${VILLAGE}`)).total).toBe(1);
  });
});

describe('display fields of a monitoring case (issue 13)', () => {
  it('names, labels, local notice days and objections with summaries in the answer and the history', async () => {
    const c = await mon.drive(t, 'inNotice', 1);
    mon.at(t, '2026-06-09T02:00:00.000Z');
    ok(await mon.http(t).post(mon.P.clerk, `/monitoring-cases/${c.id}/objections`, { summary: '群众反映该户收入不稳定' }));
    const answer = ok<Json>(await mon.http(t).get(mon.P.clerk, `/monitoring-cases/${c.id}`));
    expect(answer).toMatchObject({ townshipName: '测试镇', villageName: '测试村', monitoringTypeZh: '边缘易致贫户', stateZh: answer.stepZh });
    expect(answer.headName).toBe(`监测户主1`);
    expect(ok<Json>(await mon.http(t).get(mon.P.supervisor, `/monitoring-cases/${c.id}`)).headName).toBe(maskName('监测户主1'));
    expect(answer.notice).toMatchObject({ endsAt: mon.D.noticeEnd, firstDay: '2026-06-08', lastDay: '2026-06-15' });
    const [objection] = answer.objections;
    expect(objection).toMatchObject({ summary: '群众反映该户收入不稳定', status: 'open', raisedAt: '2026-06-09T02:00:00.000Z', raisedBy: { id: mon.P.clerk.id } });
    expect(answer.openObjections).toEqual([objection.id]);
    const resolved = ok<Json>(await mon.http(t).post(mon.P.reviewer, `/monitoring-cases/${c.id}/objection-resolutions`, { objectionId: objection.id, outcome: 'dismissed', opinion: '经核实，情况属实' }));
    expect(resolved.objections).toEqual([expect.objectContaining({ id: objection.id, status: 'dismissed', opinion: '经核实，情况属实' })]);
    const history = ok<Json>(await mon.http(t).get(mon.P.clerk, `/monitoring-cases/${c.id}/history`));
    expect(history.objections).toEqual(resolved.objections);
    expect(history.steps.find((s: Json) => s.step === 'MonitoringObjectionRaised')).toMatchObject({ objectionId: objection.id, opinion: '群众反映该户收入不稳定' });
    const list = ok<Json>(await mon.http(t).get(mon.P.reviewer, `/monitoring-cases?regionCode=${COUNTY}`));
    expect(list.items.map((i: Json) => i.id)).toEqual([c.id]);
    expect(list.items[0]).toMatchObject({ villageName: '测试村', objections: resolved.objections });
  });
});

describe('the approval form prints the names the directory knows', () => {
  it('乡镇：测试镇 村：测试村 instead of the codes', async () => {
    const res = await http(t).get(P.investigator, `/designations/${designationId}/approval-form`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('乡镇：测试镇');
    expect(res.body).toContain('村：测试村');
    expect(res.body).not.toContain(`乡镇：${TOWNSHIP}`);
  });
});
