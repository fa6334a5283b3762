import { Type } from 'typebox';
import { defineEvent } from '../define.ts';
import { MachineVersion, OneOf, Opinion, Uuid, VillageCode } from './common.ts';

/** 边缘户识别 (seed 002 三(三)): one stream per household's identification, `edge-<id>`. */
const event = defineEvent('edge');

const Basis = OneOf(['subsistence', 'destitute', 'disabled', 'noHouse', 'dangerousHouse', 'demands', 'hardship', 'other', 'threeNon', 'earlyWarningReviewed'],
  '低保户 / 特困供养户 / 残疾人户 / 无房户 / 危房户 (outside registration); 诉求户; 近两年因灾因意外生活困难; 其他; 三非户 and 通过乡镇审核的预警户 (listed directly)');

export const edgeEvents = [
  event('EdgeCandidateScreened', 1, '边缘户重点排查对象确定 / Edge candidate screened', "The village work team's meeting names a household for edge screening, with why; 三非 and early-warning-reviewed households are listed as suspected edge directly.", Type.Object({
    machineVersion: MachineVersion,
    householdId: Uuid,
    villageCode: VillageCode,
    basis: Type.Array(Basis, { minItems: 1 }),
    note: Type.Optional(Type.String()),
  })),
  event('EdgeHousingAppraised', 1, '县住建部门危房鉴定 / Housing appraised by the county', "The county housing department's appraisal of a suspected dangerous house, with its reference.", Type.Object({
    conclusion: OneOf(['safe', 'C', 'D'], '安全 / C级危房 / D级危房'),
    reference: Type.String({ minLength: 1, description: '鉴定意见书编号' }),
  })),
  event('EdgeHouseholdSurveyed', 1, '边缘户调查 / Household surveyed with the edge form', 'The survey (附件7 边缘户调查表) of the household, by its id.', Type.Object({ surveyId: Uuid })),
  event('EdgeMeetingReviewed', 1, '村工作队会议审核 / Reviewed by the village work team meeting', 'The village work team meeting reviews the survey: suspected edge, or not.', Type.Object({
    decision: OneOf(['suspected', 'notEdge']),
    opinion: Opinion,
  })),
  event('EdgeCountyApproved', 1, '县扶贫开发领导小组审定 / Approved by the county leading group', 'The county leading group approves (the household becomes an edge household) or rejects; departments are assigned to act.', Type.Object({
    decision: OneOf(['approved', 'rejected']),
    departments: Type.Array(Type.String({ minLength: 1 }), { description: 'the departments assigned (教育, 卫健, 医保, 住建, 水利 …)' }),
    opinion: Opinion,
  })),
];
