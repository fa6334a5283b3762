import type { ProblemRef } from './problems.ts';

/**
 * The problem codes shared by kinds of operation, for the declarations to spread (those following from a route's
 * shape — authentication, validation, Idempotency-Key, If-Match, rate limit — are added by the contract hook).
 */

/** a read scoped to the caller's jurisdiction (integrators may not read the records) */
export const READ: readonly ProblemRef[] = ['FORBIDDEN_ROLE'];

/** a read of one record: outside the jurisdiction it does not exist */
export const READ_ONE: readonly ProblemRef[] = ['FORBIDDEN_ROLE', 'NOT_FOUND'];

/** the date rules every step of a chain is judged on (src/engine/time-rules.ts) */
export const DATED: readonly ProblemRef[] = ['OCCURRED_IN_FUTURE', 'OCCURRED_BEFORE_PREVIOUS_STEP', 'LATE_ENTRY_REASON_REQUIRED'];

/** one step on one record of a chain: its permission, its jurisdiction, its machine, its date rules */
export const STEP: readonly ProblemRef[] = ['FORBIDDEN_ROLE', 'NOT_FOUND', 'STEP_NOT_ALLOWED', 'CONCURRENT_CHANGE', ...DATED];
