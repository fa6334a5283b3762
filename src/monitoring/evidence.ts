import { z } from 'zod';
import { IsoDateSchema } from '../domain/dates.ts';

/**
 * A closed object: one that carries more than its fields is refused (400), not trimmed. Fastify's validator removes
 * properties that `additionalProperties: false` forbids before anyone sees them; `{ not: {} }` forbids the same
 * without removing, so a client that sends a file's bytes along with its reference is told so.
 */
export const closed = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape).meta({ additionalProperties: { not: {} } });

/**
 * A scan or photo kept in the office's document store, referenced by id and content hash: events carry the
 * reference, never the file (a strict object, so a smuggled `content` field is refused).
 */
export const EvidenceSchema = closed({
  kind: z.enum(['scan', 'photo']),
  id: z.string().min(1).max(200),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex sha256'),
  mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/tiff', 'application/pdf']),
  caption: z.string().max(200).optional(),
});

/** optional (not defaulted: a JSON Schema default inside a union is refused by the route validator) */
export const evidenceList = z.array(EvidenceSchema).max(50).optional();

/** 农户承诺和授权查询书 (seed 004, 附件1) as recorded from the signed paper */
export const CommitmentSchema = closed({
  /** the scan of the signed letter, signature and thumbprint visible */
  letter: EvidenceSchema,
  signedOn: IsoDateSchema,
  signature: z.discriminatedUnion('by', [
    closed({ by: z.literal('applicant') }),
    /** 农户不识字的，可以委托村干部、村民小组长或近亲属代为填写 */
    closed({ by: z.literal('proxy'), name: z.string().min(1).max(100), relation: z.enum(['villageCadre', 'groupLeader', 'closeRelative']) }),
  ]),
  /** 加按本人手印: the applicant's own thumbprint is on the letter */
  thumbprint: z.boolean(),
  /** 承诺如实提供家庭情况 */
  factsTrue: z.boolean(),
  /** 授权查询家庭资产信息 (公安、工商、税务、金融 …) */
  authorisesAssetQuery: z.boolean(),
});

export type CommitmentInput = z.output<typeof CommitmentSchema>;

export const MonitoringTypeSchema = z.enum(['unstableEscaped', 'edgeProne', 'suddenHardship']);

export const MONITORING_TYPE_ZH = {
  unstableEscaped: '脱贫不稳定户',
  edgeProne: '边缘易致贫户',
  suddenHardship: '突发严重困难户',
} as const;

/** 行业部门 whose data raise alerts (004: 教育、医保、水利、住建、民政、人社、公安、市场监督) */
export const DepartmentSchema = z.enum(['education', 'medicalInsurance', 'waterResources', 'housing', 'civilAffairs', 'humanResources', 'publicSecurity', 'marketRegulation', 'other']);

/** 一人一措施: the kinds of measure a plan names */
export const MeasureKindSchema = z.enum([
  'industry', // 产业帮扶
  'employment', // 就业帮扶
  'publicWelfareJob', // 公益性岗位
  'microcredit', // 小额信贷
  'skillsTraining', // 技能培训
  'education', // 教育资助
  'health', // 医疗保障
  'housing', // 住房安全
  'water', // 饮水安全
  'subsistenceAllowance', // 农村低保
  'extremePovertySupport', // 特困人员救助供养
  'temporaryRelief', // 临时救助
  'other',
]);
export type MeasureKind = z.infer<typeof MeasureKindSchema>;
