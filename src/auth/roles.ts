/** The capacities a person can act in (one person may hold several; each signature records the one used). */
export const ROLES = [
  'investigator', // 上户调查人: 村干部 or 结对帮扶干部
  'firstSecretary', // 驻村第一书记
  'partySecretary', // 村支部书记
  'villageDirector', // 村主任
  'villageClerk', // 村两委
  'townshipReviewer', // 乡镇扶贫办复核人
  'townshipApprover', // 乡党委政府
  'countyInspector', // 县扶贫办抽查人
  'countyOffice', // 县扶贫办 / 区乡村振兴部门
  'departmentScreener', // 行业部门
  'supervisor', // 督查 / 纪检: reads only
  'integrator', // machine account: the feed only
  'admin', // webhooks and settings
  'system', // timers
] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
