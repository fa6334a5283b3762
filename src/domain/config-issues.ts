import type { z } from 'zod';

/** One problem in an administrator's configuration, located so that it can be found in the JSON they wrote. */
export interface ConfigIssue {
  /** e.g. `policies[0].set.fourCard.incomeLine`; empty for the document itself */
  readonly path: string;
  readonly message: string;
}

// Numeric keys of records (a year such as "2027") stay dotted; only array indexes are bracketed.
const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');

export const configIssues = (error: z.ZodError, prefix: readonly PropertyKey[] = []): ConfigIssue[] =>
  error.issues.map((i) => ({ path: pathOf([...prefix, ...i.path]), message: i.message }));
