import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates.ts';

/** the State Council's notice a year's days are taken from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
export const CalendarSourceSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).describe('the notice\'s title, e.g. 国务院办公厅关于2027年部分节假日安排的通知'),
  documentNumber: z.string().trim().min(1).max(100).describe('its document number (文号), e.g. 国办发明电〔2026〕12号'),
  publishedOn: IsoDateSchema.optional().describe('the day it was published (YYYY-MM-DD)'),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional().describe('where it is published (www.gov.cn)'),
});
export type CalendarSource = z.output<typeof CalendarSourceSchema>;

/** where the days a correction supersedes came from: the packaged data, CALENDAR_FILE, or an earlier event of the stream */
export const SupersededSchema = z.object({
  origin: z.enum(['package', 'configuration', 'published']),
  revision: z.number().int().min(0).nullable().describe('the superseded event\'s revision in the stream; null for the package or CALENDAR_FILE'),
});
export type Superseded = z.output<typeof SupersededSchema>;

const dates = z.array(IsoDateSchema);

const PublishedData = z.object({
  machineVersion: z.string(),
  year: z.number().int(),
  holidays: dates.describe('every day off, the weekend days inside a holiday block included, in date order'),
  workdays: dates.describe('the make-up working days (调休), Saturdays or Sundays, in date order'),
  source: CalendarSourceSchema,
  reason: z.string().nullable(),
});

/** data of CalendarYearPublished: a year nobody knew before */
export const CalendarYearPublishedDataSchema = PublishedData;

/** data of CalendarYearCorrected: a year's complete lists again, superseding the ones before, with the reason and what changed */
export const CalendarYearCorrectedDataSchema = PublishedData.extend({
  reason: z.string().min(1),
  supersedes: SupersededSchema,
  changes: z.object({
    holidaysAdded: dates,
    holidaysRemoved: dates,
    workdaysAdded: dates,
    workdaysRemoved: dates,
  }),
});
export type CalendarYearCorrectedData = z.output<typeof CalendarYearCorrectedDataSchema>;
