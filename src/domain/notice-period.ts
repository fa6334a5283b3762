/** Public-notice periods (公示期): how long, and when one ends. See working-days.ts for the counting rule. */
export { NoticePeriodSchema, type NoticePeriod } from './policy-schema.ts';
export { noticeEndsAt, noticeLastDay, type CalendarError } from './working-days.ts';
