import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { signHs256 } from '../../src/auth/jwt.ts';
import type { Role } from '../../src/auth/roles.ts';
import type { Clock } from '../../src/shared/clock.ts';
import { COUNTY_CODE, townshipOfVillage } from './geography.ts';

/** The county's people in their capacities, and requests signed as them (HS256, as the tests sign). */
export const SECRET = 'county-generator-secret-0123456789abcdef';
export const AUDIENCE = 'fupin-workflow';

export interface Person {
  id: string;
  role: Role;
  jurisdiction: string;
}

const person = (id: string, role: Role, jurisdiction: string): Person => ({ id, role, jurisdiction });

/** each village has three investigators (村干部 and 结对帮扶干部), a clerk and its three signers */
export const cast = {
  investigator: (village: string, n: number) => person(`inv-${village}-${n}`, 'investigator', village),
  clerk: (village: string) => person(`clerk-${village}`, 'villageClerk', village),
  firstSecretary: (village: string) => person(`fs-${village}`, 'firstSecretary', village),
  partySecretary: (village: string) => person(`ps-${village}`, 'partySecretary', village),
  villageDirector: (village: string) => person(`vd-${village}`, 'villageDirector', village),
  reviewer: (village: string) => person(`tr-${townshipOfVillage(village)}`, 'townshipReviewer', townshipOfVillage(village)),
  approver: (township: string) => person(`ta-${township}`, 'townshipApprover', township),
  countyOffice: person('co-1', 'countyOffice', COUNTY_CODE),
  inspectors: [person('ci-1', 'countyInspector', COUNTY_CODE), person('ci-2', 'countyInspector', COUNTY_CODE)] as const,
};

/** POSTs as people, with tokens minted on the clock's current time (cached while the clock stands still) */
export const requester = (app: FastifyInstance, clock: Clock) => {
  const tokens = new Map<string, string>();
  let mintedAt = Number.NaN;
  const token = (p: Person) => {
    const now = Math.floor(clock.now().getTime() / 1000);
    if (now !== mintedAt) {
      tokens.clear();
      mintedAt = now;
    }
    let t = tokens.get(p.id);
    if (t === undefined) {
      t = signHs256({ sub: p.id, roles: [p.role], jurisdiction: p.jurisdiction, aud: AUDIENCE, iat: now, exp: now + 3600 }, SECRET);
      tokens.set(p.id, t);
    }
    return t;
  };
  /** the JSON answer; anything but a 2xx is a bug in the generator and stops it */
  return async <T = Record<string, unknown>>(p: Person, url: string, payload: object, idempotencyKey?: string): Promise<T> => {
    const res: LightMyRequestResponse = await app.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization: `Bearer ${token(p)}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    });
    if (res.statusCode < 200 || res.statusCode >= 300) throw new Error(`POST ${url} as ${p.id}: ${res.statusCode} ${res.body.slice(0, 600)}`);
    return res.json() as T;
  };
};

export type Post = ReturnType<typeof requester>;
