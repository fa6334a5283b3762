import { chinaDateOf } from '../domain/dates.ts';
import type { NoticePeriod } from '../domain/notice-period.ts';
import { noticeEndsAt } from '../domain/working-days.ts';
import { breach } from './invariants.ts';
import type { Breach, Step, World } from './invariants.ts';
import { CLOCK_SKEW_MS } from './time-rules.ts';

const ms = (instant: string) => Date.parse(instant);

/**
 * A public notice (公示) counts from its real posting and lasts at least the policy's period ("不少于"): it cannot
 * start before the day it was posted, nor in the future, and it cannot end before the period is over.
 */
export const noticePostingHolds = (step: Step, world: World, notice: { startsAt: string; endsAt: string; period: NoticePeriod }): Breach | null => {
  const judgedOn = { startsAt: notice.startsAt, endsAt: notice.endsAt, occurredAt: step.occurredAt, period: notice.period };
  if (chinaDateOf(notice.startsAt) < chinaDateOf(step.occurredAt)) {
    return breach('NOTICE_STARTS_BEFORE_POSTING', '公示开始日期早于张贴日期：公示期从实际张贴之日起算', 'A notice cannot start before the day it was posted', judgedOn);
  }
  if (ms(notice.startsAt) > ms(step.recordedAt) + CLOCK_SKEW_MS) {
    return breach('NOTICE_STARTS_IN_FUTURE', '公示开始时间晚于当前时间：请在实际张贴后登记', 'A notice is recorded once it is posted: it cannot start in the future', judgedOn);
  }
  const minimum = noticeEndsAt(notice.startsAt, notice.period, world.calendar);
  if (!minimum.ok) {
    return minimum.error.code === 'CALENDAR_YEAR_UNKNOWN'
      ? breach('CALENDAR_YEAR_UNKNOWN', `${minimum.error.year} 年的节假日安排尚未配置，无法计算公示截止日`, `The holidays of ${minimum.error.year} are not configured: the notice end cannot be computed`, { year: minimum.error.year })
      : breach('INVALID_DATE', '日期格式错误', 'Invalid date', judgedOn);
  }
  if (ms(notice.endsAt) < ms(minimum.value)) {
    return breach('NOTICE_TOO_SHORT', `公示期不少于 ${notice.period.days} 个${notice.period.unit === 'working' ? '工作日' : '日'}`, `A notice lasts at least ${notice.period.days} ${notice.period.unit} days`,
      { ...judgedOn, earliestEnd: minimum.value });
  }
  return null;
};

/** a step that waits for a period to be over (a report, a completion) cannot be dated inside it */
export const notDatedInside = (step: Step, period: { endsAt: string } | null | undefined, code: string, zh: string, en: string): Breach | null =>
  period && ms(step.occurredAt) < ms(period.endsAt) ? breach(code, zh, en, { occurredAt: step.occurredAt, periodEndsAt: period.endsAt }) : null;
