/**
 * The import layout of households: one row per member (成员), as the national system's 建档立卡 member list is
 * exported; the household's columns (户主身份证号 … 生产经营性支出) are read from the first row of the household
 * and may be left blank on its other rows. Rows belong to the household whose 户主身份证号 they carry, so a
 * household's rows need not be adjacent. Coded values are written as the forms write them (户主, 因病, 普通劳动力 …).
 */

/** a Chinese label ↔ the product's code, for one enumerated column */
export type Codes = Readonly<Record<string, string>>;

export const REGISTRATION: Codes = { 建档立卡户: 'registered', 边缘户: 'edge', 一般农户: 'ordinary' };
export const POVERTY_STATUS: Codes = { 已脱贫: 'escaped', 未脱贫: 'not-escaped', 返贫: 'returned', 脱贫监测户: 'monitored' };
export const CAUSES: Codes = {
  因病: 'illness', 因残: 'disability', 因学: 'schooling', 因灾: 'disaster', 缺土地: 'lack-of-land', 缺水: 'lack-of-water',
  缺技术: 'lack-of-skills', 缺劳力: 'lack-of-labour', 缺资金: 'lack-of-funds', 交通条件落后: 'poor-transport',
  自身发展动力不足: 'lack-of-motivation', 其他: 'other',
};
export const POLICIES: Codes = {
  教育扶贫: 'education', 产业扶贫: 'industry', 健康扶贫: 'health', 就业扶贫: 'employment', 易地扶贫搬迁: 'relocation',
  危房改造: 'housing-renovation', 小额信贷: 'microcredit', 低保: 'subsistence-allowance', 消费扶贫: 'consumption',
  社会扶贫: 'social', 临时救助: 'temporary-relief', 其他: 'other',
};
export const RISKS: Codes = { 因病: 'illness', 因灾: 'disaster', 因学: 'schooling', 意外事故: 'accident', 收入骤减: 'income-loss', 其他: 'other' };
export const RELATIONS: Codes = {
  户主: 'head', 配偶: 'spouse', 子女: 'child', 儿媳女婿: 'child-in-law', 孙子女: 'grandchild', 父母: 'parent',
  祖父母: 'grandparent', 兄弟姐妹: 'sibling', 其他: 'other',
};
export const STUDENT: Codes = {
  非在校生: 'none', 学前教育: 'preschool', 义务教育: 'compulsory', 普通高中: 'senior-high', 中职: 'secondary-vocational',
  高等教育: 'higher', 失学辍学: 'dropout',
};
export const HEALTH: Codes = { 健康: 'healthy', 长期慢性病: 'chronic-illness', 患有大病: 'serious-illness', 残疾: 'disabled' };
export const LABOUR: Codes = { 普通劳动力: 'normal', 弱劳动力或半劳动力: 'weak', 无劳动力: 'none' };
export const WORK_PLACE: Codes = { 无: 'none', 县内: 'within-county', 省内县外: 'within-province', 省外: 'outside-province' };

export const labelOf = (codes: Codes, code: string): string => Object.entries(codes).find(([, c]) => c === code)?.[0] ?? code;

export interface Column {
  header: string;
  en: string;
  /** household: read from the household's first row; member: from every row */
  level: 'household' | 'member';
  required?: boolean;
  codes?: Codes;
  /** several values separated by 、 , ; or spaces */
  list?: boolean;
  note: string;
}

