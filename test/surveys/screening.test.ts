import { describe, expect, it } from 'vitest';
import { judgeAnswers, type Answers } from '../../src/surveys/judge.ts';
import { screeningForm } from '../../src/surveys/presets/screening.ts';
import { formFromXlsx, formToXlsx } from '../../src/surveys/xlsform.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { Person } from '../support/app.ts';
import { COUNTY, VILLAGE, yellowHousehold } from '../support/fixtures.ts';

const judge = (answers: Answers) => {
  const j = judgeAnswers(screeningForm(), answers);
  return { refusals: j.refusals.map((r) => `${r.code}:${String(r.facts?.question)}`), warnings: j.warnings.map((r) => r.code), findings: j.findings.map((f) => f.problemType) };
};
/** a 脱贫户 with no problem: 综合判定 both no */
const clean = (type = '1'): Answers => ({ household_type: type, overall_1: '2', overall_2: '2' });

describe('附件2 集中排查入户排查表 (seed 004)', () => {
  const form = screeningForm();
  const label = (name: string) => form.questions.find((q) => q.name === name)?.label ?? '';

  it('round-trips through xlsx', async () => {
    expect(await formFromXlsx(await formToXlsx(form))).toEqual({ ok: true, form });
  });

  it('has the thirteen kinds with their items, 综合判定 last', () => {
    const perKind = new Map<string, number>();
    for (const q of form.questions) {
      const m = /^(\d+) (\S+) [①-⑪]/.exec(q.label);
      if (m) perKind.set(`${m[1]} ${m[2]}`, (perKind.get(`${m[1]} ${m[2]}`) ?? 0) + 1);
    }
    expect([...perKind]).toEqual([
      ['1 义务教育', 5], ['2 基本医疗', 11], ['3 住房安全', 5], ['4 安全饮水', 5], ['5 易地扶贫搬迁', 4], ['6 产业发展', 7], ['7 脱贫人口就业', 7],
      ['8 脱贫人口小额信贷', 4], ['9 消费帮扶', 4], ['10 资金项目管理', 6], ['11 防止返贫动态监测', 5], ['12 帮扶工作', 5], ['13 综合判定', 2],
    ]);
  });

  it('marks the items its notes leave to departments, the township and the village as area-level', () => {
    const area = form.questions.filter((q) => q.areaLevel).map((q) => q.name);
    expect(area).toEqual([
      'education_3', 'education_4', 'medical_9', 'medical_10', 'housing_3', 'housing_4', 'water_3', 'water_4', 'relocation_2', 'industry_5', 'industry_6',
      'employment_3', 'employment_4', 'employment_5', 'employment_6', 'microcredit_3', 'consumption_2', 'consumption_3',
      'funds_1', 'funds_2', 'funds_3', 'funds_4', 'funds_5', 'funds_6', 'monitoring_3', 'monitoring_4', 'assistance_4',
    ]);
    expect(label('funds_1')).toBe('10 资金项目管理 ① 衔接资金投入不稳定');
  });

  it('a household without problems passes with nothing found', () => {
    expect(judge(clean())).toEqual({ refusals: [], warnings: [], findings: [] });
  });

  it('a ticked item needs its problem described, and is a finding of that ledger item', () => {
    expect(judge({ ...clean(), industry_1: '1' }).refusals).toEqual(['SURVEY_ANSWER_REQUIRED:industry_problem']);
    expect(judge({ ...clean(), industry_1: '1', industry_problem: '有发展养殖意愿，未落实产业到户项目', employment_3: '1', employment_problem: '登记外出务工，实际在家' }).findings)
      .toEqual(['jizhong-2021/industry.1', 'jizhong-2021/employment.3']);
    expect(judge({ ...clean(), industry_problem: '无' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:industry_problem']);
  });

  it('一般农户 are screened for basic needs and water only, not for the policies they enjoy', () => {
    const ordinary = clean('3');
    expect(judge({ ...ordinary, water_1: '1', water_problem: '井水浑浊', overall_1: '1' })).toEqual({ refusals: [], warnings: [], findings: ['jizhong-2021/water.1', 'screening.overall.1'] });
    expect(judge({ ...ordinary, industry_1: '1', industry_problem: '—' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:industry_1', 'SURVEY_ANSWER_SKIPPED:industry_problem']);
    expect(judge({ ...ordinary, medical_2: '1', medical_problem: '—' }).refusals).toEqual(['SURVEY_ANSWER_SKIPPED:medical_2', 'SURVEY_ANSWER_SKIPPED:medical_problem']);
    // an edge-prone household (边缘易致贫户) is asked the policy items
    expect(judge({ ...clean('2'), medical_2: '1', medical_problem: '参保费用未享受资助' }).refusals).toEqual([]);
  });

  it('综合判定: the monitoring appraisal needs a suspected risk (refused); a basic-needs problem judged without risk is warned', () => {
    expect(judge({ ...clean(), overall_2: '1' }).refusals).toEqual(['SCREENING_APPRAISAL_WITHOUT_RISK:overall_2']);
    expect(judge({ ...clean(), housing_2: '1', housing_problem: '墙体开裂' })).toEqual({ refusals: [], warnings: ['SCREENING_RISK_NOT_JUDGED'], findings: ['jizhong-2021/housing.2'] });
    expect(judge({ ...clean(), housing_2: '1', housing_problem: '墙体开裂', overall_1: '1', overall_2: '1' }).warnings).toEqual([]);
  });
});

describe('附件2 findings lead on: household items to the ledger, area items to the village, 综合判定 to monitoring', () => {
  it('records a household problem, one village problem however many households show it, and opens a monitoring alert', async () => {
    const t = await startApp();
    try {
      const cadre: Person = { id: 'scr-inv', roles: ['investigator'], jurisdiction: VILLAGE };
      const county: Person = { id: 'scr-co', roles: ['countyOffice'], jurisdiction: COUNTY };
      const reviewer: Person = { id: 'scr-tr', roles: ['townshipReviewer'], jurisdiction: VILLAGE.slice(0, 9) };
      const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${tokenFor(cadre, t.clock)}` } });
      const get = (p: Person, url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokenFor(p, t.clock)}` } });
      t.clock.set('2021-06-12T02:00:00.000Z');
      const survey = async (seq: number, answers: Answers) => {
        const householdId = (await post('/households', { household: yellowHousehold(seq) })).json<{ id: string }>().id;
        const res = await post('/surveys', { householdId, form: { formId: 'screening-004', version: '2021-004' }, mode: 'doorToDoor', team: [{ id: cadre.id }, { id: 'scr-fs' }], respondent: { kind: 'respondent', name: `户主${seq}` }, answers });
        expect(res.statusCode, res.body).toBe(201);
        return { householdId, body: res.json<{ ledger: { problemIds: string[]; refused: string[] }; monitoringAlert: { caseId: string | null; refused: string | null } }>() };
      };

      const first = await survey(95, { household_type: '1', education_1: '1', education_3: '1', education_problem: '次子初二辍学；村里辍学未动态清零', overall_1: '1', overall_2: '2' });
      expect(first.body.ledger.refused).toEqual([]);
      const [householdProblem, villageProblem] = first.body.ledger.problemIds;
      expect(await (await get(county, `/problems/${householdProblem ?? ''}`)).json()).toMatchObject({ level: 'household', householdId: first.householdId, preset: 'jizhong-2021', typeCode: 'education', itemCode: 'education.1' });
      expect(await (await get(county, `/problems/${villageProblem ?? ''}`)).json()).toMatchObject({ level: 'village', regionCode: VILLAGE, householdId: null, itemCode: 'education.3' });

      // 综合判定 ①: a monitoring alert for the village to verify
      expect(first.body.monitoringAlert.refused).toBeNull();
      expect((await get(reviewer, `/monitoring-cases/${first.body.monitoringAlert.caseId ?? ''}`)).json()).toMatchObject({ state: 'awaitingAlertVerification', householdId: first.householdId });

      // another household showing the same area-level item: the village's problem, not a second one
      const second = await survey(96, { household_type: '1', education_3: '1', education_problem: '村里辍学未动态清零', overall_1: '2', overall_2: '2' });
      expect(second.body.ledger).toEqual({ problemIds: [villageProblem], refused: [] });
      expect(second.body.monitoringAlert).toEqual({ caseId: null, refused: null });
    } finally {
      await t.close();
    }
  });
});
