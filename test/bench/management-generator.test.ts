import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCounty } from '../../bench/county/build.ts';
import { contactsOfMonth } from '../../bench/county/contacts.ts';
import { monthOf } from '../../src/management/periods.ts';
import { createServices } from '../../src/services.ts';
import { ManualClock, systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { seededRandom } from '../../src/shared/random.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'county-management-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;

describe('county generator: a year of contacts and visits (--contacts)', () => {
  it('plans the same year for a seed: calls by the card, visits paced, some missing, some late', () => {
    const plan = (seed: string) => {
      const random = seededRandom(seed);
      return Array.from({ length: 12 }, (_, k) => contactsOfMonth(random, { card: 'red', notEscaped: true }, 2026 * 12 + 4 + k, k));
    };
    const year = plan('a');
    expect(plan('a')).toEqual(year);
    expect(plan('b')).not.toEqual(year);
    const contacts = year.flatMap((m) => m.contacts);
    const planned = contacts.length + year.reduce((n, m) => n + m.missing, 0);
    // a red card not escaped: 2 calls a month and 8 visits a year
    expect(planned).toBe(12 * 2 + 8);
    for (const [k, m] of year.entries()) for (const c of m.contacts) expect(monthOf(c.occurredAt)).toBe(2026 * 12 + 4 + k);
  });

  it('takes every completed designation under management and logs the year through the engine: late entries with their reason, missing ones overdue on the paired cadre, reviews and the half-yearly round', async () => {
    const path = join(dir, 'c.db');
    const built = await buildCounty({ path, households: 400, seed: 'test-county', concurrency: 8, contacts: true });
    const designated = built.byState.designated ?? 0;
    expect(designated).toBeGreaterThan(5);
    expect(built.management).toMatchObject({ managed: designated });
    const m = built.management;
    if (!m) throw new Error('no management data');
    expect(m.contacts).toBeGreaterThan(designated * 10);
    expect(m.late).toBeGreaterThan(0);
    expect(m.missing).toBeGreaterThan(0);
    // reviews through the three steps, the card kept; the half-yearly round opened and closed over every carded household
    expect(m.reviews).toBeGreaterThan(designated);
    expect(m.round).toMatchObject({ round: '2026H2', total: designated });
    expect((m.round?.withOutcome ?? 0) + (m.round?.withoutOutcome ?? 0)).toBe(designated);

    const store = new SqliteEventStore({ path }, { clock: systemClock, newId: randomIds });
    const events = await store.readAll({ limit: 1_000_000 });
    const contacts = events.filter((e) => e.type === 'ContactLogged');
    expect(contacts).toHaveLength(m.contacts);
    // beyond the 7-day late-entry window: entered from paper (most two months on, the last month's at the end)
    const late = contacts.filter((e) => Date.parse(e.metadata.recordedAt) - Date.parse(e.metadata.occurredAt) > 7 * DAY);
    expect(late.length).toBe(m.late);
    for (const e of late) expect(e.metadata.lateEntryReason, e.id).toBeTruthy();
    // each contact is signed by the household's paired cadre
    const cadreOf = new Map(events.filter((e) => e.type === 'ManagementStarted').map((e) => [e.stream, (e.data.cadre as { id: string }).id]));
    for (const e of contacts) expect(e.metadata.actor.id).toBe(cadreOf.get(e.stream));
    expect(events.filter((e) => e.type === 'ReclassificationConfirmed')).toHaveLength(m.reviews);
    expect(events.filter((e) => e.type.startsWith('AdjustmentRound')).map((e) => e.type)).toEqual(['AdjustmentRoundOpened', 'AdjustmentRoundClosed']);

    // the read model on the file, on the day the generator ended: the missing contacts are overdue, each on its cadre
    const last = events.reduce((a, e) => (e.metadata.recordedAt > a ? e.metadata.recordedAt : a), '');
    const clock = new ManualClock(last);
    const services = createServices({ store, clock, newId: randomIds, newSeed: randomIds });
    try {
      await services.projector.start();
      const overdue = services.due.query({ now: clock.now().toISOString(), regionPrefix: '430623', state: 'overdue' }).items.map((i) => i.duty);
      const contactDuties = overdue.filter((d) => d.kind === 'contact' || d.kind === 'visit');
      expect(contactDuties.length).toBeGreaterThan(0);
      for (const d of contactDuties) {
        const row = services.management.get(d.subject.id);
        expect(d.owner.personId).toBe(row?.context.cadre?.id);
      }
    } finally {
      await services.projector.stop();
      await store.close();
    }
  }, 300_000);
});
