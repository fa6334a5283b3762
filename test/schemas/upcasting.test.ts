import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_UPCASTERS } from '../../schemas/catalog.ts';
import { designationChain } from '../../src/designations/chain.ts';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { Engine } from '../../src/engine/engine.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { EventStore, NewEvent, RecordedEvent } from '../../src/store/types.ts';
import { UpcastError, Upcasters, upcastingStore } from '../../src/store/upcasting.ts';
import { P, appraise, http, ok, review } from '../api/four-card/helpers.ts';
import { startApp } from '../support/app.ts';
import { VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { judgingWith } from '../support/judging.ts';

const HOUSEHOLD = '11111111-1111-4111-8111-111111111111';
const DESIGNATION = '22222222-2222-4222-8222-222222222222';
const investigator = { id: 'inv-legacy', name: '老李', capacity: 'investigator', jurisdiction: VILLAGE };
const meta = (schemaVersion?: number): NewEvent['metadata'] => ({
  actor: investigator, occurredAt: '2026-03-18T02:00:00.000Z', correlationId: null, causationId: null, commandId: null,
  ...(schemaVersion === undefined ? {} : { schemaVersion }),
});

/** a declaration as the first draft of the chain wrote it: `card`, no `minInspectors`, no suggestion */
const v0Declaration: JsonObject = {
  householdId: HOUSEHOLD, villageCode: VILLAGE, year: 2025, card: 'yellow', perCapitaIncome: 4000, opinion: '旧版申报：入户核实', machineVersion: 'four-card@1',
};

/** the household and its v0 declaration, appended straight to a store as an old release would have */
const writeLegacyEvents = async (store: EventStore) => {
  const household = HouseholdSchema.parse(yellowHousehold(1));
  await store.append(`household-${HOUSEHOLD}`, [{ type: 'HouseholdRegistered', data: { machineVersion: 'household@1', household } as unknown as JsonObject, metadata: meta() }]);
  await store.append(`designation-${DESIGNATION}`, [{ type: 'InitialCheckDeclared', data: v0Declaration, metadata: meta(0) }]);
};

const recorded = (e: Partial<RecordedEvent> & Pick<RecordedEvent, 'type' | 'data' | 'metadata'>): RecordedEvent =>
  ({ id: 'e', stream: 's', revision: 0, position: 1, prevHash: '0', hash: '1', ...e });

describe('upcasting: old event versions stay readable', () => {
  it('hands out an upcast copy and leaves the stored event as it was', () => {
    const stored = recorded({ type: 'InitialCheckDeclared', data: v0Declaration, metadata: { ...meta(0), recordedAt: '2026-03-18T02:00:00.000Z' } });
    const before = structuredClone(stored);
    const read = EVENT_UPCASTERS.upcast(stored);
    expect(read).not.toBe(stored);
    expect(stored).toEqual(before);
    expect(read.data).toMatchObject({ proposedCard: 'yellow', suggestedCard: null, warnings: [], minInspectors: 2, opinion: '旧版申报：入户核实' });
    expect(read.data).not.toHaveProperty('card');
    expect(read.metadata).toMatchObject({ schemaVersion: 1, upcastFrom: 0 });
    expect([read.hash, read.prevHash]).toEqual([stored.hash, stored.prevHash]);
  });

  it('returns a current event itself, treats an unversioned one as v1, and refuses a version it cannot read', () => {
    const v1 = recorded({ type: 'TownshipReviewed', data: { outcome: 'confirmed', card: 'yellow', opinion: '属实' }, metadata: { ...meta(), recordedAt: 'x' } });
    expect(EVENT_UPCASTERS.upcast(v1)).toBe(v1);
    const registry = new Upcasters([], new Map([['X', 3]]));
    expect(() => registry.upcast(recorded({ type: 'X', data: {}, metadata: { ...meta(1), recordedAt: 'x' } }))).toThrow(UpcastError);
    const newer = recorded({ type: 'X', data: {}, metadata: { ...meta(4), recordedAt: 'x' } });
    expect(registry.upcast(newer)).toBe(newer);
  });

  it('the engine replays a v0 declaration as v1; without upcasting the machine would lose the card', async () => {
    const clock = new ManualClock('2026-03-18T02:00:00.000Z');
    const store = new MemoryEventStore({ clock, newId: sequentialIds(7) });
    await writeLegacyEvents(store);
    const loaded = await new Engine(upcastingStore(store, EVENT_UPCASTERS), judgingWith(clock)).load(designationChain, DESIGNATION);
    expect(loaded.snapshot.value).toBe('awaitingAppraisal');
    expect(loaded.snapshot.context).toMatchObject({ card: 'yellow', minInspectors: 2, declaredBy: 'inv-legacy', villageCode: VILLAGE });
    const at = await new Engine(upcastingStore(store, EVENT_UPCASTERS), judgingWith(clock)).stateAt(designationChain, DESIGNATION, { revision: 0 });
    expect(at?.snapshot.context).toMatchObject({ card: 'yellow' });
    const raw = await new Engine(store, judgingWith(clock)).load(designationChain, DESIGNATION);
    expect(raw.snapshot.context.card).toBeUndefined();
    expect((await store.verify(`designation-${DESIGNATION}`)).ok).toBe(true);
  });

  it('stamps new events with their version on append', async () => {
    const clock = new ManualClock('2026-03-18T02:00:00.000Z');
    const store = upcastingStore(new MemoryEventStore({ clock, newId: sequentialIds(8) }), EVENT_UPCASTERS);
    const { events } = await store.append('designation-x', [{ type: 'DeclarationWithdrawn', data: { reason: 'r' }, metadata: meta() }]);
    expect(events[0]?.metadata.schemaVersion).toBe(1);
    const [stored] = await store.stored.readStream('designation-x');
    expect(stored?.metadata.schemaVersion).toBe(1);
  });

  it('over HTTP: a store holding v0 events serves reads, history, time travel and further steps; the chain keeps verifying', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fupin-upcast-')), 'events.db');
    const clock = new ManualClock('2026-03-18T02:00:00.000Z');
    const legacy = new SqliteEventStore({ path }, { clock, newId: sequentialIds(900) });
    await writeLegacyEvents(legacy);
    await legacy.close();

    const t = await startApp({ path, clock });
    try {
      const api = http(t);
      expect(ok(await api.get(P.investigator, `/designations/${DESIGNATION}`))).toMatchObject({ state: 'awaitingAppraisal', card: 'yellow', declaredBy: 'inv-legacy' });
      const [declared] = ok(await api.get(P.supervisor, `/designations/${DESIGNATION}/history`)).steps;
      expect(declared).toMatchObject({ step: 'InitialCheckDeclared', schemaVersion: 0, card: 'yellow', opinion: '旧版申报：入户核实', linkVerified: true });
      expect(ok(await api.get(P.supervisor, `/designations/${DESIGNATION}/state?revision=0`))).toMatchObject({ state: 'awaitingAppraisal', card: 'yellow' });

      // the chain goes on from the old declaration: meeting, township review (minInspectors came from the upcaster)
      await appraise(t, [{ designationId: DESIGNATION }]);
      ok(await review(t, DESIGNATION));
      expect(ok(await api.get(P.investigator, `/designations/${DESIGNATION}`))).toMatchObject({ state: 'awaitingSpotCheck', card: 'yellow' });

      const stored = await t.store.readStream(`designation-${DESIGNATION}`);
      expect(stored[0]?.data).toEqual(v0Declaration); // never rewritten
      expect(stored[0]?.metadata.schemaVersion).toBe(0);
      expect(stored.slice(1).map((e) => e.metadata.schemaVersion)).toEqual([1, 1]);
      expect((await t.store.verify(`designation-${DESIGNATION}`)).ok).toBe(true);
      expect(ok(await api.get(P.supervisor, '/audit/verify'))).toMatchObject({ ok: true, brokenLinks: [] });
      const form = await api.get(P.supervisor, `/designations/${DESIGNATION}/approval-form`);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('旧版申报：入户核实');
    } finally {
      await t.close();
    }
  });
});
