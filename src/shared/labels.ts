import type { FourCardEventType } from '../../workflows/four-card/events.ts';
import type { MonitoringEventType } from '../../workflows/monitoring/events.ts';
import { LEDGER_LABELS } from '../ledger/labels.ts';

/**
 * The words people read for the machines' identifiers: the steps (环节) a case can be in, the steps (event types) a
 * command takes, and the fields of the forms. Programs keep the identifiers; messages use these. One table per
 * machine, because two machines may name a state alike (`awaitingTownshipReview` is 乡镇复核 for a designation and
 * 乡党委、政府审核 for a monitoring case); event types are unique across machines, so a step names its machine.
 */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

export interface MachineLabels {
  readonly name: Label;
  /** the machine's states (环节) */
  readonly states: Readonly<Record<string, Label>>;
  /** the event types it accepts, as the step a person takes */
  readonly steps: Readonly<Record<string, Label>>;
}

const l = (zh: string, en: string): Label => ({ zh, en });

const FOUR_CARD_STEPS: Readonly<Record<FourCardEventType, Label>> = {
  InitialCheckDeclared: l('初核申报', 'Initial check and declaration'),
  InitialCheckRevised: l('重新核查申报', 'Re-check and new declaration'),
  DeclarationWithdrawn: l('撤回申报', 'Withdrawal of the declaration'),
  AppraisalDecided: l('民主评议', 'Village appraisal'),
  AppraisalWithdrawn: l('撤回评议', 'Withdrawal of the appraisal'),
  TownshipReviewed: l('乡镇复核', 'Township review'),
  TownshipSentBack: l('乡镇退回', 'Send-back by the township'),
  TownshipRefused: l('乡镇不予认定', 'Refusal by the township'),
  TownshipReviewWithdrawn: l('撤回复核', 'Withdrawal of the township review'),
  SampledForSpotCheck: l('抽中县级抽查', 'Drawing into the county spot check'),
  SpotCheckPassed: l('县级抽查（未抽中）通过', 'Passing the spot check unsampled'),
  SpotCheckSigned: l('县级抽查签字', 'Spot-check signature'),
  NoticePosted: l('公示', 'Public notice'),
  ObjectionRaised: l('异议', 'Objection'),
  ObjectionResolved: l('异议处理', 'Resolution of an objection'),
  DesignationCompleted: l('认定并上报县扶贫办', 'Designation and report to the county'),
};

const MONITORING_STEPS: Readonly<Record<MonitoringEventType, Label>> = {
  MonitoringApplied: l('申请纳入监测', 'Application for monitoring'),
  DepartmentAlertRaised: l('部门筛查预警', 'Department screening alert'),
  MonitoringAlertVerified: l('核实预警', 'Verification of the alert'),
  MonitoringCommitmentRecorded: l('提交承诺授权书', 'Recording the commitment letter'),
  MonitoringGroupAppraised: l('村民小组评议', 'Villager group appraisal'),
  MonitoringVillageAppraised: l('村两委核实评议', 'Village committee appraisal'),
  MonitoringNoticePosted: l('公示', 'Public notice'),
  MonitoringComparisonRequested: l('提交数据比对', 'Request for data comparison'),
  MonitoringComparisonCompleted: l('数据比对结果', 'Data comparison result'),
  MonitoringObjectionRaised: l('异议', 'Objection'),
  MonitoringObjectionResolved: l('异议处理', 'Resolution of an objection'),
  MonitoringNoticeEnded: l('公示期满', 'End of the notice period'),
  MonitoringReportedToTownship: l('上报乡镇', 'Report to the township'),
  MonitoringTownshipReviewed: l('乡党委、政府审核', 'Township review'),
  MonitoringDistrictFiled: l('区县备案公告', 'Filing by the district'),
  MonitoringDistrictSentBack: l('区县退回', 'Send-back by the district'),
  MonitoringWithdrawn: l('撤回', 'Withdrawal'),
  MonitoringContactAssigned: l('确定帮扶联系人', 'Assignment of the contact person'),
  MonitoringPlanRecorded: l('帮扶方案', 'Assistance plan'),
  MonitoringVisitRecorded: l('走访', 'Visit'),
  RiskEliminationProposed: l('提出风险消除', 'Proposal of risk elimination'),
  RiskEliminationAppraised: l('风险消除评议', 'Appraisal of risk elimination'),
  RiskEliminationWithdrawn: l('撤回风险消除', 'Withdrawal of risk elimination'),
  RiskReflagged: l('风险再标注', 'Re-flagging of the risk'),
};

