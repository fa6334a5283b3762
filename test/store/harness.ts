import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '../../src/store/types.ts';

/** Columns an attacker with access to the database could edit; the harness maps them to the adapter's storage. */
export type TamperField = 'data' | 'type' | 'metadata' | 'stream' | 'revision' | 'prevHash' | 'hash' | 'id';

export interface StoreHarness {
  name: string;
  /** a reason to skip the whole suite (no server reachable), printed in the test output */
  skipReason?: string;
  /** a fresh store; streams of one test never collide with another's (tests use unique stream names) */
  create(): Promise<EventStore>;
  /** edit one stored event directly in the database, bypassing the store; absent where that is impossible */
  tamper?: (store: EventStore, position: number, field: TamperField) => Promise<void>;
}

export const uniqueStream = (label: string) => `${label}-${randomUUID()}`;

export const event = (type: string, data: NewEvent['data'] = {}, actorId = 'investigator-1'): NewEvent => ({
  type,
  data,
  metadata: {
    actor: { id: actorId, capacity: 'investigator', jurisdiction: '430623101' },
    occurredAt: '2026-03-18T09:00:00.000Z',
    correlationId: null,
    causationId: null,
    commandId: null,
  },
});

export const events = (n: number, type = 'Tested'): NewEvent[] => Array.from({ length: n }, (_, i) => event(type, { i }));
