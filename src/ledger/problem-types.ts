/**
 * Problem types (问题类型) as presets a county chooses in policy (`ledger.problemTypes`) or a campaign names:
 * 004 附件2's thirteen kinds with their items (集中排查 2021), and 000's eighteen inspection items (回头查 2020).
 * Item labels are short names of what each item checks; `householdLevel` false marks the items 004's notes leave to
 * departments, townships and villages (面上问题), so a household-level problem cannot name one.
 */
export interface ProblemItem {
  code: string;
  zh: string;
  householdLevel: boolean;
}

export interface ProblemType {
  code: string;
  zh: string;
  /** the group of 004 附件4's summary rows ("三保障"和饮水安全), if any */
  group?: string;
  /** false: counted on the door-to-door form only, not in the summary table (004: 综合判定) */
  inSummary: boolean;
  items: ProblemItem[];
}

export interface ProblemTypePreset {
  code: string;
  zh: string;
  types: ProblemType[];
}

const items = (typeCode: string, labels: readonly string[], areaOnly: readonly number[] = []): ProblemItem[] =>
  labels.map((zh, i) => ({ code: `${typeCode}.${i + 1}`, zh, householdLevel: !areaOnly.includes(i + 1) }));

const SANBAO = '"三保障"和饮水安全';

/** 004 附件2 (巩固拓展脱贫攻坚成果集中排查入户排查表) */
const JIZHONG_2021: ProblemTypePreset = {
  code: 'jizhong-2021',
  zh: '巩固拓展脱贫攻坚成果集中排查（13类）',
  types: [
    { code: 'education', zh: '义务教育', group: SANBAO, inSummary: true, items: items('education', ['适龄儿童未入学或辍学', '教育资助未落实', '未动态清零', '控辍保学机制不健全', '其他'], [3, 4]) },
    { code: 'medical', zh: '基本医疗', group: SANBAO, inSummary: true, items: items('medical', ['有人未参加居民医保', '参保未享受资助', '负担不起医疗支出', '省外住院费用未报销', '慢性病未办证', '符合签约未签约', '签约医生未定期上门', '住院交押金', '未动态清零', '因病返贫风险机制不健全', '其他'], [9, 10]) },
    { code: 'housing', zh: '住房安全', group: SANBAO, inSummary: true, items: items('housing', ['土坯房无鉴定或鉴定不准', '住房存在安全风险', '未动态清零', '住房安全监测机制不健全', '其他'], [3, 4]) },
    { code: 'water', zh: '安全饮水', group: SANBAO, inSummary: true, items: items('water', ['水量水质不达标', '用水方便程度或保证率不达标', '未动态清零', '供水工程管理机制不健全', '其他'], [3, 4]) },
    { code: 'relocation', zh: '易地扶贫搬迁', inSummary: true, items: items('relocation', ['后续帮扶未落实', '安置区治理体系不完善', '搬迁群众未稳定就业致富', '其他'], [2]) },
    { code: 'industry', zh: '产业发展', inSummary: true, items: items('industry', ['有能力意愿未实施产业项目', '分红未及时到位', '补贴已发项目未实施', '产业项目未增产增收', '经营主体利益联结不健全', '光伏电站运维', '其他'], [5, 6]) },
    { code: 'employment', zh: '脱贫人口就业', inSummary: true, items: items('employment', ['未实现稳岗就业', '就业帮扶未落实', '就业信息与实际不符', '公益岗未履职或补助未发', '公益岗平均发放', '经营主体未优先吸纳', '其他'], [3, 4, 5, 6]) },
    { code: 'microcredit', zh: '脱贫人口小额信贷', inSummary: true, items: items('microcredit', ['未应贷尽贷', '贷款用于非生产性支出', '户贷企用', '其他'], [3]) },
    { code: 'consumption', zh: '消费帮扶', inSummary: true, items: items('consumption', ['农产品滞销', '重点产业认定不规范', '"三专一平台"未落实', '其他'], [2, 3]) },
    { code: 'funds', zh: '资金项目管理', inSummary: true, items: items('funds', ['衔接资金投入不稳定', '到县资金未安排项目', '资金使用不规范', '项目实施不规范', '资产管理不规范', '其他'], [1, 2, 3, 4, 5, 6]) },
    { code: 'monitoring', zh: '防止返贫动态监测', inSummary: true, items: items('monitoring', ['未跟踪走访', '实际困难未及时解决', '台账资料不规范', '数据比对筛查机制不健全', '其他'], [3, 4]) },
    { code: 'assistance', zh: '帮扶工作', inSummary: true, items: items('assistance', ['帮扶责任人或联系人未到位', '未制定一户一方案', '帮扶措施未精准落实', '定点帮扶和驻村帮扶未持续', '其他'], [4]) },
    // 综合判定: on the door-to-door form only; item 2 leads to the monitoring appraisal (a monitoring case)
    { code: 'overall', zh: '综合判定', inSummary: false, items: items('overall', ['疑似存在返贫致贫风险', '拟纳入监测对象评议']) },
  ],
};

/** 000 回头查: eighteen items in three groups (政策落实 via 责任落实 and 工作落实); each item is its own type */
const HUITOUCHA_2020: ProblemTypePreset = {
  code: 'huitoucha-2020',
  zh: '"回头看、回头查、回头帮"（18项）',
  types: ([
    ['partyResponsibility', '各级党委政府主体责任', '责任落实'], ['departmentDuties', '行业部门分工责任', '责任落实'], ['pairedAssistance', '驻村结对帮扶责任', '责任落实'],
    ['dangerousHousing', '农村危房改造政策', '政策落实'], ['relocation', '易地扶贫搬迁政策', '政策落实'], ['education', '教育扶贫政策', '政策落实'],
    ['health', '健康扶贫政策', '政策落实'], ['water', '饮水安全保障政策', '政策落实'], ['industry', '产业扶贫政策', '政策落实'],
    ['employment', '就业扶贫政策', '政策落实'], ['ecology', '生态扶贫政策', '政策落实'], ['finance', '金融扶贫政策', '政策落实'],
    ['socialSecurity', '综合保障脱贫政策', '政策落实'], ['annualTargets', '年度脱贫攻坚目标任务完成', '工作落实'], ['dynamicAdjustment', '识别退出动态调整工作开展', '工作落实'],
    ['projects', '各类扶贫开发项目组织实施', '工作落实'], ['funds', '扶贫资金拨付、使用、管理', '工作落实'], ['conduct', '基层干部工作作风', '工作落实'],
  ] as const).map(([code, zh, group]) => ({ code, zh, group, inSummary: true, items: [] })),
};

export const PROBLEM_TYPE_PRESETS: Readonly<Record<string, ProblemTypePreset>> = {
  [JIZHONG_2021.code]: JIZHONG_2021,
  [HUITOUCHA_2020.code]: HUITOUCHA_2020,
};

export const PRESET_CODES = Object.keys(PROBLEM_TYPE_PRESETS) as [string, ...string[]];

export const typeOf = (preset: string, typeCode: string): ProblemType | undefined =>
  PROBLEM_TYPE_PRESETS[preset]?.types.find((t) => t.code === typeCode);

/** 004 附件2 13②: "是否要纳入监测对象进行评议" — a finding of this item opens a monitoring case for the household */
export const PROPOSES_MONITORING = 'overall.2';
