import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty } from '../../bench/county/build.ts';
import { legacyReport } from '../../src/privacy/legacy-report.ts';
import { storedEventsOf } from '../../src/store/upcasting.ts';
import { startApp } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { COUNTY } from '../support/fixtures.ts';

const OFFICE = { id: 'co-1', role: 'countyOffice' as const, region: COUNTY };
const HOUSEHOLDS = 12;

/** a county generated as the service stored it before sealing: names and IDs in the clear */
let t: TestApp;
let path = '';
beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'fupin-legacy-')), 'county.db');
  await buildCounty({ path, households: HOUSEHOLDS, until: 'households', sealPersonalData: false });
  t = await startApp({ path });
}, 120_000);
afterAll(async () => t.close());

interface Answer { id: string; headName: string; household: { head: string; residentId: string | null; villageCode: string } }

describe('personal data stored before sealing (a generated county)', () => {
  it('is reported, stays readable, reads as erased once erased — and its bytes stay in the file, as the report says', async () => {
    const before = await legacyReport(storedEventsOf(t.app.services.store), t.app.services.personalKeys);
    expect(before).toMatchObject({ sealedEvents: 0, householdsWithPlaintext: HOUSEHOLDS, erasedWithPlaintext: [] });
    expect(before.plaintextEvents).toBeGreaterThanOrEqual(HOUSEHOLDS);

    const list = (await call(t, OFFICE, 'GET', '/households?limit=100')).json() as { items: Answer[] };
    expect(list.items).toHaveLength(HOUSEHOLDS);
    const [first] = list.items;
    if (!first) throw new Error('no household');
    const { head, residentId } = first.household;
    expect(residentId).toMatch(/^\d{17}[\dX]$/); // legacy data reads as it was

    const erased = await call(t, OFFICE, 'POST', `/households/${first.id}/erasure`, { reason: '当事人申请删除', basis: 'consent-withdrawn' });
    expect(erased.statusCode, erased.body).toBe(200);
    const after = (await call(t, OFFICE, 'GET', `/households/${first.id}`)).body;
    expect(after).not.toContain(head);
    expect(after).not.toContain(residentId ?? '');
    const feed = (await call(t, OFFICE, 'GET', '/feed?limit=1000')).body;
    expect(feed).not.toContain(residentId ?? '');

    // honest: the legacy events are not rewritten, so the file still holds them; the report names the household
    const report = await legacyReport(storedEventsOf(t.app.services.store), t.app.services.personalKeys);
    expect(report.erasedWithPlaintext).toEqual([first.id]);
    const bytes = Buffer.concat([path, `${path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)));
    expect(bytes.includes(Buffer.from(residentId ?? '', 'utf8'))).toBe(true);
  });
});
