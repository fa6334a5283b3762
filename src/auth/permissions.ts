import type { Role } from './roles.ts';

/**
 * Who may issue which command: one table, checked before the machine decides. Supervisors and integrators appear
 * in no command row: they change nothing.
 */
export const PERMISSIONS = {
  'household.register': ['investigator', 'villageClerk'],
  'household.change': ['investigator', 'villageClerk'],
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
