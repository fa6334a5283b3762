import { afterAll, describe, expect, it } from 'vitest';
import { startApp, tokenFor } from '../../support/app.ts';
import type { Person, TestApp } from '../../support/app.ts';
import { http, ok } from '../four-card/helpers.ts';
import type { Json } from '../four-card/helpers.ts';

const county: Person = { id: 'rg-co', roles: ['countyOffice'], jurisdiction: '430623' };
const admin: Person = { id: 'rg-admin', roles: ['admin'], jurisdiction: '43' };
const reviewer: Person = { id: 'rg-tr', roles: ['townshipReviewer'], jurisdiction: '430623101' };
const otherCounty: Person = { id: 'rg-co2', roles: ['countyOffice'], jurisdiction: '430624' };

const t: TestApp = await startApp();
afterAll(async () => t.close());

const csv = (who: Person, body: string, query = '') =>
  t.app.inject({ method: 'POST', url: `/regions/import${query}`, payload: body, headers: { 'content-type': 'text/csv', authorization: `Bearer ${tokenFor(who, t.clock)}` } });

const streamLength = async () => (await t.store.readStream('regions-430623')).length;

describe('the region directory (issue 13)', () => {
  it('adds the county, a township and a village; refuses a second add of a code (rename it instead) and a village whose township is unknown', async () => {
    ok(await http(t).post(county, '/regions', { code: '430623', name: '华容县' }), 201);
    const township = ok(await http(t).post(county, '/regions', { code: '430623101', name: '甲乡' }), 201);
    expect(township).toMatchObject({ code: '430623101', name: '甲乡', level: 'township', parentCode: '430623', demo: false });
    ok(await http(t).post(county, '/regions', { code: '430623101201', name: '甲村' }), 201);
    expect(ok(await http(t).post(county, '/regions', { code: '430623101', name: '乙乡' }), 409).code).toBe('REGION_EXISTS');
    expect(ok(await http(t).post(county, '/regions', { code: '430623105201', name: '丙村' }), 422).code).toBe('PARENT_UNKNOWN');
  });

  it('a rename is a new event: the name changes, the previous one stays on the trail', async () => {
    const before = await streamLength();
    const renamed = ok(await http(t).post(county, '/regions/430623101/rename', { name: '甲镇', reason: '撤乡设镇' }));
    expect(renamed.name).toBe('甲镇');
    expect(renamed.names.map((n: Json) => [n.name, n.type])).toEqual([['甲乡', 'RegionAdded'], ['甲镇', 'RegionRenamed']]);
    const events = await t.store.readStream('regions-430623');
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ type: 'RegionRenamed', data: { code: '430623101', name: '甲镇', previousName: '甲乡', reason: '撤乡设镇' } });
    expect(ok(await http(t).post(county, '/regions/430623999/rename', { name: 'x' }), 404).code).toBe('REGION_NOT_IN_DIRECTORY');
  });

  it('only the county office and administrators edit, each within its jurisdiction', async () => {
    expect(ok(await http(t).post(reviewer, '/regions', { code: '430623102', name: '丁乡' }), 403).code).toBe('FORBIDDEN_ROLE');
    expect((await http(t).post(otherCounty, '/regions', { code: '430623102', name: '丁乡' })).statusCode).toBe(404);
    ok(await http(t).post(admin, '/regions', { code: '430623102', name: '丁乡' }), 201);
  });

  it('imports a CSV file: adds, renames and keeps, in one event', async () => {
    const before = await streamLength();
    const res = ok(await csv(county, 'code,name,parent\n430623101202,乙村,430623101\n430623101201,甲村（新）,430623101\n430623102,丁乡\n"43062310120101","一组"\n', '?source=test.csv'), 201);
    expect(res).toMatchObject({ county: '430623', rows: 4, added: ['430623101202', '43062310120101'], renamed: [{ code: '430623101201', name: '甲村（新）', previousName: '甲村' }], unchanged: 1 });
    const events = await t.store.readStream('regions-430623');
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ type: 'RegionsImported', data: { source: 'test.csv', rows: 4 } });
    const group = ok(await http(t).get(reviewer, '/regions/43062310120101'));
    expect(group).toMatchObject({ name: '一组', level: 'group', parentCode: '430623101201' });
    const village = ok(await http(t).get(reviewer, '/regions/430623101201'));
    expect(village.children).toEqual([{ code: '43062310120101', name: '一组', level: 'group' }]);
    const list = ok(await http(t).get(reviewer, '/regions?under=430623101&level=village'));
    expect(list.items.map((r: Json) => [r.code, r.name])).toEqual([['430623101201', '甲村（新）'], ['430623101202', '乙村']]);
  });

  it('refuses a file with any wrong row, listing every error (row, column, code, zh/en), and applies nothing', async () => {
    const before = await streamLength();
    const file = [
      'code,name,parent',
      '430623101203,戊村',            // fine on its own
      '43062310120,坏代码',           // 11 digits
      '430623101204,',                // no name
      '430623101205,己村,430623102',  // wrong parent
      '430623107201,庚村',            // township unknown
      '430623101203,戊村重复',        // duplicate
      '430624101,外县乡',             // outside the county office's jurisdiction, and another county
      '430623101206,a,b,c',           // four columns
    ].join('\r\n');
    const refused = ok(await csv(county, file), 422);
    expect(refused.code).toBe('REGION_IMPORT_REFUSED');
    const found = refused.errors.map((e: Json) => [e.row, e.column, e.code]);
    expect(found).toEqual(expect.arrayContaining([
      [3, 'code', 'NOT_A_REGION_CODE'],
      [4, 'name', 'NAME_REQUIRED'],
      [5, 'parent', 'PARENT_MISMATCH'],
      [6, 'parent', 'PARENT_UNKNOWN'],
      [7, 'code', 'DUPLICATE_CODE'],
      [8, 'code', 'REGION_OUTSIDE_JURISDICTION'],
      [9, null, 'WRONG_COLUMNS'],
    ]));
    expect(found.some((e: Json[]) => e[2] === 'SEVERAL_COUNTIES')).toBe(true);
    for (const e of refused.errors) {
      expect(typeof e.message_zh).toBe('string');
      expect(typeof e.message_en).toBe('string');
    }
    expect(await streamLength()).toBe(before);
    expect((await http(t).get(reviewer, '/regions/430623101203')).statusCode).toBe(404);
  });

  it('an import that changes nothing writes nothing; a JSON body is refused', async () => {
    const before = await streamLength();
    const same = ok(await csv(county, '430623102,丁乡\n'));
    expect(same).toMatchObject({ added: [], renamed: [], unchanged: 1 });
    expect(await streamLength()).toBe(before);
    expect((await http(t).post(county, '/regions/import', { csv: 'x' })).statusCode).toBe(415);
  });
});

describe('the demonstration directory at start-up', () => {
  it('is loaded when the store has no directory, marked demo, and not loaded again after a restart', async () => {
    let d = await startApp({ regionDemo: true });
    try {
      const county = ok(await http(d).get(reviewer, '/regions/430623'));
      expect(county).toMatchObject({ name: '华容县', demo: true });
      expect(ok(await http(d).get(reviewer, '/regions/430623101201')).demo).toBe(true);
      d = await d.restart();
      expect(await d.store.readStream('regions-430623')).toHaveLength(1);
    } finally {
      await d.close();
    }
  });
});
