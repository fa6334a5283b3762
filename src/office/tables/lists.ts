import { stateLabel } from '../../shared/labels.ts';
import { CAUSES, POVERTY_STATUS, REGISTRATION, labelOf } from '../household-columns.ts';
import { cardZh, dateOf, personalFor, placeName } from './common.ts';
import type { TableSpec } from './spec.ts';

const TYPE_ZH: Readonly<Record<string, string>> = { unstableEscaped: '脱贫不稳定户', edgeProne: '边缘易致贫户', suddenHardship: '突发严重困难户' };

/** 农户名单: every registered household in the region, one row each */
export const householdsList: TableSpec = {
  id: 'households',
  title: '农户名单',
  en: 'Registered households',
  landscape: true,
  columns: () => ['序号', '户主姓名', '户主身份证号', '乡镇', '村', '组', '户类型', '脱贫属性', '家庭人口', '主要致贫原因', '登记时间'].map((header) => ({ header })),
  count: (ctx) => ctx.services.households.list(ctx.prefix, 0, 0).total,
  *rows(ctx) {
    const p = personalFor(ctx.identity, ctx.services);
    let n = 0;
    // one household at a time (a county's 200,000 rows are not held together)
    for (const row of ctx.services.households.under(ctx.prefix)) {
      const h = row.household;
      yield [String(++n), p.name(h.head), p.id(h.residentId), placeName(ctx.services, h.villageCode.slice(0, 9)), placeName(ctx.services, h.villageCode), h.group,
        labelOf(REGISTRATION, h.registration), h.povertyStatus === null ? '' : labelOf(POVERTY_STATUS, h.povertyStatus), String(h.members.length),
        h.mainCauseOfPoverty === null ? '' : labelOf(CAUSES, h.mainCauseOfPoverty), dateOf(row.registeredAt)];
    }
  },
};

/** 红黄绿蓝卡认定名单: the four-card designations, one row each, with the card and the step reached */
export const designationsList: TableSpec = {
  id: 'designations',
  title: '红黄绿蓝卡认定名单',
  en: 'Four-card designations',
  landscape: true,
  params: ['year'],
  columns: () => ['序号', '认定编号', '户主姓名', '身份证号', '乡镇', '村', '组', '家庭人口', '认定年度', '卡别', '状态', '申报时间', '认定完成时间'].map((header) => ({ header })),
  count: (ctx) => ctx.services.designations.list(ctx.prefix).filter((d) => ctx.year === undefined || d.context.year === ctx.year).length,
  *rows(ctx) {
    const p = personalFor(ctx.identity, ctx.services);
    let n = 0;
    for (const d of ctx.services.designations.list(ctx.prefix)) {
      if (ctx.year !== undefined && d.context.year !== ctx.year) continue;
      const h = ctx.services.households.get(d.context.householdId)?.household;
      yield [String(++n), ctx.services.formNumbers.numberOf(d.id) ?? d.id, h ? p.name(h.head) : '', h ? p.id(h.residentId) : '',
        placeName(ctx.services, d.context.villageCode.slice(0, 9)), placeName(ctx.services, d.context.villageCode), h?.group ?? '',
        h ? String(h.members.length) : '', String(d.context.year), cardZh(d.context.card),
        stateLabel('fourCard', d.state).zh, dateOf(d.declaredAt), dateOf(d.context.completedAt)];
    }
  },
};

/** 防止返贫监测对象名单: every monitoring case of the region with its type and step */
export const monitoringList: TableSpec = {
  id: 'monitoring-cases',
  title: '防止返贫监测对象名单',
  en: 'Monitoring cases',
  landscape: true,
  columns: () => ['序号', '户主姓名', '身份证号', '乡镇', '村', '家庭人口', '监测对象类型', '来源', '状态', '纳入监测时间', '风险消除时间'].map((header) => ({ header })),
  count: (ctx) => ctx.services.monitoring.list(ctx.prefix).length,
  *rows(ctx) {
    const p = personalFor(ctx.identity, ctx.services);
    const SOURCE_ZH: Readonly<Record<string, string>> = { householdApplication: '农户自主申报', cadreScreening: '村干部排查', departmentAlert: '部门筛查预警' };
    let n = 0;
    for (const c of ctx.services.monitoring.list(ctx.prefix)) {
      const h = ctx.services.households.get(c.context.householdId)?.household;
      yield [String(++n), h ? p.name(h.head) : '', h ? p.id(h.residentId) : '', placeName(ctx.services, c.context.villageCode.slice(0, 9)),
        placeName(ctx.services, c.context.villageCode), h ? String(h.members.length) : '',
        c.context.monitoringType === null ? '' : TYPE_ZH[c.context.monitoringType] ?? c.context.monitoringType,
        c.context.source === null ? '' : SOURCE_ZH[c.context.source] ?? c.context.source, stateLabel('monitoring', c.state).zh,
        dateOf(c.context.monitoredSince), dateOf(c.context.eliminatedAt)];
    }
  },
};
