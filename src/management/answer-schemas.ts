import { Type } from 'typebox';
import { CardEnum, Instant, Nullable, Page, RegionCode, Revision, RuleNote, StringEnum, Uuid, VillageCode, TownshipCode, displayProperties } from '../http/contract/types.ts';

const Person = Type.Object({ id: Nullable(Type.String()), name: Type.String(), since: Type.String() });
const UnitLevel = StringEnum(['city', 'county', 'township', 'village'], '结对帮扶干部单位层级');

/** a carded household under management (分类帮扶、动态管理) */
export const ManagementRecordAnswer = Type.Object({
  id: Uuid('the management record'),
  householdId: Uuid(),
  designationId: Uuid('the designation it follows'),
  villageCode: VillageCode(),
  townshipCode: TownshipCode(),
  ...displayProperties,
  state: StringEnum(['new', 'managed', 'declared', 'checked', 'removed']),
  card: Nullable(CardEnum()),
  cardZh: Nullable(Type.String()),
  cardSince: Nullable(Instant('when the card took effect')),
  cadre: Nullable(Type.Object({ id: Type.String(), name: Type.String(), unitLevel: UnitLevel, organisation: Nullable(Type.String()), since: Type.String() }, { description: '结对帮扶干部' })),
  helper: Nullable(Person),
  blueCare: Nullable(Type.Object({ townshipOffice: Type.String(), specialist: Type.Object({ id: Nullable(Type.String()), name: Type.String() }), since: Type.String() })),
  plan: Nullable(Type.Object({ planId: Type.String(), recordedAt: Type.String(), measures: Type.Integer({ minimum: 0 }) })),
  pending: Nullable(Type.Object({
    id: Type.String(), year: Type.Integer(), proposedCard: Nullable(CardEnum()), declaredBy: Type.String(), declaredAt: Type.String(),
    checkedBy: Nullable(Type.String()), checkedCard: Nullable(CardEnum()),
  }, { description: 'a re-classification under way' })),
  lastReviewedAt: Nullable(Type.String()),
  removedAt: Nullable(Type.String()),
  warnings: Type.Array(RuleNote),
  lastContactAt: Nullable(Type.String({ description: 'the latest contact or visit (when it happened)' })),
  monitoringCaseIds: Type.Array(Type.String(), { description: 'monitoring cases opened by early warnings' }),
  departmentAlertCaseIds: Type.Array(Type.String(), { description: "monitoring cases opened by a department's alert while under management" }),
  measures: Type.Integer({ minimum: 0, description: 'assistance measures in the ledger' }),
  revision: Revision(),
  machineVersion: Type.String(),
  startedAt: Type.String(),
  updatedAt: Type.String(),
});

export const ManagementRecordListAnswer = Page(ManagementRecordAnswer, { regionCode: RegionCode('the region listed (narrowed to your jurisdiction)') });

export const TimelineAnswer = Type.Object({
  id: Uuid(),
  householdId: Uuid(),
  entries: Type.Array(Type.Object({
    source: StringEnum(['designation', 'management', 'ledger'], 'designation (认定), management (动态管理) or a problem of the rectification ledger (问题整改台账) on the household'),
    problemId: Nullable(Uuid('the ledger problem, for its entries')),
    revision: Type.Integer({ minimum: 0 }),
    step: Type.String(),
    stepZh: Type.String(),
    actor: Type.Object({}, { additionalProperties: true, description: 'who signed, in which capacity' }),
    occurredAt: Type.String(),
    recordedAt: Type.String(),
    card: Nullable(CardEnum()),
    outcome: Nullable(Type.String()),
    opinion: Nullable(Type.String()),
  })),
});

const PerCard = Type.Object({ red: Type.Integer({ minimum: 0 }), yellow: Type.Integer({ minimum: 0 }), green: Type.Integer({ minimum: 0 }), blue: Type.Integer({ minimum: 0 }) });

export const CardCountsAnswer = Type.Object({
  regionCode: RegionCode(),
  round: Type.String({ description: 'the half-year whose changes are counted, e.g. 2026H1' }),
  total: Type.Integer({ minimum: 0 }),
  cards: PerCard,
  changed: Type.Integer({ minimum: 0 }),
  removed: Type.Integer({ minimum: 0 }),
  areas: Type.Array(Type.Object({ regionCode: RegionCode(), name: Nullable(Type.String()), total: Type.Integer({ minimum: 0 }), cards: PerCard })),
});

export const AdjustmentRoundAnswer = Page(Type.Object({
  id: Uuid(), householdId: Uuid(), villageCode: VillageCode(), card: Nullable(CardEnum()), cardSince: Nullable(Type.String()),
  lastReviewedAt: Nullable(Type.String()), pendingStep: Nullable(StringEnum(['declared', 'checked'])),
  outcome: Nullable(StringEnum(['kept', 'changed', 'removed'])),
}), { regionCode: RegionCode(), round: Type.String(), confirmed: Type.Integer({ minimum: 0 }) });

export const AssistanceSummaryAnswer = Type.Object({
  regionCode: RegionCode(),
  year: Type.Integer(),
  byCard: Type.Array(Type.Object({
    card: CardEnum(),
    households: Type.Integer({ minimum: 0 }),
    measures: Type.Record(Type.String(), Type.Object({ count: Type.Integer({ minimum: 0 }), amount: Type.Number({ minimum: 0 }) })),
  })),
});

export const PostQuotaAnswer = Type.Object({
  countyCode: RegionCode(),
  year: Type.Integer(),
  shortfalls: Type.Array(Type.Object({ regionCode: RegionCode(), level: StringEnum(['county', 'township', 'village']), kind: Type.String(), quota: Type.Integer(), posts: Type.Integer(), shortfall: Type.Integer() })),
});

const Count = Type.Integer({ minimum: 0 });

/** a county's half-yearly adjustment round (半年动态调整) with its progress: done / total per township */
export const AdjustmentRoundRecordAnswer = Type.Object({
  id: Uuid('the round (one per county and half year)'),
  countyCode: Type.String({ pattern: '^\\d{6}$' }),
  round: Type.String({ pattern: '^\\d{4}H[12]$', description: 'the half year, e.g. 2026H2' }),
  state: StringEnum(['open', 'closed']),
  stateZh: Type.String(),
  openedBy: Nullable(Type.String()),
  openedAt: Nullable(Instant()),
  closure: Nullable(Type.Object({
    by: Type.String(), at: Instant(), total: Count, withOutcome: Count,
    withoutOutcome: Type.Array(Type.String(), { description: 'management records closed without an outcome' }),
    reason: Nullable(Type.String()),
  })),
  progress: Type.Object({
    asOf: Instant(),
    total: Count,
    done: Count,
    underWay: Type.Integer({ minimum: 0, description: 'declared or checked, awaiting the county confirmation' }),
    byTownship: Type.Array(Type.Object({ townshipCode: TownshipCode(), name: Nullable(Type.String()), total: Count, done: Count, underWay: Count })),
  }, { description: "the households the round lists and how many have an outcome (kept, changed, removed): the county's, or a township reader's own townships" }),
  revision: Revision(),
  machineVersion: Type.String(),
});

export const AdjustmentRoundRecordListAnswer = Type.Object({ total: Count, items: Type.Array(AdjustmentRoundRecordAnswer) });
