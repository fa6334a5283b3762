import type { FormDefinition, Question } from '../form.ts';
import { list, q, yesNo, YES_NO } from './build.ts';

/**
 * 建档立卡贫困户脱贫情况调查问卷: seed 000 附件4 (华容县) and seed 001 附件1 (桃花江镇), 20 questions with their
 * sub-questions. Skips as written (「如填"②"直接跳转至"5"」 → the skipped questions' `relevant`). The two editions
 * differ: 001's 4-1 skips 4-2 when the child is in school (000 asks 4-2 of everyone with a child, and 000's 4-1 asks
 * for the school's name); 11-1's health policies differ (000: 85% / 80% reimbursement and a free check-up; 001: +10%
 * reimbursement, a halved deductible and 特惠保).
 */
export type Edition = '000' | '001';

const HEALTH_POLICIES: Record<Edition, string[]> = {
  '000': ['参保缴费补贴', '县域内定点医院住院报销比例85%', '县域外履行转诊手续后住院报销比例80%', '先诊疗后付费', '一站式结算服务', '享受一次上门免费健康体检服务', '慢性病家庭医生签约服务'],
  '001': ['参保缴费补贴', '住院报销比例提高10%', '大病报销起付线降低50%', '先诊疗后付费', '一站式结算服务', '慢性病家庭医生签约服务', '参加特惠保'],
};

const money = (name: string, label: string, extra: Partial<Question> = {}) => q('decimal', name, label, { constraint: '. >= 0', constraintMessage: '金额不能为负', constraintMessageEn: 'An amount cannot be negative', ...extra });