/** by machine: the four-card designation (workflows/four-card), the monitoring case, the household's own stream, the lists, webhooks */
export const MACHINE_LABELS = {
  fourCard: {
    name: l('贫困户认定', 'designation'),
    states: {
      new: l('未申报', 'Not declared'),
      awaitingAppraisal: l('待民主评议', 'Awaiting the village appraisal'),
      returnedToVillage: l('已退回，待重新核查', 'Returned to the village for a re-check'),
      awaitingTownshipReview: l('待乡镇复核', 'Awaiting township review'),
      awaitingSpotCheck: l('待县级抽查', 'Awaiting the county spot check'),
      spotCheck: l('县级抽查中', 'In the county spot check'),
      spotCheckSigned: l('县级抽查已签字', 'Spot check signed'),
      awaitingNotice: l('待公示', 'Awaiting the public notice'),
      inNotice: l('公示中', 'In public notice'),
      designated: l('已认定并上报县扶贫办', 'Designated and reported to the county'),
      objectionAfterCompletion: l('认定后补录公示期异议，待处理', 'Objection raised during the notice, entered after completion: to be handled'),
      refused: l('不予认定', 'Refused'),
      withdrawn: l('已撤回', 'Withdrawn'),
    },
    steps: FOUR_CARD_STEPS,
  },
  monitoring: {
    name: l('防止返贫监测', 'monitoring case'),
    states: {
      new: l('未申请', 'Not applied for'),
      awaitingAlertVerification: l('部门预警待村核实', 'Department alert awaiting village verification'),
      awaitingGroupAppraisal: l('待村民小组评议', 'Awaiting the villager group appraisal'),
      awaitingVillageAppraisal: l('待村两委核实评议', 'Awaiting the village committee appraisal'),
      awaitingNotice: l('已列入初选名单，待公示并提交数据比对', 'On the initial list, awaiting the notice and the data comparison'),
      inNotice: l('村内公示中（同步数据比对）', 'In the village notice (data comparison under way)'),
      awaitingComparison: l('公示期满，待数据比对结果', 'Notice ended, awaiting the data comparison'),
      objectionAfterNotice: l('公示期满后补录公示期内异议，待处理', 'Objection raised during the notice, entered after it: to be handled'),
      awaitingReport: l('公示无异议、比对无问题，待上报乡镇', 'Awaiting the report to the township'),
      awaitingTownshipReview: l('待乡党委、政府审核', 'Awaiting township review'),
      awaitingDistrictFiling: l('待区级备案公告', 'Awaiting district filing'),
      monitored: l('监测对象（帮扶中）', 'Monitored (receiving assistance)'),
      eliminationAppraisal: l('风险消除：待评议', 'Risk elimination: awaiting appraisal'),
      eliminationAwaitingNotice: l('风险消除：待公示', 'Risk elimination: awaiting the notice'),
      eliminationInNotice: l('风险消除：公示中', 'Risk elimination: in notice'),
      eliminationAwaitingReport: l('风险消除：待上报乡镇', 'Risk elimination: awaiting the report to the township'),
      eliminationAwaitingTownshipReview: l('风险消除：待乡镇审核', 'Risk elimination: awaiting township review'),
      eliminationAwaitingFiling: l('风险消除：待区级备案', 'Risk elimination: awaiting district filing'),
      eliminationObjectionAfterNotice: l('风险消除：补录公示期内异议，待处理', 'Risk elimination: objection raised during the notice, entered after it'),
      riskEliminated: l('已标注风险消除', 'Risk eliminated'),
      alertDismissed: l('预警经核实不属实', 'Alert dismissed after verification'),
      notIncluded: l('不纳入监测对象', 'Not included'),
      excluded: l('数据比对发现不得纳入情形，不予纳入', 'Excluded by the data comparison'),
      refused: l('审核未通过', 'Refused'),
      withdrawn: l('已撤回', 'Withdrawn'),
    },
    steps: MONITORING_STEPS,
  },
  household: {
    name: l('农户', 'household'),
    states: { new: l('未登记', 'Not registered'), registered: l('已登记', 'Registered'), erased: l('个人信息已删除', 'Personal data erased') },
    steps: {
      HouseholdPersonalDataErased: l('删除个人信息（个人信息保护法第四十七条）', 'Erasure of the personal data (PIPL art. 47)'),
      HouseholdRegistered: l('农户登记', 'Registration of the household'),
      HouseholdFactsChanged: l('农户信息变更', 'Change of the household facts'),
      HouseholdDataReviewed: l('农户信息审核', 'Review of the household data'),
      HouseholdDataSupervised: l('农户信息监督', 'Supervision of the household data'),
      ResidentClaimed: l('户主身份证号占用', "Claim on the head's resident ID"),
      ResidentClaimReleased: l('户主身份证号释放（更正后）', "Release of a corrected resident ID's claim"),
    },
  },
  appraisalMeeting: {
    name: l('民主评议会', 'appraisal meeting'),
    states: { new: l('未记录', 'Not recorded'), signing: l('待签字', 'Awaiting signatures'), signed: l('已签字', 'Signed'), applied: l('评议结果已生效', 'Applied') },
    steps: {
      AppraisalMeetingRecorded: l('记录民主评议会', 'Recording the appraisal meeting'),
      AppraisalMeetingSigned: l('评议会签字', 'Signing the appraisal meeting'),
      AppraisalMeetingApplied: l('评议结果生效', 'Applying the appraisal results'),
    },
  },
  spotCheckRound: {
    name: l('县级抽查', 'spot-check round'),
    states: { new: l('未开始', 'Not opened'), open: l('抽查进行中', 'Open'), closed: l('抽查已结束', 'Closed') },
    steps: { SpotCheckRoundOpened: l('开始县级抽查', 'Opening the spot-check round'), SpotCheckRoundClosed: l('结束县级抽查', 'Closing the spot-check round') },
  },
  noticeList: {
    name: l('公示名单', 'notice list'),
    states: { new: l('未张榜', 'Not posted'), posted: l('已张榜', 'Posted') },
    steps: { NoticeListPosted: l('公示名单张榜', 'Posting the notice list') },
  },
  calendar: {
    name: l('工作日日历', 'working-day calendar'),
    states: { unpublished: l('未发布', 'Not published'), published: l('已发布', 'Published') },
    steps: {
      CalendarYearPublished: l('发布年度节假日安排', "Publishing a year's holidays"),
      CalendarYearCorrected: l('更正年度节假日安排', "Correcting a year's holidays"),
    },
  },
  regions: {
    name: l('区划名称目录', 'region directory'),
    states: { empty: l('无条目', 'Empty'), kept: l('维护中', 'Kept') },
    steps: {
      RegionAdded: l('新增区划名称', 'Adding a region'),
      RegionRenamed: l('区划更名', 'Renaming a region'),
      RegionsImported: l('导入区划名称', 'Importing regions'),
    },
  },
  management: {
    name: l('分类帮扶、动态管理', 'management after the card'),
    states: {
      new: l('未纳入', 'Not started'),
      managed: l('分类帮扶中', 'Managed'),
      declared: l('动态调整村级已申报', 'Re-classification declared'),
      checked: l('动态调整乡镇已核查', 'Re-classification checked'),
      removed: l('已退出分类管理', 'Removed'),
    },
    steps: {
      ManagementStarted: l('纳入分类帮扶管理', 'Taking under management'),
      CadrePaired: l('确定结对帮扶干部', 'Pairing a cadre'),
      ResponsibleHelperNamed: l('明确户帮户亲帮亲责任人', 'Naming the responsible helper'),
      BlueCareAssigned: l('明确蓝卡户联络监测', 'Assigning blue-card care'),
      HouseholdPlanRecorded: l('一户一策', 'Recording the plan'),
      ContactLogged: l('联络走访', 'Logging a contact'),
      EarlyWarningRaised: l('贫困预警', 'Raising an early warning'),
      ReclassificationDeclared: l('动态调整村级申报', 'Declaring a re-classification'),
      ReclassificationChecked: l('动态调整乡镇核查', 'Checking a re-classification'),
      ReclassificationConfirmed: l('动态调整县级核定', 'Confirming a re-classification'),
      AssistanceRecorded: l('登记帮扶措施', 'Recording assistance'),
    },
  },
  adjustmentRound: {
    name: l('半年动态调整', 'half-yearly adjustment round'),
    states: { new: l('未启动', 'Not opened'), open: l('调整中', 'Open'), closed: l('已结束', 'Closed') },
    steps: {
      AdjustmentRoundOpened: l('启动半年动态调整', 'Opening the adjustment round'),
      AdjustmentRoundClosed: l('结束半年动态调整', 'Closing the adjustment round'),
    },
  },
  webhook: {
    name: l('Webhook 订阅', 'webhook'),
    states: { new: l('未订阅', 'Not subscribed'), active: l('生效中', 'Active'), paused: l('已暂停', 'Paused'), deleted: l('已删除', 'Deleted') },
    steps: {
      WebhookSubscribed: l('订阅 Webhook', 'Subscribing the webhook'),
      WebhookPaused: l('暂停 Webhook', 'Pausing the webhook'),
      WebhookResumed: l('恢复 Webhook', 'Resuming the webhook'),
      WebhookDeleted: l('删除 Webhook', 'Deleting the webhook'),
      WebhookCheckpointed: l('Webhook 投递进度', 'Webhook delivery checkpoint'),
      WebhookSecretRotated: l('更换 Webhook 签名密钥', 'Rotating the webhook secret'),
    },
  },
  ...LEDGER_LABELS, // 问题整改台账, 排查, 挂牌督战 (src/ledger)
  questionnaire: {
    name: l('调查问卷', 'questionnaire'),
    states: { active: l('在用', 'In use') },
    steps: { QuestionnaireVersionImported: l('导入问卷版本', 'Import of a questionnaire version') },
  },
  survey: {
    name: l('入户调查', 'field survey'),
    states: { new: l('未调查', 'Not surveyed'), submitted: l('已提交待审核', 'Submitted, awaiting review'), reviewed: l('已审核', 'Reviewed') },
    steps: { SurveySubmitted: l('提交入户调查', 'Submission of the survey'), SurveyReviewed: l('审核入户调查', 'Review of the survey') },
  },
  edge: {
    name: l('边缘户识别', 'edge-household identification'),
    states: {
      new: l('未筛查', 'Not screened'), screened: l('已筛查待调查', 'Screened, awaiting the survey'), surveyed: l('已调查待评议', 'Surveyed, awaiting the meeting'),
      suspected: l('疑似边缘户待县级审定', 'Suspected, awaiting the county'), notEdge: l('非边缘户', 'Not an edge household'),
      approved: l('已审定为边缘户', 'Approved as an edge household'), rejected: l('县级未审定', 'Not approved by the county'),
    },
    steps: {
      EdgeCandidateScreened: l('筛查', 'Screening'), EdgeHousingAppraised: l('住房安全鉴定', 'Housing appraisal'), EdgeHouseholdSurveyed: l('边缘户调查', 'Edge-household survey'),
      EdgeMeetingReviewed: l('村工作队评议', 'Village work-team meeting'), EdgeCountyApproved: l('县领导小组审定', 'County leading group approval'),
    },
  },
  actionTeam: {
    name: l('专项行动工作队', 'action team'),
    states: { new: l('未启用工作队角色', 'Roles not switched on'), open: l('已启用工作队角色', 'Roles switched on') },
    steps: { ActionTeamCampaignOpened: l('启用工作队角色', 'Switching the action-team roles on'), ActionTeamMemberEnrolled: l('登记工作队队员', 'Enrolment of a team member') },
  },
} as const satisfies Record<string, MachineLabels>;

