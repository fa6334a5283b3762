import type { Role } from './roles.ts';

/**
 * Who may issue which command: one table, checked before the machine decides. Supervisors and integrators appear
 * in no command row: they change nothing.
 */
export const PERMISSIONS = {
  'household.register': ['investigator', 'villageClerk'],
  'household.change': ['investigator', 'villageClerk'],
  // 更正户主身份证号: the township or county office, on the household register's evidence (PIPL art. 46)
  'household.correctResidentId': ['townshipReviewer', 'countyOffice'],
  // 批量导入 (issue 17): each household is registered as POST /households registers it, by the same roles
  'household.import': ['investigator', 'villageClerk'],
  // seed 002: 1人录入、1人审核、1人监督 — the village work team and the township check the entered data
  'household.review': ['villageClerk', 'firstSecretary', 'partySecretary', 'villageDirector', 'townshipReviewer'],
  'household.supervise': ['firstSecretary', 'partySecretary', 'villageDirector', 'townshipReviewer'],
  'designation.declare': ['investigator'], // 初核申报
  'designation.revise': ['investigator'],
  'designation.withdraw': ['investigator'], // 撤回 (only by whoever declared: the machine's guard)
  'appraisal.record': ['villageClerk', 'firstSecretary', 'partySecretary', 'villageDirector'], // 民主评议
  'appraisal.sign': ['firstSecretary', 'partySecretary', 'villageDirector'],
  'appraisal.withdraw': ['firstSecretary', 'partySecretary', 'villageDirector'],
  'township.review': ['townshipReviewer'], // 乡镇复核
  'township.withdraw': ['townshipReviewer'],
  'spotCheck.round': ['countyOffice', 'countyInspector'], // 县级抽查
  'spotCheck.sign': ['countyInspector'],
  'notice.post': ['townshipApprover', 'townshipReviewer', 'villageClerk'], // 公示
  'objection.raise': ['villageClerk', 'townshipReviewer', 'townshipApprover'], // 异议
  'objection.resolve': ['townshipReviewer', 'townshipApprover'],
  'designation.complete': ['system'],
  // 防止返贫监测对象 (seed 004): village steps by the village cadres, 审核 by the township, 数据比对 and 备案 by the district
  // office (countyOffice = 区乡村振兴部门), alerts by the departments; the timer ends notices as the system
  'monitoring.apply': ['investigator', 'villageClerk'], // 农户自主申报 (recorded by a cadre) / 村干部排查
  'monitoring.alert': ['departmentScreener', 'countyOffice'], // 部门筛查预警
  'monitoring.verifyAlert': ['investigator', 'villageClerk', 'firstSecretary'],
  'monitoring.commitment': ['investigator', 'villageClerk'], // 农户承诺和授权查询书
  'monitoring.groupAppraise': ['villageClerk', 'investigator'], // 村民小组评议
  'monitoring.villageAppraise': ['partySecretary', 'villageDirector', 'firstSecretary', 'villageClerk'], // 村两委核实评议
  'monitoring.notice': ['villageClerk', 'partySecretary', 'villageDirector'], // 村内公示 (+ 提交数据比对)
  'monitoring.compare': ['countyOffice'], // 数据比对
  'monitoring.objection.raise': ['villageClerk', 'townshipReviewer', 'townshipApprover'],
  'monitoring.objection.resolve': ['partySecretary', 'villageDirector', 'townshipReviewer', 'townshipApprover'],
  'monitoring.report': ['villageClerk', 'partySecretary', 'villageDirector'], // 上报乡党委、政府
  'monitoring.townshipReview': ['townshipApprover', 'townshipReviewer'], // 乡党委、政府审核
  'monitoring.districtFile': ['countyOffice'], // 区级备案公告
  'monitoring.withdraw': ['investigator', 'villageClerk', 'partySecretary', 'villageDirector'],
  'monitoring.assist': ['villageClerk', 'firstSecretary', 'partySecretary', 'villageDirector', 'townshipReviewer', 'townshipApprover'], // 帮扶联系人, 一户一方案
  'monitoring.visit': ['investigator', 'villageClerk', 'firstSecretary', 'partySecretary', 'villageDirector', 'townshipReviewer'],
  'monitoring.proposeElimination': ['villageClerk', 'partySecretary', 'villageDirector'], // 风险消除: 村两委提出
  'monitoring.appraiseElimination': ['partySecretary', 'villageDirector', 'firstSecretary', 'villageClerk'],
  'monitoring.reflag': ['villageClerk', 'townshipReviewer', 'countyOffice'], // 风险再标注
  // the working-day calendar (国务院办公厅节假日安排): one for the whole deployment, not a step in a county's case, so
  // it is the administrators' setting, not the county office's (whose notices it would lengthen or shorten)
  'calendar.publish': ['admin'],
  // the region directory (乡镇、村、组 names by code): the county office keeps its county's, administrators any
  'region.edit': ['countyOffice', 'admin'],
  // 问题整改台账 (seeds 000, 001, 004; src/ledger): found by survey teams and inspectors; signed by the county
  // guidance-group leader and the township work-group leader (the capacities an invariant checks); four lists set by
  // the township; rectified by whoever is responsible; verified on site by the township or county; closed (销号)
  'ledger.record': ['investigator', 'villageClerk', 'townshipReviewer', 'countyInspector', 'countyOffice', 'departmentScreener'],
  'ledger.sign': ['countyOffice', 'countyInspector', 'townshipApprover', 'townshipReviewer'],
  'ledger.lists': ['townshipApprover', 'townshipReviewer', 'countyOffice'],
  'ledger.rectify': ['villageClerk', 'partySecretary', 'villageDirector', 'firstSecretary', 'townshipReviewer', 'departmentScreener', 'countyOffice'],
  'ledger.verify': ['townshipReviewer', 'townshipApprover', 'countyInspector', 'countyOffice'],
  'ledger.close': ['townshipApprover', 'countyOffice'],
  'ledger.escalate': ['townshipApprover', 'townshipReviewer'],
  'ledger.assign': ['countyOffice'],
  'ledger.answer': ['departmentScreener'],
  'ledger.account': ['countyOffice', 'townshipApprover'], // 约谈, 追责问责
  'campaign.plan': ['countyOffice', 'townshipApprover'],
  'campaign.visit': ['investigator', 'villageClerk', 'townshipReviewer', 'countyInspector'],
  'listedVillage.list': ['countyOffice'], // 挂牌督战
  'listedVillage.report': ['firstSecretary', 'villageClerk', 'partySecretary'],
  'listedVillage.supervise': ['countyOffice', 'countyInspector'],
  // a print link (issue 17): a single-use ticket standing for the asker's token on a printable page; every role that
  // reads households and designations (the page then checks jurisdiction and masking like any read)
  'print.link': ['investigator', 'firstSecretary', 'partySecretary', 'villageDirector', 'villageClerk', 'townshipReviewer', 'townshipApprover', 'countyInspector', 'countyOffice', 'departmentScreener', 'supervisor', 'admin'],
  // 分类帮扶、动态管理 (000/003 四、五): the township or county office takes a carded household under management and
  // pairs its cadre; contacts are logged by whoever made them; 村级申报 → 乡镇核查 → 县扶贫办核定
  'management.start': ['townshipReviewer', 'townshipApprover', 'countyOffice'],
  'management.assign': ['villageClerk', 'firstSecretary', 'partySecretary', 'townshipReviewer', 'townshipApprover', 'countyOffice'],
  'management.contact': ['investigator', 'villageClerk', 'firstSecretary', 'partySecretary', 'villageDirector', 'townshipReviewer', 'countyOffice'],
  'management.declare': ['investigator', 'villageClerk', 'partySecretary', 'villageDirector', 'firstSecretary'],
  'management.check': ['townshipReviewer'],
  'management.confirm': ['countyOffice'],
  'management.assist': ['villageClerk', 'firstSecretary', 'partySecretary', 'villageDirector', 'townshipReviewer', 'townshipApprover', 'countyOffice'],
  // PIPL art. 47: erasing a household's personal data (src/privacy) is the county office's decision, or an administrator's
  'household.erase': ['countyOffice', 'admin'],
  // 入户调查 (issue 16): the village work team's members survey; someone outside the team reviews; the county office
  // (扶贫办) issues questionnaires
  'survey.submit': ['investigator', 'villageClerk', 'firstSecretary', 'townshipReviewer'],
  'survey.review': ['villageClerk', 'firstSecretary', 'partySecretary', 'villageDirector', 'townshipReviewer'],
  'questionnaire.import': ['countyOffice', 'admin'],
  // 边缘户识别 (seed 002 三(三)): the village work team screens, surveys and meets; the county housing department
  // (entered by the county office) appraises; the county leading group (county office) approves
  'edge.screen': ['firstSecretary', 'villageClerk', 'investigator'],
  'edge.survey': ['firstSecretary', 'villageClerk', 'investigator'],
  'edge.meeting': ['firstSecretary', 'partySecretary', 'villageDirector'],
  'edge.appraise': ['countyOffice', 'departmentScreener'],
  'edge.approve': ['countyOffice'],
  // 专项行动工作队 (seed 002 附件1): the county office switches the roles on for a campaign; the townships file each
  // village's roster (各乡镇汇总各行政村工作队队员名单), the county office may too
  'actionTeam.open': ['countyOffice'],
  'actionTeam.enrol': ['townshipApprover', 'townshipReviewer', 'countyOffice'],
} as const satisfies Record<string, readonly Role[]>;

export type CommandName = keyof typeof PERMISSIONS;

/** every role that may read households, designations and worklists in its jurisdiction */
export const READ_ROLES: readonly Role[] = [
  'investigator', 'firstSecretary', 'partySecretary', 'villageDirector', 'villageClerk', 'townshipReviewer',
  'townshipApprover', 'countyInspector', 'countyOffice', 'departmentScreener', 'supervisor', 'admin', 'system',
];

/**
 * Access to the integrator surface (src/feeds), kept apart from the command table: reading the event feed (SSE and
 * paged pull, always narrowed to the reader's jurisdiction) and managing webhook subscriptions.
 */
export const FEED_ACCESS = {
  'feed.read': ['integrator', 'supervisor', 'countyOffice', 'admin'],
  'webhook.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type FeedConcept = keyof typeof FEED_ACCESS;

/** the capacity an identity acts in for a command: the first of its roles the table allows, if any */
export const capacityFor = (roles: readonly Role[], command: CommandName): Role | null =>
  roles.find((r) => (PERMISSIONS[command] as readonly Role[]).includes(r)) ?? null;
