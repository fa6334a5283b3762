import { describe, expect, it } from 'vitest';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { HouseholdsView } from '../../src/households/projection.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { yellowHousehold } from '../support/fixtures.ts';

let position = 0;
const event = (id: string, revision: number, type: string, data: JsonObject): RecordedEvent => ({
  id: `e${++position}`, stream: `household-${id}`, revision, position, type, data,
  metadata: { actor: { id: 'clerk' }, occurredAt: '2026-03-01T08:00:00.000Z', recordedAt: `2026-03-01T08:00:${String(revision).padStart(2, '0')}.000Z`, correlationId: null, causationId: null, commandId: null },
  prevHash: '', hash: '',
});
/** distinct facts per i (the fixture's resident IDs repeat every 1,000) */
const registered = (i: number) => ({ ...HouseholdSchema.parse(yellowHousehold(i % 1000)), group: `${i}组` });
/** lets the view's background write-down run to its end (it takes a batch per turn of the event loop) */
const turns = async (view: HouseholdsView, hot: number) => {
  for (let i = 0; i < 100 && view.heldAsObjects > hot; i++) await new Promise<void>((resolve) => { setImmediate(resolve); });
};

describe('the households view: households in use as objects, the others as deflated bytes', () => {
  it('gives the same facts before and after they are written down, and an erased household keeps no names', async () => {
    const view = new HouseholdsView();
    const n = 3000;
    for (let i = 0; i < n; i++) view.apply(event(`h${i}`, 0, 'HouseholdRegistered', { machineVersion: '1', household: registered(i) } as unknown as JsonObject));
    view.apply(event('h7', 1, 'HouseholdFactsChanged', { patch: { group: '9组' }, reason: '分组调整' }));
    view.apply(event('h8', 1, 'HouseholdPersonalDataErased', {}));
    // catching up: nothing was written down yet, so a restart pays no deflating
    expect(view.heldAsObjects).toBe(n);
    view.caughtUp();
    await turns(view, 1024);
    expect(view.heldAsObjects).toBe(1024);
    for (const i of [0, 1, 500, 1999, 2999]) expect(view.get(`h${i}`)?.household).toEqual(registered(i));
    expect(view.get('h7')?.household.group).toBe('9组');
    expect(view.get('h7')?.revision).toBe(1);
    const erased = view.get('h8')?.household;
    expect(erased?.head).not.toBe(registered(8).head);
    expect(erased?.members.map((m) => m.name)).not.toContain(registered(8).members[1]?.name);
    // live: a registration beyond the hot set pushes the least recently used out, written down
    view.apply(event('late', 0, 'HouseholdRegistered', { machineVersion: '1', household: registered(4000) } as unknown as JsonObject));
    expect(view.heldAsObjects).toBe(1024);
    expect(view.list('4306', 0, 0).total).toBe(n + 1);
    expect(view.get('late')?.registeredAt).toBe('2026-03-01T08:00:00.000Z');
  });
});
