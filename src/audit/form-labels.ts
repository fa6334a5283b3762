import type { Role } from '../auth/roles.ts';
import type { AssistancePolicy, CauseOfPoverty } from '../domain/household-facts.ts';
import type { LabourCapacity, Member, StudentStatus } from '../domain/member.ts';
import { stepNamesZh } from '../shared/labels.ts';

/** the words of the paper forms for the codes the events store */
export const CAPACITY_ZH: Readonly<Record<Role, string>> = {
  investigator: '上户调查人',
  firstSecretary: '驻村第一书记',
  partySecretary: '村总支部书记',
  villageDirector: '村主任',
  villageClerk: '村两委',
  townshipReviewer: '乡镇复核人',
  townshipApprover: '乡党委政府',
  countyInspector: '县扶贫办抽查人',
  countyOffice: '县扶贫办',
  departmentScreener: '行业部门',
  supervisor: '督查 / 纪检',
  integrator: '数据对接',
  admin: '管理员',
  system: '系统',
};

export const CAUSE_ZH: Readonly<Record<CauseOfPoverty, string>> = {
  illness: '因病', disability: '因残', schooling: '因学', disaster: '因灾', 'lack-of-land': '缺土地', 'lack-of-water': '缺水',
  'lack-of-skills': '缺技术', 'lack-of-labour': '缺劳力', 'lack-of-funds': '缺资金', 'poor-transport': '交通条件落后',
  'lack-of-motivation': '自身发展动力不足', other: '其他',
};

/** 已享受 / 可以享受的扶贫政策, in the order the form prints its boxes */
export const POLICIES_ZH: ReadonlyArray<readonly [AssistancePolicy, string]> = [
  ['education', '教育扶贫'], ['industry', '产业扶贫'], ['health', '健康扶贫'], ['employment', '就业扶贫'], ['relocation', '易地搬迁扶贫'],
  ['housing-renovation', '危房改造'], ['microcredit', '小额信贷'], ['subsistence-allowance', '兜底保障及低保'], ['consumption', '消费扶贫'],
  ['social', '社会扶贫'], ['temporary-relief', '临时救助'], ['other', '其他'],
];

export const RELATION_ZH: Readonly<Record<Member['relation'], string>> = {
  head: '户主', spouse: '配偶', child: '子女', 'child-in-law': '儿媳/女婿', grandchild: '孙子女', parent: '父母', grandparent: '祖父母',
  sibling: '兄弟姐妹', other: '其他',
};

export const STUDENT_ZH: Readonly<Record<StudentStatus, string>> = {
  none: '非在校生', preschool: '学前教育', compulsory: '义务教育', 'senior-high': '普通高中', 'secondary-vocational': '中职', higher: '高等教育', dropout: '失学辍学',
};

export const healthZh = (h: Member['health']): string => {
  switch (h.status) {
    case 'healthy': return '健康';
    case 'chronic-illness': return '长期慢性病';
    case 'serious-illness': return '患大病';
    case 'disabled': return `残疾（${h.grade}级）`;
  }
};

export const LABOUR_ZH: Readonly<Record<LabourCapacity, string>> = { normal: '普通劳动力', weak: '弱劳动力或半劳动力', none: '无劳动力' };

export const employmentZh = (e: Member['employment']): string => {
  const place = { none: '未务工', 'within-county': '县内务工', 'within-province': '省内县外务工', 'outside-province': '省外务工' }[e.place];
  return e.monthsPerYear === undefined || e.place === 'none' ? place : `${place}${e.monthsPerYear}个月`;
};

/** the steps of a designation's trail, as src/shared/labels.ts names them */
export const STEP_TITLE_ZH: Readonly<Record<string, string>> = stepNamesZh('fourCard');