export const COLUMNS = [
  { header: '户主身份证号', en: 'head resident ID', level: 'household', required: true, note: '18 位，每一行都填写：同一户主身份证号的各行是同一户的成员' },
  { header: '村代码', en: 'village code', level: 'household', required: true, note: '12 位统计用区划代码' },
  { header: '组', en: 'group', level: 'household', required: true, note: '村民小组' },
  { header: '户类型', en: 'registration', level: 'household', required: true, codes: REGISTRATION, note: Object.keys(REGISTRATION).join('/') },
  { header: '脱贫属性', en: 'poverty status', level: 'household', codes: POVERTY_STATUS, note: `${Object.keys(POVERTY_STATUS).join('/')}；非建档立卡户不填` },
  { header: '主要致贫原因', en: 'main cause of poverty', level: 'household', codes: CAUSES, note: Object.keys(CAUSES).join('/') },
  { header: '其他致贫原因', en: 'other causes', level: 'household', codes: CAUSES, list: true, note: '可填多项，用顿号分隔' },
  { header: '已享受政策', en: 'policies enjoyed', level: 'household', codes: POLICIES, list: true, note: `${Object.keys(POLICIES).join('/')}，可填多项，用顿号分隔` },
  { header: '返贫致贫风险', en: 'risks', level: 'household', codes: RISKS, list: true, note: `${Object.keys(RISKS).join('/')}，可填多项，用顿号分隔` },
  { header: '收入年度', en: 'income year', level: 'household', note: '四位年份；不填则不登记收入' },
  { header: '工资性收入', en: 'wage income', level: 'household', note: '元' },
  { header: '经营性收入', en: 'business income', level: 'household', note: '元' },
  { header: '财产性收入', en: 'property income', level: 'household', note: '元' },
  { header: '转移性收入', en: 'transfer income', level: 'household', note: '元' },
  { header: '生产经营性支出', en: 'production costs', level: 'household', note: '元' },
  { header: '成员姓名', en: 'member name', level: 'member', required: true, note: '每位家庭成员一行，户主也一行' },
  { header: '与户主关系', en: 'relation to head', level: 'member', required: true, codes: RELATIONS, note: Object.keys(RELATIONS).join('/') },
  { header: '成员身份证号', en: 'member resident ID', level: 'member', note: '身份证号、出生日期至少填一项；户主的应与户主身份证号相同' },
  { header: '出生日期', en: 'birth date', level: 'member', note: 'YYYY-MM-DD' },
  { header: '在校生状况', en: 'student status', level: 'member', required: true, codes: STUDENT, note: Object.keys(STUDENT).join('/') },
  { header: '健康状况', en: 'health', level: 'member', required: true, codes: HEALTH, note: Object.keys(HEALTH).join('/') },
  { header: '残疾等级', en: 'disability grade', level: 'member', note: '1–4，健康状况为残疾时填写' },
  { header: '劳动技能', en: 'labour capacity', level: 'member', required: true, codes: LABOUR, note: Object.keys(LABOUR).join('/') },
  { header: '务工地点', en: 'place of work', level: 'member', codes: WORK_PLACE, note: `${Object.keys(WORK_PLACE).join('/')}，不填为无` },
  { header: '务工时间（月）', en: 'months of work a year', level: 'member', note: '0–12' },
] as const satisfies readonly Column[];

export type Header = (typeof COLUMNS)[number]['header'];
export const HEADERS: Header[] = COLUMNS.map((c) => c.header);
export const columnOf = (header: Header): Column => COLUMNS.find((c) => c.header === header) as Column;

/** where a field of the household (a path in HouseholdSchema) is written in the sheet */
export const headerOfPath = (path: readonly (string | number)[]): { header: Header | null; member: number | null } => {
  const [first, second, third] = path;
  if (first === 'members' && typeof second === 'number') {
    const byField: Record<string, Header> = {
      name: '成员姓名', relation: '与户主关系', residentId: '成员身份证号', birthDate: '出生日期', age: '出生日期',
      studentStatus: '在校生状况', health: '健康状况', labour: '劳动技能', employment: '务工地点',
    };
    let header = typeof third === 'string' ? byField[third] ?? null : null;
    if (third === 'health' && path[3] === 'grade') header = '残疾等级';
    if (third === 'employment' && path[3] === 'monthsPerYear') header = '务工时间（月）';
    return { header, member: second };
  }
  if (first === 'incomes') {
    const amounts: Record<string, Header> = { wage: '工资性收入', business: '经营性收入', property: '财产性收入', transfer: '转移性收入', productionCosts: '生产经营性支出' };
    return { header: typeof third === 'string' ? amounts[third] ?? '收入年度' : '收入年度', member: null };
  }
  const byField: Record<string, Header> = {
    head: '成员姓名', residentId: '户主身份证号', villageCode: '村代码', group: '组', registration: '户类型', povertyStatus: '脱贫属性',
    mainCauseOfPoverty: '主要致贫原因', risks: '返贫致贫风险', otherCausesOfPoverty: '其他致贫原因', policiesEnjoyed: '已享受政策', members: '与户主关系',
  };
  return { header: typeof first === 'string' ? byField[first] ?? null : null, member: null };
};
