import type { FastifyRequest } from 'fastify';
import { identityOf } from '../auth/authenticate.ts';
import type { Identity } from '../auth/identity.ts';
import { FEED_ACCESS } from '../auth/permissions.ts';
import type { FeedConcept } from '../auth/permissions.ts';
import type { Role } from '../auth/roles.ts';
import { ProblemError } from '../shared/problem.ts';
import type { Actor } from '../store/types.ts';

/** the caller holds a role allowed the concept (403 otherwise); returns who it is and the capacity it acts in */
export const authorizeFeed = (request: FastifyRequest, concept: FeedConcept): { identity: Identity; capacity: Role } => {
  const identity = identityOf(request);
  const capacity = identity.roles.find((r) => (FEED_ACCESS[concept] as readonly Role[]).includes(r));
  if (!capacity) {
    const [zh, en] = concept === 'feed.read' ? ['您的角色无权读取事件流', 'Your roles may not read the event feed'] : ['您的角色无权管理 Webhook 订阅', 'Your roles may not manage webhooks'];
    throw new ProblemError(403, 'FORBIDDEN_ROLE', zh, en, { concept });
  }
  return { identity, capacity };
};

export const actorOf = ({ identity, capacity }: { identity: Identity; capacity: Role }): Actor => ({
  id: identity.id, name: identity.name, organisation: identity.organisation, capacity, jurisdiction: identity.jurisdiction,
});

/**
 * The region filter is forced into the caller's jurisdiction: none or a wider one becomes the jurisdiction, a
 * narrower one is kept, a disjoint one is refused (an integrator that asks for another county should hear so, not
 * wait on a stream that never speaks).
 */
export const effectiveRegion = (jurisdiction: string, asked: string | undefined): string => {
  if (asked === undefined || jurisdiction.startsWith(asked)) return jurisdiction;
  if (asked.startsWith(jurisdiction)) return asked;
  throw new ProblemError(403, 'REGION_OUTSIDE_JURISDICTION', '所请求的地区不在您的管辖范围内', `Region ${asked} is outside your jurisdiction ${jurisdiction}`, { region: asked, jurisdiction });
};
