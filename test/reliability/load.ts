import { randomUUID } from 'node:crypto';
import type { HouseholdInput } from '../../src/domain/household.ts';
import { residentId, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { liveToken } from './server-process.ts';
import type { HttpAnswer, ServerProcess } from './server-process.ts';

export const LOAD_INVESTIGATOR = { id: 'inv-load', role: 'investigator' as const, region: VILLAGE };

export interface Command {
  kind: 'household' | 'designation';
  /** the Idempotency-Key: a retry of the command sends the same one */
  key: string;
  path: string;
  body: Record<string, unknown>;
  /** for a household: its head's resident ID; for a designation: its household */
  subject: string;
}

export interface Acknowledged extends Command {
  status: number;
  /** the id the service answered with */
  id: string;
}

export interface LoadRecord {
  acknowledged: Acknowledged[];
  /** sent, but the connection died before an answer: the command may or may not have been applied */
  unanswered: Command[];
  /** answered with a status ≥ 400 */
  refused: Array<{ command: Command; answer: HttpAnswer }>;
}

export const emptyRecord = (): LoadRecord => ({ acknowledged: [], unanswered: [], refused: [] });

const DAY = 86_400_000;
const BIRTH_BASE = Date.UTC(1950, 0, 1);

/** a valid yellow-card household whose head has a resident ID no other n has (999 sequences per birth date) */
export const uniqueHousehold = (n: number): HouseholdInput => {
  const birth = new Date(BIRTH_BASE + Math.floor(n / 999) * DAY).toISOString().slice(0, 10);
  const id = residentId(birth, (n % 999) + 1);
  const base = yellowHousehold(1);
  const [head, ...others] = base.members;
  if (!head) throw new Error('fixture without a head');
  return { ...base, head: `户主${n}`, residentId: id, members: [{ ...head, name: `户主${n}`, residentId: id }, ...others] };
};

/** sends one command; a 2xx is recorded with the id it returned, a dead connection as unanswered */
export const send = async (server: ServerProcess, command: Command, record: LoadRecord, onAcknowledged?: (count: number) => void): Promise<Acknowledged | null> => {
  let answer: HttpAnswer;
  try {
    answer = await server.request('POST', command.path, {
      token: liveToken(LOAD_INVESTIGATOR),
      body: command.body,
      headers: { 'idempotency-key': command.key },
    });
  } catch {
    record.unanswered.push(command);
    return null;
  }
  if (answer.status >= 200 && answer.status < 300) {
    const ack = { ...command, status: answer.status, id: (JSON.parse(answer.body) as { id: string }).id };
    record.acknowledged.push(ack);
    onAcknowledged?.(record.acknowledged.length);
    return ack;
  }
  record.refused.push({ command, answer });
  return null;
};

export const householdCommand = (run: string, n: number): Command => {
  const household = uniqueHousehold(n);
  return { kind: 'household', key: `${run}-hh-${n}`, path: '/households', body: { household }, subject: household.residentId };
};

export const designationCommand = (run: string, n: number, householdId: string): Command => ({
  kind: 'designation',
  key: `${run}-ds-${n}`,
  path: '/designations',
  body: { householdId, year: 2026, proposedCard: 'yellow', opinion: '入户核实' },
  subject: householdId,
});

/**
 * `workers` clients, each registering a household and declaring a designation for it, again and again, until
 * `stop()` says so or the server stops answering.
 */
export const startLoad = (server: ServerProcess, options: { workers: number; firstN?: number; record?: LoadRecord; onAcknowledged?: (count: number) => void }) => {
  const run = randomUUID().slice(0, 8);
  const record = options.record ?? emptyRecord();
  let next = options.firstN ?? 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped) {
      const n = next++;
      const household = await send(server, householdCommand(run, n), record, options.onAcknowledged);
      if (!household) return;
      const designation = await send(server, designationCommand(run, n, household.id), record, options.onAcknowledged);
      if (!designation) return;
    }
  };
  const done = Promise.all(Array.from({ length: options.workers }, worker));
  return {
    record,
    get sent() {
      return next;
    },
    stop: async () => {
      stopped = true;
      await done;
      return record;
    },
    done,
  };
};

export const waitUntil = async (condition: () => boolean, timeoutMs: number, what: string): Promise<void> => {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
