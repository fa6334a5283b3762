import { seesFullIds } from '../../households/present.ts';
import { byVillageAndTownship, personalFor, placeName, villageAndTownshipRows } from '../../office/tables/common.ts';
import type { TableColumn, TableContext, TableSpec } from '../../office/tables/spec.ts';
import type { Services } from '../../services.ts';
import type { EdgeBasis } from '../../../workflows/edge/machine.ts';
import type { EdgeCaseRow } from './edge-cases-view.ts';

/** why a household was looked at, as the seed names the groups (三(三) 1–5, 二 2(1)) */
const BASIS_ZH: Record<EdgeBasis, string> = {
  subsistence: '低保户', destitute: '特困供养户', disabled: '残疾人户', noHouse: '无房户', dangerousHouse: '危房户',
  demands: '诉求户', hardship: '灾害变故户', threeNon: '"三非"户', earlyWarningReviewed: '预警干预户', other: '其他',
};
const BASES = Object.keys(BASIS_ZH) as EdgeBasis[];

/** 两不愁三保障 and water: the edge form's findings (src/surveys/presets/edge-household.ts) in the seed's order */
const GUARANTEES = [['education', '义务教育'], ['medical', '基本医疗'], ['housing', '住房安全'], ['water', '饮水安全']] as const;

const STATE_ZH: Record<EdgeCaseRow['state'], string> = {
  screened: '待入户调查', surveyed: '待工作队会议审核', suspected: '待县扶贫开发领导小组审定', notEdge: '不列为疑似边缘户', approved: '已审定为边缘户', rejected: '审定未通过',
};

/** on the suspected list: listed (directly or by the team's meeting), whatever the county decided since */
const listed = (c: EdgeCaseRow) => c.state === 'suspected' || c.state === 'approved' || c.state === 'rejected';

/** the guarantees the household's edge survey found unmet */
const unmet = (services: Services, c: EdgeCaseRow): Set<string> => {
  const survey = c.surveyId === null ? undefined : services.surveys.get(c.surveyId);
  return new Set(survey?.findings.map((f) => f.problemType) ?? []);
};
const peopleOf = (services: Services, c: EdgeCaseRow): number => services.households.get(c.householdId)?.household.members.length ?? 0;

/**
 * 脱贫攻坚"回头看"疑似边缘户名单统计表 (seed 002 附件8): every household on the suspected edge list (listed directly as
 * 三非 or early-warning-reviewed, or by the village team's meeting after the 附件7 survey), why it was looked at, which
 * of 两不愁三保障 and water its survey found unmet, its needs, the housing appraisal, and the county's decision. The
 * seed names the table but prints no layout: the columns are the 附件7 survey's and the chain's facts.
 */
export const suspectedEdgeList: TableSpec = {
  id: 'edge-suspected-list',
  title: '脱贫攻坚"回头看"疑似边缘户名单统计表',
  en: 'Seed 002 附件8: the suspected edge households, why they were screened, what their survey found and the county decision',
  columns: () => [
    { header: '序号', width: 4 }, { header: '乡镇', width: 8 }, { header: '行政村', width: 8 }, { header: '户主姓名', width: 7 }, { header: '证件号码', width: 18 },
    { header: '家庭人口数', width: 5 }, { header: '户类型', width: 10 },
    ...GUARANTEES.map(([, zh]) => ({ header: zh, group: '"两不愁三保障"及饮水安全存在问题', width: 6 })),
    { header: '农户需求', width: 12 }, { header: '危房鉴定意见', width: 8 }, { header: '审定情况', width: 10 }, { header: '责任部门', width: 10 }, { header: '备注', width: 5 },
  ],
  count: (ctx) => ctx.services.edgeCases.under(ctx.prefix).filter(listed).length,
  rows: function* (ctx) {
    const personal = personalFor(ctx.identity, ctx.services);
    const full = seesFullIds(ctx.identity, ctx.services.fullIdRoles);
    let n = 0;
    for (const c of ctx.services.edgeCases.under(ctx.prefix).filter(listed)) {
      const household = ctx.services.households.get(c.householdId)?.household;
      const found = unmet(ctx.services, c);
      const survey = c.surveyId === null ? undefined : ctx.services.surveys.get(c.surveyId);
      const needs = typeof survey?.answers.needs === 'string' ? survey.answers.needs : '';
      yield [
        String(++n), placeName(ctx.services, c.villageCode.slice(0, 9)), placeName(ctx.services, c.villageCode),
        household ? personal.name(household.head) : '', household ? personal.id(household.residentId) : '', String(household?.members.length ?? ''),
        c.basis.map((b) => BASIS_ZH[b]).join('、'),
        ...GUARANTEES.map(([kind]) => (c.surveyId === null ? '未调查' : found.has(kind) ? '是' : '否')),
        // a household's own words may name people and illnesses: only for readers who see personal data in full
        full ? needs : needs === '' ? '' : '（已隐去）',
        c.appraisal === null ? '' : c.appraisal.conclusion === 'safe' ? '安全' : `${c.appraisal.conclusion}级危房`,
        STATE_ZH[c.state], c.departments.join('、'), '',
      ];
    }
  },
  landscape: true,
};