export type MachineKey = keyof typeof MACHINE_LABELS;

const MACHINES: ReadonlyArray<readonly [MachineKey, MachineLabels]> = Object.entries(MACHINE_LABELS) as Array<[MachineKey, MachineLabels]>;

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** the machine whose step an event type is (event types are unique across machines) */
export const machineOfStep = (eventType: string): MachineKey | undefined => MACHINES.find(([, m]) => own(m.steps, eventType) !== undefined)?.[0];

/** the step a person takes, e.g. TownshipReviewed → 乡镇复核 / Township review; an unknown type reads as itself */
/** events of append-only logs that follow no procedure (no machine): what they record */
const LOG_LABELS: Readonly<Record<string, Label>> = {
  PersonalDataRead: l('个人信息查阅记录', 'Read of personal data'),
};

export const stepLabel = (eventType: string): Label => {
  const machine = machineOfStep(eventType);
  return (machine && own<Label>(MACHINE_LABELS[machine].steps, eventType)) ?? own<Label>(LOG_LABELS, eventType) ?? { zh: eventType, en: eventType };
};

/** a state of a machine, e.g. ('fourCard', 'designated') → 已认定并上报县扶贫办; an unknown state reads as itself */
export const stateLabel = (machine: MachineKey | undefined, state: string): Label =>
  (machine && own<Label>(MACHINE_LABELS[machine].states, state)) ?? { zh: state, en: state };

