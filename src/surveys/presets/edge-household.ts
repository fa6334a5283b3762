import type { FormDefinition } from '../form.ts';
import { list, q, yesNo, YES_NO } from './build.ts';

/**
 * 边缘户调查表 (seed 002 附件7): the household's type, contact phone, its members as a list (在校状况, 健康状况, 劳动技能,
 * illness, disability, insurance, medical costs, 低保), then 两不愁三保障 (reason for dropping out, for no insurance;
 * housing structure, area, C/D danger; water source, safety, days without water), income sources and the needs of a
 * household listed as suspected edge. An unsafe house, unsafe water, an uninsured member or a drop-out are findings.
 */
export const edgeHouseholdForm = (): FormDefinition => ({
  formId: 'edge-household-002',
  version: '2019-002',
  title: '边缘户调查表',
  questions: [
    q('select_multiple household_type', 'household_type', '户类型', { required: true }),
    q('text', 'phone', '联系电话', { constraint: "regex(., '^[0-9+ -]{5,20}$')", constraintMessage: '联系电话格式不对', constraintMessageEn: 'Not a phone number' }),
    q('begin_repeat', 'members', '一、家庭成员基本情况'),
    q('text', 'name', '姓名', { required: true }),
    q('select_one relation', 'relation', '与户主关系', { required: true }),
    q('text', 'id_number', '证件号码'),
    q('select_one school', 'school', '在校状况', { required: true, finding: ". = '4'", findingType: 'education' }),
    q('select_one health', 'health', '健康状况', { required: true }),
    q('select_one skill', 'skill', '劳动技能', { required: true }),
    q('text', 'illness', '患大病或慢性病病名', { relevant: "${health} = '2' or ${health} = '3'" }),
    q('text', 'disability', '残疾类别及等级', { relevant: "${health} = '4'", required: true }),
    yesNo('insured', '是否参加城乡居民基本医疗保险', { finding: ". = '2'", findingType: 'medical' }),
    yesNo('treated', '年内是否就医'),
    q('decimal', 'medical_costs', '年内医疗费用个人支付累计（元）', { relevant: "${treated} = '1'", constraint: '. >= 0' }),
    yesNo('subsistence', '是否享受低保'),
    q('end_repeat', 'members_end', ''),
    q('select_one dropout_reason', 'dropout_reason', '教育：失学辍学原因', { relevant: "count(${members}[school = '4']) > 0", required: true }),
    q('text', 'uninsured_reason', '医疗：未参加城乡居民基本医疗保险原因', { relevant: "count(${members}[insured = '2']) > 0", required: true }),
    q('text', 'house_structure', '住房：住房结构'),
    q('decimal', 'house_area', '住房：住房面积（平方米）', { constraint: '. > 0' }),
    q('select_one danger', 'house_danger', '住房：是否危房', { required: true, finding: ". != '1'", findingType: 'housing' }),
    q('select_one water_way', 'water_way', '饮水：饮水方式', { required: true }),
    yesNo('water_safe', '饮水：饮水是否安全', { finding: ". = '2'", findingType: 'water' }),
    q('integer', 'water_days_short', '饮水：缺水时间（天）', { constraint: '. >= 0 and . <= 366' }),
    q('select_multiple income_source', 'income_source', '家庭收入来源'),
    q('text', 'needs', '其他需要说明的情况（如列入疑似边缘户，填写农户需求）'),
  ],
  choices: [
    ...YES_NO,
    ...list('household_type', ['低保户', '分散特困供养户', '残疾人户', '无房或危房户', '信访户', '其他需要予关注的户']),
    ...list('relation', ['户主', '配偶', '子女', '儿媳/女婿', '孙子女', '父母', '祖父母', '兄弟姐妹', '其他']),
    ...list('school', ['非在校生', '学前教育', '在校生', '失学辍学']),
    ...list('health', ['健康', '长期慢性病', '患有大病', '残疾']),
    ...list('skill', ['技能劳动力', '普通劳动力', '弱劳动力或半劳动力', '丧失劳动力', '无劳动力']),
    ...list('dropout_reason', ['身体原因', '厌学', '教学点远', '其他']),
    ...list('danger', ['否', 'C级', 'D级']),
    ...list('water_way', ['自来水', '集中式供水', '山泉水', '井水', '沟塘河等地表水', '窖水', '其他']),
    ...list('income_source', ['发展特色产业或创新产业', '外出务工或自主创业', '通过保障性政策获得稳定的收入']),
  ],
});