export const povertyHouseholdForm = (edition: Edition): FormDefinition => ({
  formId: `poverty-household-${edition}`,
  version: edition === '000' ? '2020-000' : '2020-001',
  title: '建档立卡贫困户脱贫情况调查问卷',
  questions: [
    money('q1_total', '1. 本户2020年度总收入（元，2019.10.1—2020.9.30）', { required: true }),
    money('q1_per_capita', '1. 人均纯收入（元）', { required: true }),
    money('q1_1_wage', '1-1. 工资性收入（元）'),
    money('q1_1_business', '1-1. 生产经营性收入（元）'),
    money('q1_2_property', '1-2. 财产性收入（元）'),
    money('q1_3_transfer', '1-3. 转移性收入（元）'),
    money('q1_4_costs', '1-4. 生产经营性支出（元）'),
    yesNo('q2', '2. 平常是否吃的饱', { finding: ". = '2'", findingType: 'food' }),
    yesNo('q3', '3. 一年四季是否都有应季的衣物', { finding: ". = '2'", findingType: 'clothing' }),
    yesNo('q4', '4. 是否有义务教育阶段（6-15周岁）儿童、少年'),
    yesNo('q4_1', '4-1. 义务教育阶段儿童、少年是否在校（送教上门视同在校）', { relevant: "${q4} = '1'", finding: ". = '2'", findingType: 'education' }),
    ...(edition === '000' ? [q('text', 'q4_1_school', '4-1. 在读学校（地区+学校名）', { relevant: "${q4_1} = '1'" })] : []),
    q('select_one dropout_reason', 'q4_2', '4-2. 如不在校，原因是', edition === '000' ? { relevant: "${q4} = '1'" } : { relevant: "${q4_1} = '2'", required: true }),
    yesNo('q5', '5. 是否参加城乡居民基本医疗保险（含大病保险）', { finding: ". = '2'", findingType: 'medical' }),
    q('select_one uninsured_reason', 'q5_1', '5-1. 未参加的原因', { relevant: "${q5} = '2'", required: true }),
    q('select_one house_safety', 'q6', '6. 现住房的鉴定结果', { required: true, finding: ". != '1'", findingType: 'housing' }),
    q('select_multiple house_hazard', 'q6_1', '6-1. 住房安全但存在某些隐患（选填）', { relevant: "${q6} = '1'", finding: 'true()', findingType: 'housing' }),
    yesNo('q7', '7. 是否易地扶贫搬迁户'),
    yesNo('q7_1', '7-1. 是否搬迁入住', { relevant: "${q7} = '1'", finding: ". = '2'", findingType: 'relocation' }),
    yesNo('q7_2', '7-1. 是否享受了后续帮扶政策', { relevant: "${q7} = '1'" }),
    yesNo('q7_3', '7-1. 是否拆除旧房屋', { relevant: "${q7} = '1'" }),
    yesNo('q7_4', '7-1. 是否复垦', { relevant: "${q7} = '1'" }),
    q('select_one renovation', 'q8', '8. 是否享受过危房改造政策', { required: true }),
    yesNo('q8_1', '8-1. D级危房建新是否拆旧', { relevant: "${q8} = '2'", finding: ". = '2'", findingType: 'housing' }),
    yesNo('q8_2', '8-2. 危房改造是否完成验收', { relevant: "${q8} = '1' or ${q8} = '2'", finding: ". = '2'", findingType: 'housing' }),
    yesNo('q8_3', '8-3. 是否达到验收入住标准', { relevant: "${q8} = '1' or ${q8} = '2'" }),
    q('select_multiple unfit_reason', 'q8_4', '8-4. 未达到入住标准的原因', { relevant: "${q8_3} = '2'", required: true, finding: 'true()', findingType: 'housing' }),
    yesNo('q8_5', '8-5. 危房改造补助资金是否到位', { relevant: "${q8} = '1' or ${q8} = '2'", finding: ". = '2'", findingType: 'housing' }),
    q('select_one water_source', 'q9', '9. 饮用水源状况', { required: true }),
    q('select_one water_shortage', 'q9_1', '9-1. 过去一年是否缺水', { relevant: "${q9} != '1'", required: true, finding: ". = '2'", findingType: 'water' }),
    yesNo('q9_2', '9-1. 饮用水是否无明显杂质、异色异味，或常年饮用无不良反应', { relevant: "${q9} != '1'", finding: ". = '2'", findingType: 'water' }),
    q('select_one water_access', 'q9_3', '9-1. 非自来水取水是否方便', { relevant: "${q9} != '1'", required: true, finding: ". = '2'", findingType: 'water' }),
    yesNo('q10', '10. 建档立卡以来，是否有在校生', {
      // 如"4"题填写有在校生，此处为否，不允许通过审核
      constraint: "not(. = '2' and ${q4} = '1' and ${q4_1} = '1')", ruleStrength: 'blocking', ruleCode: 'SURVEY_Q10_STUDENT_CONTRADICTS_Q4',
      constraintMessage: '第4题填写有在校生，此处不能为"否"', constraintMessageEn: 'Question 4 records a child in school: "no student since registration" is a contradiction',
    }),
    q('select_multiple education_policy', 'q10_1', '10-1. 享受过哪些"两免一补"外的教育扶贫政策', { relevant: "${q10} = '1'" }),
    yesNo('q11', '11. 建档立卡以来，是否享受过健康扶贫政策', {
      // 此处选择为"②否"，应警告提示，但允许通过审核
      constraint: ". = '1'", ruleStrength: 'warning', ruleCode: 'SURVEY_Q11_NO_HEALTH_POLICY',
      constraintMessage: '建档立卡以来未享受健康扶贫政策，请核实', constraintMessageEn: 'No health assistance since registration: verify',
      finding: ". = '2'", findingType: 'medical',
    }),
    q('select_multiple health_policy', 'q11_1', '11-1. 建档立卡以来，享受过哪些健康扶贫政策', { relevant: "${q11} = '1'" }),
    yesNo('q12', '12. 建档立卡以来，是否享受过就业扶贫政策'),
    q('select_multiple employment_policy', 'q12_1', '12-1. 享受过哪些就业扶贫政策', { relevant: "${q12} = '1'" }),
    yesNo('q12_2', '12-2. 是否有在外就业务工人员'),
    q('select_one work_place', 'q12_3', '12-3. 就业务工地址', { relevant: "${q12_2} = '1'", required: true }),
    yesNo('q13', '13. 是否残疾人'),
    yesNo('q13_1', '13-1. 是否办理残疾证', { relevant: "${q13} = '1'", finding: ". = '2'", findingType: 'disability' }),
    q('select_multiple disability_policy', 'q13_2', '13-1. 享受过哪些残疾人帮扶政策', { relevant: "${q13} = '1'" }),
    yesNo('q14', '14. 建档立卡以来，是否享受过居民最低生活保障'),
    yesNo('q14_1', '14-1. 目前是否还在领取最低生活保障', { relevant: "${q14} = '1'" }),
    yesNo('q14_2', '14-2. 建档立卡以来是否享受特困供养（五保）'),
    yesNo('q14_3', '14-3. 建档立卡以来是否参加基本养老保险'),
    yesNo('q14_4', '14-4. 目前是否领取养老金', { relevant: "${q14_3} = '1'" }),
    yesNo('q15', '15. 建档立卡以来，是否借过扶贫小额信贷'),
    money('q15_1', '15-1. 贷款金额（元）', { relevant: "${q15} = '1'", required: true }),
    money('q15_2', '15-1. 享受贴息（元）', { relevant: "${q15} = '1'" }),
    yesNo('q16', '16. 建档立卡以来，是否参与过生态扶贫'),
    // 000 prints this one without its number "17."
    yesNo('q17', '17. 建档立卡以来，是否参与过资产收益扶贫'),
    yesNo('q18', '18. 建档立卡以来，是否有农民合作社、龙头企业等新型经营主体带动'),
    yesNo('q19', '19. 建档立卡以来，是否参加过产业扶贫项目'),
    q('select_multiple industry', 'q19_1', '19-1. 参加的产业扶贫项目', { relevant: "${q19} = '1'", required: true }),
    q('select_one living_change', 'q20', '20. 建档立卡以来，总体生产生活状况变化', { required: true, finding: ". = '4'", findingType: 'income' }),
  ],
  choices: [
    ...YES_NO,
    ...list('dropout_reason', ['身体原因', '延缓入学或已初中毕业', '不想上学', '负担不起']),
    ...list('uninsured_reason', ['处于特殊状态（服刑、参军、失联、死亡、大专及本科以上在校生、外省参保等）', '新识别建档立卡人口、新生儿等正在办理参保手续', '已参加城镇职工基本医疗保险', '其他']),
    ...list('house_safety', ['安全（A级或B级）', '不安全（C级或D级）', '未鉴定过']),
    ...list('house_hazard', ['漏风漏雨', '人畜共住', '投亲靠友', '其他']),
    ...list('renovation', ['C级危房维修加固', 'D级危房拆除重建', '否']),
    ...list('unfit_reason', ['无厨房', '无厕所', '未通水', '未通电', '其他']),
    ...list('water_source', ['自来水', '井水', '山泉水', '其他']),
    ...list('water_shortage', ['不缺', '缺水36天以上']),
    ...list('water_access', ['单次取水时间20分钟以内或取水水平距离800米以内', '单次取水时间20分钟以上且取水水平距离800米以外']),
    ...list('education_policy', ['义务教育阶段家庭经济困难学生生活费补助', '义务教育阶段学生营养膳食补助', '免除普通高中建档立卡等家庭经济困难学生学杂费', '中等职业教育免学费补助', '国家助学金', '困难幼儿补助', '雨露计划', '特困生补助']),
    ...list('health_policy', HEALTH_POLICIES[edition]),
    ...list('employment_policy', ['参加职业技能培训', '就读技工学校', '获得就业信息服务', '在公益岗位工作过', '在扶贫车间工作过', '交通补贴']),
    ...list('work_place', ['县内', '省内县外', '省外']),
    ...list('disability_policy', ['困难残疾人生活补贴', '重度残疾人护理补贴', '其他残疾人补贴', '重度残疾人照护服务', '贫困残疾人基本康复服务', '残疾人家庭无障碍改造', '残疾人子女补助']),
    ...list('industry', ['种植业', '养殖业', '加工业', '其他特色产业', '休闲农业或乡村旅游', '光伏', '其他产业']),
    ...list('living_change', ['明显改善', '有所改善', '没有改善', '变差']),
  ],
});
