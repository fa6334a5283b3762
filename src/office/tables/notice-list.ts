import { maskResidentId } from '../../domain/resident-id.ts';
import { formDate } from '../../audit/approval-form-html.ts';
import { ProblemError } from '../../shared/problem.ts';
import { CAUSES, labelOf } from '../household-columns.ts';
import { cardZh, placeName } from './common.ts';
import type { TableContext, TableSpec } from './spec.ts';

const noticeOf = (ctx: TableContext) => {
  const notice = ctx.noticeId === undefined ? undefined : ctx.services.notices.get(ctx.noticeId);
  if (!notice || !(notice.scopeCode.startsWith(ctx.identity.jurisdiction) || ctx.identity.jurisdiction.startsWith(notice.scopeCode))) {
    throw new ProblemError(404, 'NOTICE_NOT_FOUND', '未找到该公示（或不在您的管辖范围内）', 'No such notice in your jurisdiction');
  }
  return notice;
};

/**
 * 公示名单: the households of one posted notice as the board shows them. Resident IDs are masked for every reader,
 * as a list posted on a wall is (the head's name is what the village reads).
 */
export const noticeList: TableSpec = {
  id: 'notice-list',
  title: '分类帮扶对象公示名单',
  en: 'The list of a public notice, as posted',
  params: ['noticeId'],
  columns: () => [
    { header: '序号', width: 5 }, { header: '乡镇', width: 11 }, { header: '村', width: 15 }, { header: '组', width: 5 },
    { header: '户主姓名', width: 8 }, { header: '身份证号', width: 18 }, { header: '家庭人口', width: 8 },
    { header: '主要致贫原因', width: 10 }, { header: '拟认定类别', width: 8 },
  ],
  count: (ctx) => noticeOf(ctx).designationIds.length,
  *rows(ctx) {
    let n = 0;
    for (const id of noticeOf(ctx).designationIds) {
      const d = ctx.services.designations.get(id);
      if (!d) continue;
      const h = ctx.services.households.get(d.context.householdId)?.household;
      yield [String(++n), placeName(ctx.services, d.context.villageCode.slice(0, 9)), placeName(ctx.services, d.context.villageCode), h?.group ?? '',
        h?.head ?? '', typeof h?.residentId === 'string' ? maskResidentId(h.residentId) : '', h ? String(h.members.length) : '',
        h?.mainCauseOfPoverty ? labelOf(CAUSES, h.mainCauseOfPoverty) : '', cardZh(d.context.card)];
    }
  },
  printLines: (ctx) => {
    const n = noticeOf(ctx);
    return [
      `公示范围：${placeName(ctx.services, n.scopeCode)}`,
      `公示时间：${formDate(n.startsAt)} 至 ${formDate(new Date(Date.parse(n.endsAt) - 1).toISOString())}`,
      '公示期间如有异议，请向村委会或乡镇人民政府实名反映。',
    ];
  },
  footer: () => ['村民委员会（盖章）', '乡镇人民政府（盖章）', '年　　月　　日'],
};
