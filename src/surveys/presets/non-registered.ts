import type { FormDefinition } from '../form.ts';
import { list, q, yesNo, YES_NO } from './build.ts';

/**
 * 非建档立卡户情况调查问卷 (seed 000 附件5, also 001 附件2): 户属性 and eight questions with their skips (「如填"②"直接
 * 结束问卷」 ends at 8). Money as in 附件4; an uninsured household, a child out of school, an unsafe house or a water
 * shortage is a finding.
 */
const money = (name: string, label: string, extra = {}) => q('decimal', name, label, { constraint: '. >= 0', constraintMessage: '金额不能为负', constraintMessageEn: 'An amount cannot be negative', ...extra });

export const nonRegisteredForm = (): FormDefinition => ({
  formId: 'non-registered-000',
  version: '2020-000',
  title: '非建档立卡户情况调查问卷',
  questions: [
    q('select_one attribute', 'attribute', '户属性', { required: true }),
    money('q1_total', '1. 本户2020年度家庭总收入（元）', { required: true }),
    money('q1_destitute', '1. 其中：特困供养金（元）'),
    money('q1_other', '1. 其中：其他收入（元）'),
    yesNo('q2', '2. 是否有义务教育阶段（6-15周岁）儿童、少年'),
    yesNo('q2_1', '2-1. 义务教育阶段儿童、少年是否在校（送教上门视同在校）', { relevant: "${q2} = '1'", finding: ". = '2'", findingType: 'education' }),
    q('select_one dropout_reason', 'q2_2', '2-2. 如不在校，原因是', { relevant: "${q2_1} = '2'", required: true }),
    yesNo('q3', '3. 是否参加城乡居民基本医疗保险（含大病保险）', { finding: ". = '2'", findingType: 'medical' }),
    yesNo('q3_1', '3-1. 是否有慢性病'),
    money('q3_2', '3-2. 2019年看病吃药自己花费（元）', { relevant: "${q3_1} = '1'" }),
    yesNo('q3_3', '3-3. 2019年是否住院'),
    money('q3_4', '3-4. 住院共花费（元）', { relevant: "${q3_3} = '1'" }),
    money('q3_5', '3-4. 2019年住院治疗自己花费（元）', { relevant: "${q3_3} = '1'", constraint: '. >= 0 and not(. > ${q3_4})', constraintMessage: '自付不能超过总花费', constraintMessageEn: 'Own costs cannot exceed the total' }),
    q('select_one house_safety', 'q4', '4. 现住房的鉴定结果', { required: true, finding: ". != '1'", findingType: 'housing' }),
    q('select_multiple house_hazard', 'q4_1', '4-1. 住房安全但存在某些隐患', { relevant: "${q4} = '1'" }),
    q('select_one water_source', 'q5', '5. 饮用水源状况', { required: true }),
    q('select_one water_shortage', 'q5_1', '5-1. 过去一年是否缺水', { relevant: "${q5} != '1'", required: true, finding: ". = '2'", findingType: 'water' }),
    yesNo('q5_2', '5-1. 饮用水是否无明显杂质、异色异味，或常年饮用无不良反应', { relevant: "${q5} != '1'", finding: ". = '2'", findingType: 'water' }),
    q('select_one water_access', 'q5_3', '5-1. 非自来水取水是否方便', { relevant: "${q5} != '1'", required: true }),
    yesNo('q6', '6. 是否有产业项目'),
    q('select_multiple industry', 'q6_1', '6-1. 具体参加的产业项目', { relevant: "${q6} = '1'", required: true }),
    yesNo('q6_2', '6-2. 产业项目是否有农民合作社、龙头企业等新型经营主体带动', { relevant: "${q6} = '1'" }),
    yesNo('q7', '7. 是否有在外就业务工人员'),
    q('select_one work_place', 'q7_1', '7-1. 就业务工地址', { relevant: "${q7} = '1'", required: true }),
    yesNo('q8', '8. 是否重度残疾人（一、二级残疾）'),
    yesNo('q8_1', '8-1. 是否办理残疾证', { relevant: "${q8} = '1'", finding: ". = '2'", findingType: 'disability' }),
    q('select_multiple disability_policy', 'q8_2', '8-2. 享受过哪些残疾人保障政策', { relevant: "${q8} = '1'" }),
  ],
  choices: [
    ...YES_NO,
    ...list('attribute', ['边缘户', '低保户', '分散供养五保户', '重残户', '重病户']),
    ...list('dropout_reason', ['身体原因', '延缓入学或已初中毕业', '不想上学', '负担不起']),
    ...list('house_safety', ['安全（A级或B级）', '不安全（C级或D级）', '未鉴定过']),
    ...list('house_hazard', ['漏风漏雨', '人畜共住', '投亲靠友', '其他']),
    ...list('water_source', ['自来水', '井水', '山泉水', '其他']),
    ...list('water_shortage', ['不缺', '缺水36天以上']),
    ...list('water_access', ['单次取水时间20分钟以内或取水水平距离800米以内', '单次取水时间20分钟以上且取水水平距离800米以外']),
    ...list('industry', ['种植业', '养殖业', '加工业', '其他特色产业', '休闲农业或乡村旅游', '光伏', '其他产业']),
    ...list('work_place', ['县内', '省内县外', '省外']),
    ...list('disability_policy', ['困难残疾人生活补贴', '重度残疾人护理补贴', '其他残疾人补贴', '重度残疾人照护服务', '残疾人家庭无障碍改造', '残疾人子女补助']),
  ],
});
