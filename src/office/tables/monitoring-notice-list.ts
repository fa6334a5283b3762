import { formDate } from '../../audit/approval-form-html.ts';
import { maskResidentId } from '../../domain/resident-id.ts';
import type { MonitoringCaseRow } from '../../monitoring/projection.ts';
import { placeName } from './common.ts';
import type { TableContext, TableSpec } from './spec.ts';

const TYPE_ZH: Readonly<Record<string, string>> = { unstableEscaped: '脱贫不稳定户', edgeProne: '边缘易致贫户', suddenHardship: '突发严重困难户' };
/** what the village is asked to object to: taking the household in (纳入), or marking its risk eliminated (风险消除) */
const PHASE_ZH: Readonly<Record<string, string>> = { inclusion: '拟纳入监测对象', elimination: '拟标注风险消除' };

/** the region's monitoring cases whose notice is up now (posted, not yet ended), by village then opening */
const running = (ctx: TableContext): MonitoringCaseRow[] => {
  const now = ctx.services.clock.now().getTime();
  return ctx.services.monitoring.list(ctx.prefix, (r) => r.context.notice !== null && r.context.notice.endedAt === null && Date.parse(r.context.notice.startsAt) <= now);
};

/** the last day a notice runs, as the board prints it: its end is the start of the day after */
const lastDay = (endsAt: string) => formDate(new Date(Date.parse(endsAt) - 1).toISOString());

/**
 * 监测对象公示名单: the monitoring chain's notices (公示, working days from the region's policy and the calendar) that
 * are up in the region now, as a village posts them — the inclusion of a household (纳入) or the elimination of its
 * risk (风险消除). Like the designation's list, resident IDs are masked for every reader (a list on a wall), and each
 * row carries its own notice period: a monitoring notice is posted case by case, not as one list.
 */
export const monitoringNoticeList: TableSpec = {
  id: 'monitoring-notice-list',
  title: '防止返贫监测对象公示名单',
  en: 'Monitoring notices up now (inclusion, risk elimination), as posted',
  columns: () => [
    { header: '序号', width: 5 }, { header: '乡镇', width: 10 }, { header: '村', width: 13 }, { header: '组', width: 5 },
    { header: '户主姓名', width: 8 }, { header: '身份证号', width: 18 }, { header: '家庭人口', width: 6 },
    { header: '监测对象类型', width: 11 }, { header: '公示事项', width: 11 }, { header: '公示时间', width: 20 },
  ],
  count: (ctx) => running(ctx).length,
  *rows(ctx) {
    let n = 0;
    for (const c of running(ctx)) {
      const notice = c.context.notice;
      if (notice === null) continue;
      const h = ctx.services.households.get(c.context.householdId)?.household;
      yield [String(++n), placeName(ctx.services, c.context.villageCode.slice(0, 9)), placeName(ctx.services, c.context.villageCode), h?.group ?? '',
        h?.head ?? '', typeof h?.residentId === 'string' ? maskResidentId(h.residentId) : '', h ? String(h.members.length) : '',
        c.context.monitoringType === null ? '' : TYPE_ZH[c.context.monitoringType] ?? c.context.monitoringType, PHASE_ZH[notice.phase] ?? notice.phase,
        `${formDate(notice.startsAt)}至${lastDay(notice.endsAt)}`];
    }
  },
  printLines: (ctx) => [
    `公示范围：${ctx.prefix === '' ? '全部地区' : placeName(ctx.services, ctx.prefix)}`,
    '公示期间如有异议，请向村委会或乡镇人民政府实名反映。',
  ],
  footer: () => ['村民委员会（盖章）', '乡镇人民政府（盖章）', '年　　月　　日'],
};
