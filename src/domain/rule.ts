import type { JsonObject } from '../shared/json.ts';

/**
 * A named rule a proposal broke or came close to. The code is stable (stored in events, matched by clients);
 * the messages are for the people who sign; `facts` carries the numbers that triggered it.
 */
export interface Rule {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly facts?: JsonObject;
}

export type RuleCatalog<C extends string> = Readonly<Record<C, { readonly zh: string; readonly en: string }>>;

export const ruleFrom =
  <C extends string>(catalog: RuleCatalog<C>) =>
  (code: C, facts?: JsonObject): Rule => ({ code, ...catalog[code], ...(facts === undefined ? {} : { facts }) });

/** What a check returns: refusals stop the step, warnings travel with it for every later signer to see. */
export interface Findings {
  readonly refusals: readonly Rule[];
  readonly warnings: readonly Rule[];
}
