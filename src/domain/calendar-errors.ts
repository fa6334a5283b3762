interface Messages {
  readonly zh: string;
  readonly en: string;
}

/** Errors carry bilingual messages because an unknown year reaches the office that must configure it. */
export type CalendarError =
  | ({ readonly code: 'CALENDAR_YEAR_UNKNOWN'; readonly year: number } & Messages)
  | ({ readonly code: 'INVALID_DATE' | 'INVALID_INSTANT'; readonly value: string } & Messages)
  | ({ readonly code: 'INVALID_COUNT'; readonly value: number } & Messages);

export const yearUnknown = (year: number): CalendarError => ({
  code: 'CALENDAR_YEAR_UNKNOWN',
  year,
  zh: `工作日历未包含${year}年的节假日安排，请管理员配置`,
  en: `The working-day calendar has no holiday schedule for ${year}; an administrator must configure it`,
});
export const invalidDate = (value: string): CalendarError =>
  ({ code: 'INVALID_DATE', value, zh: `日期无效：${value}`, en: `Not a date: ${value}` });
export const invalidInstant = (value: string): CalendarError =>
  ({ code: 'INVALID_INSTANT', value, zh: `时间无效（须含时区）：${value}`, en: `Not an ISO instant with an offset: ${value}` });
export const invalidCount = (value: number): CalendarError =>
  ({ code: 'INVALID_COUNT', value, zh: `天数无效：${value}`, en: `Not a valid number of days: ${value}` });

