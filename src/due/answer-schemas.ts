import { Type } from 'typebox';
import { Instant, IsoDay, Nullable, Page, RegionCode, StringEnum } from '../http/contract/types.ts';
import { ROLES } from '../auth/roles.ts';

/** one duty on a worklist (src/due/due-index.ts) */
export const DutyView = Type.Object({
  key: Type.String({ description: 'the duty\'s stable key' }),
  kind: Type.String({ description: 'what is owed (e.g. review, contact, visit, rectification, monthlyReport)' }),
  zh: Type.String({ description: '事项名称' }),
  subject: Type.Object({ chain: Type.String(), id: Type.String() }, { description: 'the record it concerns' }),
  regionCode: Type.String({ description: 'village, township or county code' }),
  townshipName: Nullable(Type.String()),
  villageName: Nullable(Type.String()),
  owner: Type.Object({ personId: Nullable(Type.String()), name: Nullable(Type.String()), role: Nullable(StringEnum(ROLES)) }, { description: 'who owes it' }),
  supervisorRole: Nullable(StringEnum(ROLES)),
  dueAt: Instant('when it falls due: overdue from then on'),
  dueDay: IsoDay('the last day it may be done (China time)'),
  warnFrom: Nullable(Instant('from when it is coming due (提醒预警)')),
  overdueDays: Type.Integer({ description: 'whole days past due (negative: days left)' }),
  detail: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]), { description: 'what the worklist shows beside it (no personal data)' }),
});

export const DutyListAnswer = Page(DutyView, {
  regionCode: RegionCode('the region the list covers (narrowed to your jurisdiction)'),
  state: StringEnum(['overdue', 'dueSoon', 'open']),
  asOf: Instant('the instant the list was judged at'),
  counts: Type.Record(Type.String(), Type.Integer({ minimum: 0 }), { description: 'the list\'s duties per kind' }),
});

/** one group's counts: a cadre (the person who owes the duties), a village or a township */
export const DutyCountGroup = Type.Object({
  key: Nullable(Type.String({ description: "the person's id (by=cadre), the village's or township's code; null: duties a role owes with no person named" })),
  name: Nullable(Type.String({ description: "the person's name as the duties give it" })),
  role: Nullable(StringEnum(ROLES, 'the role that owes them, when no person is named')),
  townshipName: Nullable(Type.String()),
  villageName: Nullable(Type.String()),
  overdue: Type.Integer({ minimum: 0, description: 'overdue now' }),
  dueSoon: Type.Integer({ minimum: 0, description: 'coming due now (in their warning period)' }),
  open: Type.Integer({ minimum: 0, description: 'not yet overdue (coming due included): e.g. this month\'s calls not yet made' }),
});

export const DutyCountsAnswer = Type.Object({
  regionCode: RegionCode('the region counted (narrowed to your jurisdiction)'),
  by: StringEnum(['cadre', 'village', 'township']),
  kind: Nullable(Type.String({ description: 'the kind of duty counted; null: every kind' })),
  asOf: Instant('the instant the duties were judged at'),
  groups: Type.Array(DutyCountGroup, { description: 'most overdue first' }),
});
