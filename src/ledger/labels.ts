import type { MachineLabels } from '../shared/labels.ts';

const l = (zh: string, en: string) => ({ zh, en });

/** The ledger's machines in words (merged into src/shared/labels.ts MACHINE_LABELS). */
export const LEDGER_LABELS = {
  problem: {
    name: l('整改问题', 'problem'),
    states: {
      new: l('未登记', 'Not recorded'),
      awaitingSignatures: l('待县指导组组长和乡镇工作组组长签字', 'Awaiting both leaders\' signatures'),
      awaitingLists: l('已入台账，待建立四项清单', 'In the ledger: four lists to set'),
      rectifying: l('整改中', 'Being rectified'),
      awaitingVerification: l('待实地核验', 'Awaiting on-site verification'),
      verificationFailed: l('核验未通过，待重新整改', 'Verification failed: to be reopened'),
      verified: l('核验通过，待销号', 'Verified: to be closed'),
      escalatedToCounty: l('已上报县级', 'Escalated to the county'),
      assignedToDepartment: l('已交办部门', 'Assigned to a department'),
      closed: l('已销号', 'Closed'),
    },
    steps: {
      ProblemFound: l('发现问题', 'Finding a problem'),
      ProblemSigned: l('签字确认', 'Signing the problem'),
      ProblemListsSet: l('建立四项清单', 'Setting the four lists'),
      ProblemListsChanged: l('变更四项清单', 'Changing the four lists'),
      ProblemRectificationClaimed: l('整改完成', 'Claiming the rectification'),
      ProblemVerified: l('实地核验', 'Verifying on site'),
      ProblemReopened: l('重新整改', 'Reopening'),
      ProblemClosed: l('销号', 'Closing'),
      ProblemEscalated: l('上报县级', 'Escalating to the county'),
      ProblemAssigned: l('交办部门', 'Assigning a department'),
      ProblemDepartmentAnswered: l('部门答复', 'The department\'s answer'),
      ProblemInterviewed: l('约谈', 'Interview'),
      ProblemAccountabilityRecorded: l('追责问责', 'Holding to account'),
      ProblemMonitoringCaseLinked: l('纳入监测评议', 'Opening a monitoring case'),
    },
  },
  campaign: {
    name: l('排查督查', 'campaign'),
    states: { new: l('未制定方案', 'Not planned'), running: l('排查中', 'Running'), closed: l('已结束', 'Closed') },
    steps: {
      CampaignPlanned: l('制定排查方案', 'Planning the campaign'),
      CampaignTeamsFormed: l('组建调查组', 'Forming survey teams'),
      CampaignUnitsPaired: l('县直单位联系乡镇', 'Pairing county units with townships'),
      CampaignHouseholdsVisited: l('入户排查', 'Visiting households'),
      CampaignClosed: l('结束排查', 'Closing the campaign'),
    },
  },
  listedVillage: {
    name: l('挂牌督战村', 'listed village'),
    states: { new: l('未挂牌', 'Not listed'), listed: l('挂牌督战中', 'Listed') },
    steps: {
      VillageListed: l('挂牌督战', 'Listing the village'),
      ListedVillageReportFiled: l('报送月进展', 'Filing the monthly report'),
      ListedVillageSupervised: l('月督战', 'Monthly supervision'),
    },
  },
} as const satisfies Record<string, MachineLabels>;
