import type { Identity } from '../auth/identity.ts';
import type { Household } from '../domain/household.ts';
import type { Table } from '../office/sheet.ts';
import type { Services } from '../services.ts';
import { displayFor } from '../shared/display.ts';
import { HOUSEHOLD_TYPE_ZH, LEVEL_ZH, PROBLEM_STATE_ZH, inLedger, itemZhOf, rectified, typeZhOf } from './present.ts';
import { PROBLEM_TYPE_PRESETS, PROPOSES_MONITORING } from './problem-types.ts';
import type { ProblemRow } from './projection.ts';

/**
 * The tables offices hand in (titles and columns as the seeds print them: ../shared/tables.md), each a function
 * returning a `Table` (src/office/sheet.ts) with its title and the header fields and column groups the printed form
 * shows above the leaf headers (整改责任 over 责任人 | 责任单位 …). Rows are the problems in the ledger (both leaders
 * signed) in the region asked for, optionally of one campaign.
 */
export interface LedgerTable {
  title: string;
  table: Table;
  /** what the printed form's header asks for: 填报单位, 填报人, 填报时间 */
  header: Record<string, string>;
  /** column groups over the leaf headers: title, first column (0-based) and span */
  groups: { title: string; from: number; span: number }[];
}

export interface TableSelection {
  prefix: string;
  campaignId?: string;
  identity: Identity;
  /** 填报时间: the China day the table is drawn up */
  day: string;
}