/** the Chinese names of one machine's states, e.g. for a read model's `stepZh` */
export const stateNamesZh = (machine: MachineKey): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(MACHINE_LABELS[machine].states as Readonly<Record<string, Label>>).map(([k, v]) => [k, v.zh]));

/** the Chinese names of one machine's steps, e.g. for the approval form's trail */
export const stepNamesZh = (machine: MachineKey): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(MACHINE_LABELS[machine].steps as Readonly<Record<string, Label>>).map(([k, v]) => [k, v.zh]));

/**
 * Field names as the forms call them, for messages about a field (“家庭成员第 1 项·身份证号”). A name not here is
 * shown as it is spelled in the request.
 */
export const FIELD_LABELS: Readonly<Record<string, Label>> = {
  household: l('农户', 'household'),
  householdId: l('农户编号', 'household ID'),
  head: l('户主姓名', "head's name"),
  residentId: l('身份证号', 'resident ID'),
  villageCode: l('村级行政区划代码', 'village code'),
  townshipCode: l('乡镇行政区划代码', 'township code'),
  regionCode: l('行政区划代码', 'region code'),
  scopeCode: l('公示范围代码', 'notice scope code'),
  group: l('村民小组', 'villager group'),
  members: l('家庭成员', 'members'),
  name: l('姓名', 'name'),
  relation: l('与户主关系', 'relation to the head'),
  birthDate: l('出生日期', 'birth date'),
  age: l('年龄', 'age'),
  studentStatus: l('在校生状况', 'student status'),
  health: l('身体状况', 'health'),
  grade: l('残疾等级', 'disability grade'),
  labour: l('劳动力状况', 'labour capacity'),
  employment: l('务工情况', 'employment'),
  monthsPerYear: l('务工月数', 'months worked a year'),
  registration: l('农户类型', 'registration'),
  povertyStatus: l('脱贫属性', 'poverty status'),
  mainCauseOfPoverty: l('主要致贫原因', 'main cause of poverty'),
  otherCausesOfPoverty: l('其他致贫原因', 'other causes of poverty'),
  policiesEnjoyed: l('已享受扶贫政策', 'policies enjoyed'),
  incomes: l('收入', 'incomes'),
  risks: l('风险', 'risks'),
  exclusions: l('不得纳入情形', 'exclusions'),
  livelihood: l('生产生活条件', 'livelihood'),
  changes: l('变更内容', 'changes'),
  year: l('年度', 'year'),
  proposedCard: l('拟评卡类', 'proposed card'),
  card: l('卡类', 'card'),
  occurredAt: l('发生时间', 'time it happened'),
  opinion: l('意见', 'opinion'),
  reason: l('理由', 'reason'),
  outcome: l('结果', 'outcome'),
  decision: l('决定', 'decision'),
  decisions: l('评议结果', 'decisions'),
  designationId: l('认定编号', 'designation ID'),
  designationIds: l('认定编号', 'designation IDs'),
  objectionId: l('异议编号', 'objection ID'),
  summary: l('异议内容', 'summary'),
  attendance: l('参会人数', 'attendance'),
  startsAt: l('开始时间', 'start'),
  endsAt: l('结束时间', 'end'),
  noticeRef: l('公示文号', 'notice reference'),
  seed: l('抽样种子', 'sampling seed'),
  evidence: l('佐证材料', 'evidence'),
  commitment: l('承诺授权书', 'commitment letter'),
  monitoringType: l('监测对象类型', 'monitoring type'),
  proposedType: l('拟定监测对象类型', 'proposed monitoring type'),
  risk: l('风险情况', 'risk'),
  perCapitaIncome: l('人均纯收入', 'per-capita net income'),
  id: l('编号', 'ID'),
  offset: l('起始条数', 'offset'),
  limit: l('每页条数', 'page size'),
  revision: l('版本号', 'revision'),
  state: l('环节', 'state'),
  role: l('角色', 'role'),
};

export const fieldLabel = (name: string): Label | undefined => own(FIELD_LABELS, name);
