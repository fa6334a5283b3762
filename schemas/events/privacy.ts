import { Type } from 'typebox';
import { defineEvent } from '../define.ts';

/** 个人信息访问记录 (src/privacy/access-log.ts): one stream per county and day, `personal-data-access-<county>-<yyyymmdd>`. */
const event = defineEvent('privacy');

export const privacyEvents = [
  event('PersonalDataRead', 1, '个人信息查阅记录 / Personal data read', "PIPL arts. 51, 54: a supervisor's or a department's read of households' personal data, recorded before the answer left: who (the event's actor), when, which households or which region, and the purpose they gave.", Type.Object({
    route: Type.String({ description: 'the operation read, e.g. GET /households/:id' }),
    householdIds: Type.Array(Type.String(), { description: 'the households read one by one; empty for a list, an export or the feed (then regionCode says whose)' }),
    regionCode: Type.String({ description: 'the region read: the household\'s village, or the list\'s region narrowed to the reader\'s jurisdiction' }),
    purpose: Type.Union([Type.String(), Type.Null()], { description: 'the X-Purpose header (查阅目的), null when none was given' }),
  })),
];
