import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalFormOf } from '../../src/audit/approval-form-model.ts';
import { designationChain } from '../../src/designations/chain.ts';
import type { HouseholdInput } from '../../src/domain/household.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { COUNTY, yellowHousehold } from '../support/fixtures.ts';
import { DATES, P, appraise, closeRound, history, http, nextSeq, ok, openRound, postNotice, registerHousehold, review, signSpotCheck } from '../api/four-card/helpers.ts';
import type { Json } from '../api/four-card/helpers.ts';

/** incomes with fen and a property income, so that a line left out or rounded away shows */
const INCOME = { wage: 6000.5, business: 1500, property: 812.25, transfer: 1200, productionCosts: 700.1 };
const LATE_REASON = '村里无信号，纸质登记表3月5日填写，回乡镇后补录';
const LATE_OCCURRED = '2026-03-05T02:00:00.000Z';

let t: TestApp;
/** the household with INCOME, declared late (补录) */
let late: string;
let sampled: string;
let unsampled: string;
let ids: string[];

/**
 * Three households of one village through one meeting, one round (30% of three: one sampled, two passed at the
 * round's closure), both boards' notices and the timer's completion. The first is entered 12 days and 23 hours after the
 * visit, with a reason.
 */
beforeAll(async () => {
  t = await startApp();
  const api = http(t);
  const input: HouseholdInput = { ...yellowHousehold(nextSeq(t)), incomes: { '2025': INCOME } };
  const householdId = await registerHousehold(t, input);
  const declared = ok(await api.post(P.investigator, '/designations', {
    householdId, year: 2026, proposedCard: 'yellow', opinion: '入户核实，核算收入', occurredAt: LATE_OCCURRED, lateEntryReason: LATE_REASON,
  }), 201);
  late = declared.id;
  ids = [late];
  for (let i = 0; i < 2; i++) {
    ids.push(ok(await api.post(P.investigator, '/designations', { householdId: await registerHousehold(t, yellowHousehold(nextSeq(t))), year: 2026, proposedCard: 'yellow', opinion: '入户核实' }), 201).id);
  }
  await appraise(t, ids.map((designationId) => ({ designationId })));
  for (const id of ids) ok(await review(t, id));
  const round = await openRound(t, 'form-lines-seed');
  expect(round.sample).toHaveLength(1);
  sampled = round.sample[0];
  for (const p of [P.inspector1, P.inspector2]) ok(await signSpotCheck(t, round.id, sampled, p));
  await closeRound(t, round.id);
  unsampled = ids.find((id) => id !== sampled && id !== late) as string;
  await postNotice(t, ids);
  t.clock.set(DATES.noticeEnd);
  expect(await t.app.noticeTimer.runDue()).toBe(3);
});
afterAll(async () => t.close());

const formOf = async (id: string) => {
  const res = await http(t).get(P.supervisor, `/designations/${id}/approval-form`);
  expect(res.statusCode, res.body).toBe(200);
  return res.body;
};
/** the figure printed in a cell marked data-income="key", in fen */
const printed = (body: string, key: string): number => {
  const m = new RegExp(`data-income="${key}">([^<]*)<`).exec(body);
  expect(m, key).not.toBeNull();
  const text = m?.[1] ?? '';
  expect(text, key).toMatch(/^-?\d+(\.\d{1,2})?$/);
  return Math.round(Number(text) * 100);
};
const storedForm = async (id: string) => approvalFormOf(id, await t.store.readStream(`${designationChain.streamPrefix}${id}`));

describe('the approval form: the income lines add up to the figures printed', () => {
  it('prints property income and production costs, and subtotal and per capita follow from the printed lines', async () => {
    const body = await formOf(late);
    const [wage, business, property, transfer, costs, subtotal, perCapita] =
      ['wage', 'business', 'property', 'transfer', 'productionCosts', 'subtotal', 'perCapita'].map((k) => printed(body, k)) as [number, number, number, number, number, number, number];
    expect(body).toContain('财产性收入（元）');
    expect(body).toContain('生产经营性支出（元）');
    expect(property).toBe(81225);
    expect([wage, business, transfer, costs]).toEqual([600050, 150000, 120000, 70010]);
    expect(subtotal).toBe(wage + business + property + transfer - costs);
    expect(subtotal).toBe(881265);
    // two members: 8812.65 / 2 = 4406.325, half away from zero to the fen
    expect(perCapita).toBe(Math.round(subtotal / 2));
    expect(perCapita).toBe(440633);
    expect(body).toContain('家庭人口2人');
    expect(body).toContain('2025年度收入');
  });

  it('prints the per-capita income the declaration recorded, in the model too', async () => {
    const declared = (await history(t, late, P.supervisor))[0];
    const form = await storedForm(late);
    expect(form?.income).toEqual({ year: 2025, ...INCOME, subtotal: 8812.65, members: 2, perCapita: 4406.33 });
    expect(form?.perCapitaIncome).toBe(declared.perCapitaIncome);
    expect(form?.income?.perCapita).toBe(declared.perCapitaIncome);
    expect(await formOf(late)).toContain('核算家庭人均纯收入 4406.33 元');
  });
});

