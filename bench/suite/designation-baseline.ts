import type { FastifyInstance } from 'fastify';
import { signHs256 } from '../../src/auth/jwt.ts';
import { proposeCard } from '../../src/domain/card-suggestion.ts';
import type { Services } from '../../src/services.ts';
import { AUDIENCE, SECRET } from '../county/cast.ts';
import { COUNTY_CODE } from '../county/geography.ts';

/**
 * The designation step as a same-run baseline (issues 15 and 16 state their rates against it): declarations
 * (初核申报, POST /designations) of a generated county's card holders, each household once.
 */

/** a bearer token of the generated county's for the bench's in-process requests */
export const benchToken = (roles: string[]): string => {
  const now = Math.floor(Date.now() / 1000);
  return `Bearer ${signHs256({ sub: `bench-${roles[0] ?? ''}`, roles, jurisdiction: COUNTY_CODE, aud: AUDIENCE, iat: now, exp: now + 3600 }, SECRET)}`;
};

/** the county's households whose facts give them a card (about one in ten of a generated county), with that card */
export const cardHolders = (services: Services): { id: string; card: string }[] =>
  services.households.list(COUNTY_CODE, 0, Number.MAX_SAFE_INTEGER).items.flatMap((h) => {
    const card = proposeCard(h.household, 2025, services.policies.resolve(h.household.villageCode, 2025)).card;
    return card ? [{ id: h.id, card }] : [];
  });

/**
 * designation steps per second: declarations of households whose facts give them a card, each taken once from a
 * shared pool, by `clients` in-process clients for at most `ms` (or until the pool is used)
 */
export const declarationRate = async (app: FastifyInstance, clients: number, ms: number, pool: { id: string; card: string }[], auth: string): Promise<number> => {
  const until = performance.now() + ms;
  const t0 = performance.now();
  const counts = await Promise.all(Array.from({ length: clients }, async () => {
    let n = 0;
    while (performance.now() < until) {
      const h = pool.shift();
      if (!h) break;
      const res = await app.inject({ method: 'POST', url: '/designations', payload: { householdId: h.id, year: 2026, proposedCard: h.card, opinion: '入户核实' }, headers: { authorization: auth } });
      if (res.statusCode !== 201) throw new Error(`POST /designations: ${res.statusCode} ${res.body.slice(0, 200)}`);
      n += 1;
    }
    return n;
  }));
  return counts.reduce((a, b) => a + b, 0) / ((performance.now() - t0) / 1000);
};
