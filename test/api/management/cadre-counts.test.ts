import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { call } from '../../support/drive.ts';
import { COUNTY, TOWNSHIP, VILLAGE } from '../../support/fixtures.ts';
import { W, designate, duties, ok } from './helpers.ts';
import type { Who } from './helpers.ts';

let t: TestApp;
beforeEach(async () => { t = await startApp(); });
afterEach(async () => { await t.close(); });

interface Group { key: string | null; name: string | null; overdue: number; dueSoon: number; open: number; townshipName: string | null; villageName: string | null }

const underManagement = async () => {
  const { designationIds } = await designate(t, ['red', 'yellow']);
  t.clock.set('2026-04-12T02:00:00Z');
  const red = ok(await call(t, W.reviewer, 'POST', '/management-records', { designationId: designationIds[0], cadre: { id: W.redCadre.id, name: '李四', unitLevel: 'county' } }), 201);
  const yellow = ok(await call(t, W.reviewer, 'POST', '/management-records', { designationId: designationIds[1], cadre: { id: W.yellowCadre.id, name: '王五', unitLevel: 'township' } }), 201);
  return { red: red.id, yellow: yellow.id };
};

const contact = (who: Who, id: string, mode: 'visit' | 'phone' | 'wechat', occurredAt: string) =>
  call(t, who, 'POST', `/management-records/${id}/contacts`, { mode, findings: '电话联络，生活正常', occurredAt });

const counts = async (who: Who, query: string): Promise<Group[]> => ok(await call(t, who, 'GET', `/duties/counts?${query}`)).groups as Group[];
const of = (groups: Group[], key: string) => groups.find((g) => g.key === key);

describe("which cadre has not called this month: the duties counted per cadre, village and township", () => {
  it("counts each cadre's calls not yet made this month, then overdue once the month is over; per village and township too", async () => {
    const { red, yellow } = await underManagement();
    t.clock.set('2026-05-07T03:00:00Z');
    ok(await contact(W.redCadre, red, 'phone', '2026-05-06T10:00:00+08:00'));
    ok(await contact(W.yellowCadre, yellow, 'phone', '2026-05-07T10:00:00+08:00'));
    t.clock.set('2026-05-20T02:00:00Z');
    // May: the red card's cadre owes a second call, the yellow card's cadre nothing more
    let byCadre = await counts(W.county, `by=cadre&kind=contact&regionCode=${COUNTY}`);
    expect(of(byCadre, W.redCadre.id)).toMatchObject({ name: '李四', overdue: 0, open: 1 });
    expect(of(byCadre, W.yellowCadre.id)).toBeUndefined();

    // June 2: May's second call is overdue on the red card's cadre; June's calls are open for both
    t.clock.set('2026-06-02T02:00:00Z');
    byCadre = await counts(W.county, `by=cadre&kind=contact&regionCode=${COUNTY}`);
    expect(of(byCadre, W.redCadre.id)).toMatchObject({ overdue: 1, open: 1 });
    expect(of(byCadre, W.yellowCadre.id)).toMatchObject({ overdue: 0, open: 1 });
    expect(byCadre[0]?.key).toBe(W.redCadre.id); // most overdue first
    // the same counts per village and per township
    const byVillage = await counts(W.reviewer, 'by=village&kind=contact');
    expect(byVillage).toEqual([expect.objectContaining({ key: VILLAGE, overdue: 1, open: 2 })]);
    expect(await counts(W.county, 'by=township&kind=contact')).toEqual([expect.objectContaining({ key: TOWNSHIP, overdue: 1, open: 2 })]);
    // every kind: the counts add up to what the worklists hold
    const all = of(await counts(W.county, 'by=cadre'), W.redCadre.id);
    const worklist = await duties(t, W.redCadre, 'mine=true');
    const open = await duties(t, W.redCadre, 'mine=true&state=open');
    expect(all).toMatchObject({ overdue: worklist.length, open: open.length });

    // the late call for May, by the cadre, takes it off
    ok(await contact(W.redCadre, red, 'wechat', '2026-05-28T10:00:00+08:00'));
    expect(of(await counts(W.county, `by=cadre&kind=contact&regionCode=${COUNTY}`), W.redCadre.id)).toMatchObject({ overdue: 0, open: 1 });
  });

  it("a call by someone other than the paired cadre is logged but leaves the cadre's duty owed", async () => {
    const { yellow } = await underManagement();
    t.clock.set('2026-05-20T02:00:00Z');
    const record = ok(await contact(W.clerk, yellow, 'phone', '2026-05-20T09:00:00+08:00'));
    expect(record.lastContactAt).toBe('2026-05-20T09:00:00+08:00');
    const timeline = ok(await call(t, W.county, 'GET', `/management-records/${yellow}/timeline`));
    expect((timeline.entries as { step: string; actor: { id: string } }[]).filter((e) => e.step === 'ContactLogged').map((e) => e.actor.id)).toEqual([W.clerk.id]);
    const open = await duties(t, W.yellowCadre, 'mine=true&state=open&kind=contact');
    expect(open.map((d) => [d.key, d.detail.done])).toEqual([[`management:call:${yellow}:2026-05`, 0]]);
    expect(of(await counts(W.county, 'by=cadre&kind=contact'), W.yellowCadre.id)).toMatchObject({ open: 1 });
    // the cadre's own call discharges it
    ok(await contact(W.yellowCadre, yellow, 'phone', '2026-05-20T10:00:00+08:00'));
    expect(await duties(t, W.yellowCadre, 'mine=true&state=open&kind=contact')).toEqual([]);
  });

  it('answers a region outside the jurisdiction with nothing', async () => {
    await underManagement();
    t.clock.set('2026-06-02T02:00:00Z');
    const other = { id: 'tr-9', role: 'townshipReviewer', region: '430623102' } as const;
    expect(await counts(other, 'by=cadre')).toEqual([]);
  });
});