describe('the approval form: 县级抽查 reads as checked only for a sampled household its inspectors signed', () => {
  it('an unsampled household passed at the closure reads 未抽中，按乡镇复核结果通过, never 抽查核定', async () => {
    const body = await formOf(unsampled);
    expect(body).toContain('未抽中，按乡镇复核结果通过');
    expect(body).not.toContain('抽查核定');
    expect(body).not.toContain('抽查人（签字）');
    expect(body).toContain('经办人（签字）');
    expect(body).toContain('县级抽查（本户未抽中）');
    expect((await storedForm(unsampled))?.spotCheck).toMatchObject({ sampled: false, checked: false, card: 'yellow' });
  });

  it('the sampled household reads 抽查核定 with both inspectors signing', async () => {
    const body = await formOf(sampled);
    expect(body).toContain('经县扶贫办抽查核定，同意申报该户为：');
    expect(body).not.toContain('未抽中');
    expect(body.match(/抽查人（签字）/g)).toHaveLength(2);
    expect((await storedForm(sampled))?.spotCheck).toMatchObject({ sampled: true, checked: true, signers: [{ actor: { id: 'ci-1' } }, { actor: { id: 'ci-2' } }] });
  });
});

describe('the approval form: 乡村公示 at both levels', () => {
  it('shows the village and the township notice, each with its dates and who posted it', async () => {
    const body = await formOf(sampled);
    expect(body).toContain('并在乡村两级进行公示');
    for (const [level, zh] of [['village', '村级'], ['township', '乡镇级']]) {
      expect(body).toMatch(new RegExp(`data-level="${level}">${zh}公示：<span class="date">2026年04月03日</span> 至 <span class="date">2026年04月10日</span>`));
      expect(body).toContain(`${zh}张榜人（签字）`);
    }
    expect(body).not.toContain('尚未张贴');
    expect((await storedForm(sampled))?.notice?.postings.map((p) => p.level)).toEqual(['village', 'township']);
  });
});

describe('reportedTo: the county office the result was reported to', () => {
  it('is in the designation answer, its history, its time travel and on the form', async () => {
    const answer = ok<Json>(await http(t).get(P.supervisor, `/designations/${sampled}`));
    expect(answer).toMatchObject({ state: 'designated', reportedTo: COUNTY, completedAt: DATES.noticeEnd });
    const steps = await history(t, sampled, P.supervisor);
    const completed = steps.find((s) => s.step === 'DesignationCompleted');
    expect(completed).toMatchObject({ reportedTo: COUNTY });
    expect(steps.filter((s) => s.step !== 'DesignationCompleted').every((s) => s.reportedTo === null)).toBe(true);
    const before = ok<Json>(await http(t).get(P.supervisor, `/designations/${sampled}/state?revision=${completed.revision - 1}`));
    const after = ok<Json>(await http(t).get(P.supervisor, `/designations/${sampled}/state?revision=${completed.revision}`));
    expect([before.reportedTo, after.reportedTo]).toEqual([null, COUNTY]);
    expect(await formOf(sampled)).toContain(`上报县扶贫办（区划代码 <span class="mono">${COUNTY}</span>）`);
  });

  it('is null before completion', async () => {
    const api = http(t);
    const householdId = await registerHousehold(t, yellowHousehold(nextSeq(t)));
    const open = ok<Json>(await api.post(P.investigator, '/designations', { householdId, year: 2026, proposedCard: 'yellow', opinion: '入户核实' }), 201);
    expect(open.reportedTo).toBeNull();
    expect(ok<Json>(await api.get(P.supervisor, `/designations/${open.id}`)).reportedTo).toBeNull();
  });
});

describe('late-entered steps (补录)', () => {
  it('the history answer shows the lateEntryReason of the step entered late, null on the others', async () => {
    const steps = await history(t, late, P.supervisor);
    expect(steps[0]).toMatchObject({ step: 'InitialCheckDeclared', occurredAt: LATE_OCCURRED, lateEntryReason: LATE_REASON });
    expect(steps.slice(1).every((s) => s.lateEntryReason === null)).toBe(true);
    expect(steps.filter((s) => s.step === 'NoticePosted').map((s) => s.noticeLevel)).toEqual(['village', 'township']);
  });

  it('the form flags the step in its trail with the reason, how late and when it was entered', async () => {
    const body = await formOf(late);
    const trail = body.slice(body.indexOf('<section class="trail">'));
    expect(trail).toContain('本认定有 1 个环节为补录');
    expect(trail).toContain('<tr class="late"><td>0</td><td>初核申报<br><span class="late">（补录）</span>');
    expect(trail).toContain(`【补录】发生后 12 天录入（录入时间 2026-03-18 09:00）；补录原因：${LATE_REASON}`);
    expect(trail.match(/<tr class="late">/g)).toHaveLength(1);
    expect(await formOf(unsampled)).not.toContain('补录');
  });
});
