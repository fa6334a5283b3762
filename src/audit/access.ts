import type { FastifyRequest } from 'fastify';
import { identityOf } from '../auth/authenticate.ts';
import type { Identity } from '../auth/identity.ts';
import { within } from '../auth/identity.ts';
import type { Role } from '../auth/roles.ts';
import { designationChain } from '../designations/chain.ts';
import { householdChain } from '../households/chain.ts';
import type { Services } from '../services.ts';
import { isJsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';

/** who may use /audit/*: supervisors (督查 / 纪检), the county office and administrators; read-only all of them */
export const AUDIT_ROLES: readonly Role[] = ['supervisor', 'countyOffice', 'admin'];

export const authorizeAudit = (request: FastifyRequest): Identity => {
  const identity = identityOf(request);
  if (!identity.roles.some((r) => AUDIT_ROLES.includes(r))) {
    throw new ProblemError(403, 'FORBIDDEN_ROLE', '您的角色无权使用审计功能', 'Only supervisors, the county office and administrators may audit');
  }
  return identity;
};

const regionInData = (data: unknown): string | null => {
  if (!isJsonObject(data)) return null;
  for (const key of ['villageCode', 'townshipCode', 'scopeCode']) {
    const value = data[key];
    if (typeof value === 'string') return value;
  }
  return isJsonObject(data.household) && typeof data.household.villageCode === 'string' ? data.household.villageCode : null;
};

/**
 * The region a stream belongs to: a designation's or household's village from the read models, else what its first
 * stored event names (a meeting's village, a round's township, a notice's scope, the household it is about).
 * null when nothing says.
 */
export const regionOfStream = async (services: Services, stream: string): Promise<string | null> => {
  if (stream.startsWith(designationChain.streamPrefix)) {
    const row = services.designations.get(stream.slice(designationChain.streamPrefix.length));
    if (row) return row.context.villageCode;
  }
  if (stream.startsWith(householdChain.streamPrefix)) {
    const row = services.households.get(stream.slice(householdChain.streamPrefix.length));
    if (row) return row.household.villageCode;
  }
  const [first] = await services.store.stored.readStream(stream, { limit: 1 });
  if (!first) return null;
  const householdId = first.data.householdId;
  // a stream about a household (a resident-ID claim, a monitoring case) belongs where the household lives
  const household = typeof householdId === 'string' ? services.households.get(householdId) : undefined;
  return regionInData(first.data) ?? household?.household.villageCode ?? null;
};

/** a stream is the reader's when its region is in their jurisdiction; one of no known region only for the whole country */
export const streamVisible = async (services: Services, identity: Identity, stream: string): Promise<boolean> => {
  if (identity.jurisdiction === '') return true;
  const region = await regionOfStream(services, stream);
  return region !== null && within(identity, region);
};