/** per village: [重点排查 户数, 已调查, each basis, 疑似 户数, 人数, each guarantee unmet, 审定 户数, 人数] */
export const edgeSurveyCounts = (ctx: TableContext): Map<string, number[]> => {
  const width = 2 + BASES.length + 2 + GUARANTEES.length + 2;
  const perVillage = new Map<string, number[]>();
  for (const c of ctx.services.edgeCases.under(ctx.prefix)) {
    const counts = perVillage.get(c.villageCode) ?? new Array<number>(width).fill(0);
    perVillage.set(c.villageCode, counts);
    const add = (i: number, by = 1) => { counts[i] = (counts[i] ?? 0) + by; };
    add(0);
    if (c.surveyId !== null) add(1);
    for (const b of c.basis) add(2 + BASES.indexOf(b));
    const suspectedAt = 2 + BASES.length;
    if (listed(c)) {
      add(suspectedAt);
      add(suspectedAt + 1, peopleOf(ctx.services, c));
      const found = unmet(ctx.services, c);
      GUARANTEES.forEach(([kind], k) => { if (found.has(kind)) add(suspectedAt + 2 + k); });
    }
    if (c.state === 'approved') {
      add(width - 2);
      add(width - 1, peopleOf(ctx.services, c));
    }
  }
  return perVillage;
};

const group = (title: string, headers: readonly string[], width = 5): TableColumn[] => headers.map((header) => ({ header, group: title, width }));

/**
 * 脱贫攻坚"回头看"疑似边缘户调查统计表 (seed 002 附件9): per village (小计 per township, 合计), the households screened
 * and surveyed, by the group they were screened from, those listed as suspected edge (households, people) and which
 * guarantees they lack, and those the county approved. The seed names the table without a layout (see 附件8).
 */
export const edgeSurveyStatistics: TableSpec = {
  id: 'edge-survey-statistics',
  title: '脱贫攻坚"回头看"疑似边缘户调查统计表',
  en: 'Seed 002 附件9: per village, households screened and surveyed by group, suspected edge households and people, unmet guarantees, county-approved',
  columns: () => [
    { header: '乡镇', width: 8 }, { header: '行政村', width: 8 },
    ...group('重点排查对象', ['户数', '已入户调查']),
    ...group('其中（可兼有）', BASES.map((b) => BASIS_ZH[b])),
    ...group('疑似边缘户', ['户数', '人数']),
    ...group('疑似边缘户存在问题（户）', GUARANTEES.map(([, zh]) => zh)),
    ...group('县审定边缘户', ['户数', '人数']),
  ],
  count: (ctx) => villageAndTownshipRows(edgeSurveyCounts(ctx).keys()),
  rows: (ctx) => byVillageAndTownship(ctx.services, edgeSurveyCounts(ctx), 2 + BASES.length + 2 + GUARANTEES.length + 2),
  landscape: true,
};
