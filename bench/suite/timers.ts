import { join } from 'node:path';
import { COUNTY_CODE } from '../county/geography.ts';
import { buildCounty, startCountyApp } from '../county/build.ts';
import { ManualClock, systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { NewEvent } from '../../src/store/types.ts';
import { fmt1, fmtInt } from '../lib/table.ts';
import type { SuiteConfig } from './config.ts';
import { log, ratio, row } from './row.ts';
import type { Row } from './row.ts';

/** an event the size of a DesignationCompleted, by the system actor */
const completion = (i: number): NewEvent => ({
  type: 'DesignationCompleted',
  data: { card: 'yellow', at: '2026-04-10T16:00:00.000Z', reportedTo: COUNTY_CODE, i },
  metadata: { actor: { id: 'system', name: '系统', organisation: 'system', capacity: 'system', jurisdiction: '' }, occurredAt: '2026-04-10T16:00:00.000Z', correlationId: `notice-timer:${i}`, causationId: null, commandId: null },
});

/** `n` single-event appends from `writers` loops, each awaiting its append before the next (1: one at a time) */
const plainAppends = async (path: string, n: number, writers: number): Promise<number> => {
  const store = new SqliteEventStore({ path, synchronous: 'FULL' }, { clock: systemClock, newId: randomIds });
  try {
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: writers }, async () => {
      for (let i = next++; i < n; i = next++) await store.append(`timer-baseline-${i}`, [completion(i)], { expectedRevision: 'no_stream' });
    }));
    return (performance.now() - t0) / 1000;
  } finally {
    await store.close();
  }
};

/**
 * `timerNotices` designations in notice, all ending at 24:00 on 4/10 (generated through the routes, only card
 * holders, every decision positive), then one run of the notice timer after the end, on durable commits —
 * beside the same number of plain durable appends, one at a time (and, in the notes, from 64 writers at once).
 */
export const timerSection = async (config: SuiteConfig, dir: string): Promise<{ rows: Row[]; notes: string[] }> => {
  const n = config.timerNotices;
  const path = join(dir, 'notices.db');
  log(`timers: generating ${fmtInt(n)} designations in notice (through the routes)`);
  const built = await buildCounty({ path, households: n, seed: `${config.seed}-timers`, cardHoldersOnly: true, clean: true, until: 'notice', progress: (m) => log(`timers: ${m}`) });
  const clock = new ManualClock('2026-04-11T01:00:00.000Z');
  const county = await startCountyApp({ path, clock, synchronous: 'FULL' });
  let completed = 0;
  let seconds = 0;
  try {
    const due = county.app.services.designations.due(clock.now().toISOString()).length;
    log(`timers: ${fmtInt(due)} notices due; runDue()`);
    const t0 = performance.now();
    completed = await county.app.noticeTimer.runDue();
    seconds = (performance.now() - t0) / 1000;
  } finally {
    await county.close();
  }
  log(`timers: baseline, ${fmtInt(n)} plain appends one at a time, and from 64 writers`);
  const sequential = await plainAppends(join(dir, 'appends-1.db'), n, 1);
  const concurrent = await plainAppends(join(dir, 'appends-64.db'), n, 64);
  const rows = [
    row({
      measurement: `Timers: ${fmtInt(completed)} notices ending at the same moment, one runDue() (sqlite FULL)`,
      ours: `${fmt1(seconds)} s (${fmtInt(completed / seconds)}/s)`, baseline: `${fmt1(sequential)} s (${fmtInt(n)} plain appends, one at a time)`, ratio: ratio(seconds, sequential),
    }),
  ];
  const notes = [
    `Timers: the ${fmtInt(n)} designations were generated through the routes in ${fmt1(built.seconds)} s; each completion is an engine step ` +
      `(the stream replayed: the app was just restarted on the file), a durable append and the read model caught up; ` +
      `the same ${fmtInt(n)} plain appends from 64 concurrent writers take ${fmt1(concurrent)} s (group commit).`,
  ];
  return { rows, notes };
};
