import { z } from 'zod';

/** 致贫原因, as on the national registration forms. */
export const CauseOfPovertySchema = z.enum([
  'illness', // 因病
  'disability', // 因残
  'schooling', // 因学
  'disaster', // 因灾
  'lack-of-land', // 缺土地
  'lack-of-water', // 缺水
  'lack-of-skills', // 缺技术
  'lack-of-labour', // 缺劳力
  'lack-of-funds', // 缺资金 (seed 002: never acceptable as a cause)
  'poor-transport', // 交通条件落后
  'lack-of-motivation', // 自身发展动力不足
  'other',
]);

/** 已享受的扶贫政策 (seed 003 form). */
export const AssistancePolicySchema = z.enum([
  'education', 'industry', 'health', 'employment', 'relocation', 'housing-renovation',
  'microcredit', 'subsistence-allowance', 'consumption', 'social', 'temporary-relief', 'other',
]);

/** Amounts in yuan for one year; schooling and medical costs are the 刚性支出 the priority rules weigh. */
export const IncomeYearSchema = z.object({
  wage: z.number().nonnegative(), // 工资性收入
  business: z.number().nonnegative(), // 经营性收入
  property: z.number().nonnegative(), // 财产性收入
  transfer: z.number().nonnegative(), // 转移性收入
  productionCosts: z.number().nonnegative(), // 生产经营性支出
  schoolingExpenses: z.number().nonnegative().default(0),
  medicalExpenses: z.number().nonnegative().default(0),
});

export const RiskSchema = z.object({
  kind: z.enum(['illness', 'disaster', 'schooling', 'accident', 'income-loss', 'other']),
  note: z.string().optional(),
});

/** Facts that rule a household out of yellow/blue cards (000, 003) or of monitoring (004). */
export const ExclusionFactsSchema = z.object({
  consumerCar: z.boolean().default(false), // 消费型汽车
  commercialHousing: z.boolean().default(false), // 商品房
  luxuriousDecoration: z.boolean().default(false), // 房屋装修豪华
  publicFundsMember: z.boolean().default(false), // 财政供养人员
  enterpriseExecutive: z.boolean().default(false), // 企业高管
  /** 父母单独立户, with adult children able to support them */
  parentsApartFromAbleChildren: z.boolean().default(false),
  /** 分户子女: the separately registered children's own households (004) */
  childrenHouseholds: z
    .object({
      consumerCar: z.boolean().default(false),
      publicFundsMember: z.boolean().default(false),
      enterpriseExecutive: z.boolean().default(false),
      wellOff: z.boolean().default(false), // 子女经济条件好
    })
    .default({ consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: false }),
});

/** 004's "stable" test; absent means nobody has judged it, which is not the same as stable. */
export const LivelihoodSchema = z.object({
  incomeStable: z.boolean(),
  /** 两不愁三保障 and 饮水安全 all secure */
  basicNeedsAndWaterSecure: z.boolean(),
});

export type CauseOfPoverty = z.infer<typeof CauseOfPovertySchema>;
export type AssistancePolicy = z.infer<typeof AssistancePolicySchema>;
export type IncomeYear = z.infer<typeof IncomeYearSchema>;
export type Risk = z.infer<typeof RiskSchema>;
export type ExclusionFacts = z.infer<typeof ExclusionFactsSchema>;
export type Livelihood = z.infer<typeof LivelihoodSchema>;
