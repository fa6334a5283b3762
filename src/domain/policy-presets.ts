import type { FourCardVariant, Policy } from './policy-schema.ts';

/** The numbers of seed 003 (generic county, 2024) with 004's monitoring line; the fallback for every region. */
export const GENERIC_2024_POLICY: Policy = {
  fourCard: {
    variant: 'generic-2024',
    incomeLine: 5000,
    incomeYearOffset: 0,
    nearLineMargin: 0.1, // our choice: the seeds give no margin, a tenth of the line flags the borderline
    singlePersonAgeLimit: 60,
    // "few" and "far above" are not quantified in the seeds: these are starting points for an office to set
    priority: { maxLabourShare: 1 / 3, schoolingCostFactor: 1.5 },
  },
  monitoring: { incomeLine: 6000, sweepIntervalMonths: 6 },
  notice: {
    fourCard: { days: 7, unit: 'calendar' },
    fourCardLevels: ['village', 'township'], // 000/003: 乡、村两级张榜公示
    fourCardLevelOrder: 'together',
    monitoring: { days: 5, unit: 'working' },
    // 004 gives no length for the risk-elimination notice; the inclusion notice's is the nearest rule
    riskElimination: { days: 5, unit: 'working' },
  },
  // 000/003 name the groups (党员、村民组长、贫困户代表、群众代表) but no numbers: at least one of each
  appraisalMeeting: { minPartyMembers: 1, minGroupLeaders: 1, minPoorHouseholdRepresentatives: 1, minPublicRepresentatives: 1 },
  // our choice: the seeds say data may be entered after the visit (002) but give no limit; a week, then a reason
  entry: { lateEntryDays: 7 },
  spotCheck: { ratio: 0.3, minInspectors: 2 },
  reviewIntervalMonths: { red: 6, yellow: 3, green: 3, blue: 3 },
  adjustmentIntervalMonths: 6,
  contact: {
    callsPerMonth: { red: 2, yellow: 1, green: 1, blue: null },
    visitsPerYear: { escaped: 6, notEscaped: 6 },
  },
  // 004's 13 kinds; the warning a week ahead is our choice (the seeds ask for 提醒预警 without a number)
  ledger: { problemTypes: 'jizhong-2021', warnDays: 7, listedVillageMinNotEscaped: 30, monthlyReportFromDay: 21 },
  management: {
    monitoringIntervalMonths: 1,
    visitRule: 'byCadreUnit', // 003: 市直单位每季度不少于1次, 县乡村三级每年不少于6次
    visitsByCadreUnit: { cityPerQuarter: 1, otherPerYear: 6 },
    assistance: {
      minDividendRatio: { red: 0.15, yellow: null, green: null, blue: null }, // 003 names red's only
      temporaryRelief: { min: 1000, max: 5000 },
      newHouseSubsidy: { red: 50_000, yellow: 40_000, green: null, blue: null },
      repairSubsidyMax: 20_000,
      postPriorityCards: ['yellow'], // 003: 优先在有劳动能力和弱劳动能力的黄卡户中选聘
    },
    postQuotas: {
      county: 60, battleTownship: 30, township: 20, solarVillage: 3, poorOrBattleVillage: 2, otherVillage: 1,
      battleTownships: [], battleVillages: [], poorVillages: [], solarVillages: [],
    },
  },
};

/** What distinguishes seed 000 (华容县 2020): its card criteria and 4/8 visits a year. A patch over the generic. */
export const PRESET_PATCHES: Readonly<Record<FourCardVariant, Record<string, unknown>>> = {
  'generic-2024': {},
  'huarong-2020': {
    fourCard: { variant: 'huarong-2020', incomeYearOffset: -1 },
    contact: { visitsPerYear: { escaped: 4, notEscaped: 8 } },
    management: {
      visitRule: 'byHousehold', // 000: 已脱贫户每年不少于4次, 未脱贫户不少于8次
      assistance: {
        minDividendRatio: { red: 0.1, yellow: 0.08 },
        postPriorityCards: ['red', 'yellow'], // 000: 红卡户和黄卡户
      },
    },
  },
};

/** The seeds as a policy configuration: 华容县 (430623) follows seed 000 from 2020 on. */
export const SEED_POLICY_CONFIG = {
  policies: [{ region: '430623', fromYear: 2020, preset: 'huarong-2020' }],
} as const;
