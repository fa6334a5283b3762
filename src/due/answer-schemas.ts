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
