import type { Role } from './roles.ts';

/** The authenticated person behind a request: never taken from a request body. */
export interface Identity {
  id: string;
  name?: string;
  organisation?: string;
  roles: Role[];
  /** region-code prefix; '' for the whole country */
  jurisdiction: string;
  /** OAuth-style scopes of the token (claim `scope`, space-separated), e.g. `personal-data` (src/privacy/feed-view.ts) */
  scopes?: readonly string[];
}

export const SYSTEM_IDENTITY: Identity = { id: 'system', name: '系统', organisation: 'system', roles: ['system'], jurisdiction: '' };

/** a household's village code is inside the actor's jurisdiction prefix */
export const within = (identity: Pick<Identity, 'jurisdiction'>, regionCode: string) => regionCode.startsWith(identity.jurisdiction);
