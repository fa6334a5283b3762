import { z } from 'zod';
import {
  AssistancePolicySchema, CauseOfPovertySchema, ExclusionFactsSchema, IncomeYearSchema, LivelihoodSchema, RiskSchema,
} from './household-facts.ts';
import { MemberSchema } from './member.ts';
import { VillageCodeSchema } from './region.ts';
import { ResidentIdSchema } from './resident-id.ts';
import { IsoDateSchema } from './dates.ts';

/** 贫困户属性: 一般贫困户 / 低保贫困户 / 特困供养贫困户 */
export const PovertyAttributeSchema = z.enum(['ordinary', 'subsistence', 'destitute']);

/** 住房安全: 安全 (A/B 级) / C 级危房 / D 级危房 / 未鉴定 */
export const HousingStatusSchema = z.enum(['safe', 'dangerous-c', 'dangerous-d', 'unappraised']);

/**
 * Seed 002's 核查清单 asks of each household (issue 16): its attribute, housing, drinking water, paired contact person
 * (帮扶联系人) and phone, relocation (move-in date) and the year it escaped. All optional: older events stay valid.
 */
const ChecklistHouseholdFields = {
  attribute: PovertyAttributeSchema.optional(),
  housing: z.object({ status: HousingStatusSchema, note: z.string().max(500).optional() }).optional(),
  drinkingWater: z.object({ safe: z.boolean(), source: z.enum(['tap', 'well', 'spring', 'surface', 'cistern', 'other']).optional() }).optional(),
  contactPerson: z.object({ name: z.string().min(1).max(100), phone: z.string().regex(/^[0-9+\- ]{5,20}$/).optional() }).optional(),
  /** the household's own contact phone (联系电话) */
  phone: z.string().regex(/^[0-9+\- ]{5,20}$/).optional(),
  /** 易地扶贫搬迁: when the household moved in */
  relocation: z.object({ movedInOn: IsoDateSchema }).optional(),
  /** 脱贫年度 */
  escapeYear: z.number().int().min(2013).max(2100).optional(),
};

/** 建档立卡贫困户 / 边缘户 / 一般农户 */
export const RegistrationSchema = z.enum(['registered', 'edge', 'ordinary']);

/** 脱贫属性 of a registered household; 'monitored' is 脱贫监测户, an escaped household under monitoring. */
export const PovertyStatusSchema = z.enum(['escaped', 'not-escaped', 'returned', 'monitored']);

/**
 * One household (户) as investigated. Plain JSON so it can travel in events; `members` includes the head, so the
 * household size (家庭人口) is `members.length`.
 */
export const HouseholdFieldsSchema = z.object({
  head: z.string().min(1), // 户主 name
  residentId: ResidentIdSchema, // 户主身份证号
  villageCode: VillageCodeSchema,
  group: z.string().min(1), // 村民小组 (组)
  members: z.array(MemberSchema).min(1),
  registration: RegistrationSchema,
  povertyStatus: PovertyStatusSchema.nullable(),
  mainCauseOfPoverty: CauseOfPovertySchema.nullable(),
  otherCausesOfPoverty: z.array(CauseOfPovertySchema).default([]),
  policiesEnjoyed: z.array(AssistancePolicySchema).default([]),
  /** keyed by calendar year, e.g. "2024" */
  incomes: z.record(z.string().regex(/^\d{4}$/, 'expected a four-digit year'), IncomeYearSchema),
  risks: z.array(RiskSchema).default([]),
  exclusions: ExclusionFactsSchema.default(ExclusionFactsSchema.parse({})),
  livelihood: LivelihoodSchema.optional(),
  ...ChecklistHouseholdFields,
});

type HouseholdFields = z.infer<typeof HouseholdFieldsSchema>;

/** a household-level finding: where, the English message, and the field error code and messages (src/shared/field-errors.ts) */
export interface HouseholdShapeIssue {
  path: string[];
  message: string;
  params: { code: string; zh: string; en: string };
}

const shapeIssue = (path: string[], code: string, zh: string, en: string): HouseholdShapeIssue => ({ path, message: en, params: { code, zh, en } });

/** What no single field can say: one head, the same resident ID on the head member, poverty status iff registered. */
export const householdShapeIssues = (h: HouseholdFields): HouseholdShapeIssue[] => {
  const issues: HouseholdShapeIssue[] = [];
  const heads = h.members.filter((m) => m.relation === 'head');
  if (heads.length !== 1) issues.push(shapeIssue(['members'], 'ONE_HEAD', '家庭成员中应有且只有一位户主', 'exactly one member must be the head'));
  const head = heads[0];
  if (heads.length === 1 && head !== undefined && head.residentId !== undefined && head.residentId !== h.residentId) {
    issues.push(shapeIssue(['members'], 'HEAD_RESIDENT_ID_MISMATCH', '户主的身份证号与农户的户主身份证号不一致', "the head member's resident ID differs from the household's"));
  }
  // Only a registered household has escaped or not: the others were never counted as poor.
  if ((h.registration === 'registered') !== (h.povertyStatus !== null)) {
    issues.push(h.registration === 'registered'
      ? shapeIssue(['povertyStatus'], 'REQUIRED', '建档立卡户必须填写脱贫属性', 'required for registered households')
      : shapeIssue(['povertyStatus'], 'REGISTERED_ONLY', '只有建档立卡户填写脱贫属性，其他农户应为空（null）', 'must be null: only registered households have one'));
  }
  return issues;
};

export const HouseholdSchema = HouseholdFieldsSchema.superRefine((h, ctx) => {
  for (const issue of householdShapeIssues(h)) ctx.addIssue({ code: 'custom', ...issue });
});

export type Household = z.infer<typeof HouseholdSchema>;
export type HouseholdInput = z.input<typeof HouseholdSchema>;
export type Registration = z.infer<typeof RegistrationSchema>;
export type PovertyStatus = z.infer<typeof PovertyStatusSchema>;

export const householdSize = (h: Household): number => h.members.length;