export const TABLE_NAMES = ['household-ledger', 'area-ledger', 'summary', 'results', 'problem-list'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const inSelection = (s: TableSelection, r: ProblemRow): boolean =>
  r.context.regionCode.startsWith(s.prefix) && inLedger(r) && (s.campaignId === undefined || r.context.campaignId === s.campaignId);

/** the rows of a listing table, by region then finding */
const selected = (services: Services, s: TableSelection, keep: (r: ProblemRow) => boolean): ProblemRow[] =>
  services.problems.list(s.prefix, (r) => inSelection(s, r) && keep(r));

/** the problems a count reads, in no order (a summary needs no sort) */
function* counted(services: Services, s: TableSelection): Generator<ProblemRow> {
  for (const r of services.problems.all()) if (inSelection(s, r)) yield r;
}

const headerOf = (services: Services, s: TableSelection) => ({
  填报单位: services.regions.nameOf(s.prefix) ?? s.prefix,
  填报人: s.identity.name ?? s.identity.id,
  填报时间: s.day,
});

/** 整改成效: the result claimed, with where it stands */
const resultOf = (r: ProblemRow): string => {
  const stage = PROBLEM_STATE_ZH[r.state] ?? r.state;
  return r.context.claim ? `${r.context.claim.result}（${stage}）` : stage;
};

/** 004 附件3 集中排查问题整改台账（户内问题） */
export const householdLedger = (services: Services, s: TableSelection): LedgerTable => {
  const display = displayFor(services, s.identity);
  const rows = selected(services, s, (r) => r.context.level === 'household').map((r, i) => {
    const c = r.context;
    const places = display.places(c.regionCode);
    return [
      String(i + 1), places.townshipName ?? c.regionCode.slice(0, 9), places.villageName ?? c.regionCode, (c.householdId && display.headName(c.householdId)) ?? '',
      c.householdType ? HOUSEHOLD_TYPE_ZH[c.householdType] ?? '' : '', typeZhOf(c.preset, c.typeCode), c.description,
      c.lists?.measure ?? '', c.lists?.responsible.name ?? '', c.lists?.responsible.unit ?? '', c.lists?.deadline ?? '', resultOf(r),
    ];
  });
  return {
    title: '集中排查问题整改台账（户内问题）',
    table: { headers: ['序号', '镇', '村', '户主姓名', '户类型', '问题类型', '具体内容', '整改措施', '责任人', '责任单位', '整改时限', '整改成效'], rows },
    header: headerOf(services, s),
    groups: [{ title: '整改责任', from: 8, span: 2 }],
  };
};

/** 004 附件3 集中排查问题整改台账（面上问题） */
export const areaLedger = (services: Services, s: TableSelection): LedgerTable => {
  const rows = selected(services, s, (r) => r.context.level !== 'household').map((r, i) => {
    const c = r.context;
    return [String(i + 1), LEVEL_ZH[c.level] ?? c.level, typeZhOf(c.preset, c.typeCode), c.description, c.lists?.measure ?? '', c.lists?.responsible.name ?? '', c.lists?.responsible.unit ?? '', c.lists?.deadline ?? '', resultOf(r)];
  });
  return {
    title: '集中排查问题整改台账（面上问题）',
    table: { headers: ['序号', '面上问题层级', '问题类型', '具体内容', '整改措施', '责任人', '责任单位', '整改时限', '整改成效'], rows },
    header: headerOf(services, s),
    groups: [{ title: '整改责任', from: 5, span: 2 }],
  };
};

/** the units a summary counts by: the townships of a county, the villages of a township */
const unitOf = (s: TableSelection, regionCode: string): string => regionCode.slice(0, s.prefix.length < 9 ? 9 : 12);

/**
 * 004 附件4 集中排查整改情况汇总表: per unit × problem type (the twelve of the summary; 综合判定 is on the door-to-door
 * form only), found / rectified (verified or closed) / in progress; and per unit, the households proposed for the
 * monitoring appraisal (a finding of 13②) and their people, on the unit's 合计 row.
 */
export const summaryTable = (services: Services, s: TableSelection): LedgerTable => {
  const preset = PROBLEM_TYPE_PRESETS['jizhong-2021'];
  const types = (preset?.types ?? []).filter((t) => t.inSummary);
  const counts = new Map<string, { found: number; rectified: number }>();
  const proposed = new Map<string, Set<string>>();
  for (const r of counted(services, s)) {
    const unit = unitOf(s, r.context.regionCode);
    if (r.context.itemCode === PROPOSES_MONITORING && r.context.householdId !== null) {
      let set = proposed.get(unit);
      if (!set) proposed.set(unit, (set = new Set()));
      set.add(r.context.householdId);
    }
    if (r.context.preset !== preset?.code) continue;
    const key = `${unit}/${r.context.typeCode}`;
    const c = counts.get(key) ?? { found: 0, rectified: 0 };
    c.found += 1;
    if (rectified(r)) c.rectified += 1;
    counts.set(key, c);
  }
  const units = [...new Set([...counts.keys()].map((k) => k.split('/')[0] ?? ''))].filter((u) => u.length > 0).sort();
  for (const u of proposed.keys()) if (!units.includes(u)) units.push(u);
  const rows: string[][] = [];
  for (const unit of units.sort()) {
    const name = services.regions.nameOf(unit) ?? unit;
    let found = 0;
    let done = 0;
    for (const t of types) {
      const c = counts.get(`${unit}/${t.code}`) ?? { found: 0, rectified: 0 };
      found += c.found;
      done += c.rectified;
      rows.push([name, t.zh, String(c.found), String(c.rectified), String(c.found - c.rectified), '', '']);
    }
    const households = [...(proposed.get(unit) ?? [])];
    const people = households.reduce((n, id) => n + (services.households.get(id)?.household.members.length ?? 0), 0);
    rows.push([name, '合计', String(found), String(done), String(found - done), String(households.length), String(people)]);
  }
  return {
    title: '集中排查整改情况汇总表',
    table: { headers: ['单位', '问题类型', '共排查问题数', '已整改数', '正在整改数', '户数', '人数'], rows },
    header: headerOf(services, s),
    groups: [{ title: '拟识别监测对象（镇、村）', from: 5, span: 2 }, { title: '"三保障"和饮水安全', from: 1, span: 1 }],
  };
};

/** 000 附件1's household groups: which a household is in (a household may be in a sub-group of 未建档立卡 too) */
const GROUPS = ['合计', '未脱贫', '已脱贫', '边缘户', '未建档立卡·小计', '低保户', '分散供养五保户', '重残重病户'] as const;
const groupsOf = (h: Household | undefined): string[] => {
  if (!h) return ['合计'];
  if (h.registration === 'registered') return ['合计', h.povertyStatus === 'not-escaped' || h.povertyStatus === 'returned' ? '未脱贫' : '已脱贫'];
  if (h.registration === 'edge') return ['合计', '边缘户'];
  const out = ['合计', '未建档立卡·小计'];
  if (h.policiesEnjoyed.includes('subsistence-allowance')) out.push('低保户');
  // the facts keep no 五保 status: 综合保障 (social) assistance is its nearest mark
  if (h.policiesEnjoyed.includes('social')) out.push('分散供养五保户');
  if (h.members.some((m) => m.health.status === 'serious-illness' || (m.health.status === 'disabled' && m.health.grade <= 2))) out.push('重残重病户');
  return out;
};

/**
 * 000 附件1 乡镇"回头看"整改成效统计表: per problem type of the 18 inspection items (回头查) — the seed's 指标 rows are a
 * classification of the same items — and per household group, 小计 / 已解决 / 正在解决 of the household problems.
 */
export const resultsTable = (services: Services, s: TableSelection): LedgerTable => {
  const preset = PROBLEM_TYPE_PRESETS['huitoucha-2020'];
  const counts = new Map<string, { all: number; solved: number }>();
  for (const r of counted(services, s)) {
    if (r.context.level !== 'household' || r.context.preset !== preset?.code) continue;
    const household = r.context.householdId === null ? undefined : services.households.get(r.context.householdId)?.household;
    for (const g of groupsOf(household)) {
      const key = `${r.context.typeCode}/${g}`;
      const c = counts.get(key) ?? { all: 0, solved: 0 };
      c.all += 1;
      if (rectified(r)) c.solved += 1;
      counts.set(key, c);
    }
  }
  const headers = ['指标', '类别', '单位', ...GROUPS.flatMap((g) => [`${g}·小计`, `${g}·已解决`, `${g}·正在解决`])];
  const rows = (preset?.types ?? []).map((t) => [t.group ?? '', t.zh, '户', ...GROUPS.flatMap((g) => {
    const c = counts.get(`${t.code}/${g}`) ?? { all: 0, solved: 0 };
    return [String(c.all), String(c.solved), String(c.all - c.solved)];
  })]);
  return {
    title: '乡镇"回头看"整改成效统计表',
    table: { headers, rows },
    header: headerOf(services, s),
    groups: [
      { title: '"回头看"发现问题解决情况', from: 3, span: GROUPS.length * 3 },
      { title: '建档立卡贫困户', from: 6, span: 6 },
      { title: '边缘户以外未建档立卡户', from: 15, span: 12 },
    ],
  };
};

/** 000 附件7 行动问题清单 */
export const problemList = (services: Services, s: TableSelection): LedgerTable => {
  const display = displayFor(services, s.identity);
  const rows = selected(services, s, () => true).map((r, i) => {
    const c = r.context;
    const places = display.places(c.regionCode.length === 12 ? c.regionCode : null);
    const item = itemZhOf(c.preset, c.typeCode, c.itemCode);
    return [
      String(i + 1), typeZhOf(c.preset, c.typeCode), item ? `${item}：${c.description}` : c.description,
      c.regionCode.length >= 9 ? places.townshipName ?? services.regions.nameOf(c.regionCode.slice(0, 9)) ?? c.regionCode.slice(0, 9) : '',
      c.regionCode.length === 12 ? places.villageName ?? c.regionCode : '',
      c.householdId ? display.headName(c.householdId) ?? '' : '',
    ];
  });
  return {
    title: '行动问题清单',
    table: { headers: ['序号', '问题类别', '具体问题及案例', '所在乡镇', '所在村', '所在户'], rows },
    header: headerOf(services, s),
    groups: [],
  };
};

export const LEDGER_TABLES: Readonly<Record<TableName, (services: Services, s: TableSelection) => LedgerTable>> = {
  'household-ledger': householdLedger,
  'area-ledger': areaLedger,
  summary: summaryTable,
  results: resultsTable,
  'problem-list': problemList,
};
