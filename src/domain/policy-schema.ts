import { z } from 'zod';

/** A public notice (公示) lasts a number of calendar days (000/003: 7) or working days (004: 5). */
export const NoticePeriodSchema = z.strictObject({
  days: z.number().int().min(1),
  unit: z.enum(['calendar', 'working']),
});
export type NoticePeriod = z.infer<typeof NoticePeriodSchema>;

/** Which seed's card criteria apply: 华容县 2020 (seed 000) or the generic county of 2024 (seed 003). */
export const FourCardVariantSchema = z.enum(['huarong-2020', 'generic-2024']);
export type FourCardVariant = z.infer<typeof FourCardVariantSchema>;

const months = z.number().int().min(1).max(24);
const perCard = <T extends z.ZodType>(t: T) => z.strictObject({ red: t, yellow: t, green: t, blue: t });

const ratio = z.number().min(0).max(1);
const yuan = z.number().min(0);

/**
 * 分类帮扶、动态管理 after the card (000/003 sections 四 and 五): how often each duty comes due, how visits are
 * counted, and the card rules of the assistance ledger. Review intervals and calls per month are `reviewIntervalMonths`
 * and `contact` above (their numbers predate this section).
 */
export const ManagementPolicySchema = z.strictObject({
  /** 每月实施监测: every carded household is looked at once per this many months */
  monitoringIntervalMonths: months,
  /**
   * how visits are counted: 000 by the household (`contact.visitsPerYear`: escaped 4, not escaped 8), 003 by the
   * paired cadre's unit (city-unit cadres once a quarter, county/township/village cadres 6 a year)
   */
  visitRule: z.enum(['byHousehold', 'byCadreUnit']),
  visitsByCadreUnit: z.strictObject({
    cityPerQuarter: z.number().int().min(0),
    otherPerYear: z.number().int().min(0),
  }),
  assistance: z.strictObject({
    /** 产业分红: the lowest yearly dividend ratio per card (0.1 = 10%); null where the seeds set none */
    minDividendRatio: perCard(ratio.nullable()),
    /** 临时救助: per household and year, in yuan */
    temporaryRelief: z.strictObject({ min: yuan, max: yuan }),
    /** 危房改造: a new house's subsidy per card (null: the standard rate, not capped here), repairs' cap */
    newHouseSubsidy: perCard(yuan.nullable()),
    repairSubsidyMax: yuan,
    /** cards whose households public-welfare posts go to first (公益岗位优先聘用) */
    postPriorityCards: z.array(z.enum(['red', 'yellow', 'green', 'blue'])),
  }),
  /** 003: fewest public-welfare posts per county, 挂牌督战 township, other township, and village by kind */
  postQuotas: z.strictObject({
    county: z.number().int().min(0),
    battleTownship: z.number().int().min(0),
    township: z.number().int().min(0),
    solarVillage: z.number().int().min(0),
    poorOrBattleVillage: z.number().int().min(0),
    otherVillage: z.number().int().min(0),
    /** the 挂牌督战 townships and villages, poor villages and villages with a solar station (codes) */
    battleTownships: z.array(z.string()),
    battleVillages: z.array(z.string()),
    poorVillages: z.array(z.string()),
    solarVillages: z.array(z.string()),
  }),
});

/** Every number the seeds state and that differs between counties and years. Amounts are yuan per person-year. */
export const PolicySchema = z.strictObject({
  fourCard: z.strictObject({
    variant: FourCardVariantSchema,
    incomeLine: z.number().positive(),
    /**
     * which year's income a designation judges, relative to the year whose policy applies: 华容 2020 judges the
     * household's 2019 income (精准扶贫手册2019年度收入), so -1; the generic county judges the same year, 0
     */
    incomeYearOffset: z.number().int().min(-5).max(0),
    /** share of the line (0.1 = 10%) within which an income is too close to call and a signer is warned */
    nearLineMargin: z.number().min(0).max(1),
    /** single-person households under this age, neither disabled nor seriously ill, are never yellow or blue */
    singlePersonAgeLimit: z.number().int().min(0).max(150),
    priority: z.strictObject({
      /** "劳动力少": normal-capacity labourers are at most this share of the household */
      maxLabourShare: z.number().min(0).max(1),
      /** "刚性支出超过家庭总收入较多": schooling costs above this multiple of gross income */
      schoolingCostFactor: z.number().positive(),
    }),
  }),
  monitoring: z.strictObject({
    incomeLine: z.number().positive(),
    /** 村干部排查: at least one sweep per this many months */
    sweepIntervalMonths: months,
  }),
  notice: z.strictObject({
    fourCard: NoticePeriodSchema,
    /**
     * where the four-card list is posted (000/003: 乡、村两级张榜公示): every level listed must post and end clear;
     * `together` lets both run at once, `villageFirst` posts the township's list after the village's has ended
     */
    fourCardLevels: z.array(z.enum(['village', 'township'])).min(1).max(2),
    fourCardLevelOrder: z.enum(['together', 'villageFirst']),
    monitoring: NoticePeriodSchema,
    riskElimination: NoticePeriodSchema,
  }),
  /** the four-card appraisal meeting (民主评议): fewest attendees of each group for a valid meeting */
  appraisalMeeting: z.strictObject({
    minPartyMembers: z.number().int().min(0),
    minGroupLeaders: z.number().int().min(0),
    minPoorHouseholdRepresentatives: z.number().int().min(0),
    minPublicRepresentatives: z.number().int().min(0),
  }),
  /** field work entered late (补录, seed 002): days after it happened within which no reason is needed */
  entry: z.strictObject({ lateEntryDays: z.number().int().min(0).max(366) }),
  spotCheck: z.strictObject({
    ratio: z.number().gt(0).max(1),
    minInspectors: z.number().int().min(1),
  }),
  reviewIntervalMonths: perCard(months),
  adjustmentIntervalMonths: months,
  contact: z.strictObject({
    /** phone/WeChat contacts by the paired cadre; null where the seeds name no number (blue: township watches) */
    callsPerMonth: perCard(z.number().int().min(0).nullable()),
    visitsPerYear: z.strictObject({ escaped: z.number().int().min(0), notEscaped: z.number().int().min(0) }),
  }),
  /** the problem rectification ledger and listed villages (问题整改台账, 挂牌督战: seeds 000, 001, 004; src/ledger) */
  ledger: z.strictObject({
    /** the problem types' preset (src/ledger/problem-types.ts): 004's 13 kinds, or 000's 18 items */
    problemTypes: z.enum(['jizhong-2021', 'huitoucha-2020']),
    /** 提醒预警: the responsible person is warned this many days before a rectification deadline */
    warnDays: z.number().int().min(0).max(90),
    /** 挂牌督战: villages with at least this many people not escaped at the end of the base year are listed (000: 30) */
    listedVillageMinNotEscaped: z.number().int().min(1),
    /** a listed village reports its month's progress from this day of the month (000: 每月下旬, from the 21st) */
    monthlyReportFromDay: z.number().int().min(1).max(28),
  }),
  management: ManagementPolicySchema,
});

export type Policy = z.infer<typeof PolicySchema>;
