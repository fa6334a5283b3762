import { breach, type Invariant } from '../engine/invariants.ts';

/** What must hold of every step of a household's record, whichever route, import or list operation sends it. */

const HOUSEHOLD_PREFIX = 'household-';

/** the registration category a step gives the household, if it gives one */
const registrationSet = (step: Parameters<Invariant>[0]): unknown => {
  if (step.type === 'HouseholdRegistered') return (step.data.household as { registration?: unknown } | undefined)?.registration;
  if (step.type === 'HouseholdFactsChanged') return (step.data.patch as { registration?: unknown } | undefined)?.registration;
  return undefined;
};

const edgeByApprovalOnly = (judgedOn: Record<string, string>) => breach(
  'HOUSEHOLD_EDGE_BY_APPROVAL_ONLY',
  '边缘户类别只能由县扶贫开发领导小组审定的边缘户名单确定，不能直接登记或修改',
  'A household becomes an edge household (边缘户) only through the county leading group\'s approved list (POST /edge-cases/:id/county-approval), never by registering or changing its facts',
  { registration: 'edge', ...judgedOn },
);

/** a registration as 边缘户: refused (an import asks before it writes anything, src/office/household-import.ts) */
export const edgeRegistrationRefused = edgeByApprovalOnly({});
export const registersAsEdge = (household: { registration: string }): boolean => household.registration === 'edge';

/**
 * 边缘户 is a category the county leading group approves on the village's list (002 三(三)), not a field an
 * investigator types: a household becomes `edge` only by a change that names the approved identification of this
 * household (src/edge). A registration cannot start as edge — a household is identified after it is registered —
 * so neither a registration nor an import of many (POST /imports/households) can set it either.
 */
export const edgeOnlyByApprovedList: Invariant = (step, world) => {
  if (registrationSet(step) !== 'edge') return null;
  if (step.type === 'HouseholdRegistered') return edgeRegistrationRefused;
  const householdId = step.stream.startsWith(HOUSEHOLD_PREFIX) ? step.stream.slice(HOUSEHOLD_PREFIX.length) : step.stream;
  const caseId = step.data.edgeCaseId;
  const approval = step.type === 'HouseholdFactsChanged' && typeof caseId === 'string' ? world.edgeApproval?.(caseId) : undefined;
  if (approval && approval.householdId === householdId) return null;
  return edgeByApprovalOnly(typeof caseId === 'string' ? { edgeCaseId: caseId } : {});
};

export const householdInvariants: readonly Invariant[] = [edgeOnlyByApprovedList];
