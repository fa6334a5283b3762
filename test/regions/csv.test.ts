import { describe, expect, it } from 'vitest';
import { codeLevel, parentOfCode, parseCsv, planImport } from '../../src/regions/csv.ts';

describe('region directory CSV (src/regions/csv.ts)', () => {
  it('reads RFC 4180 rows: a BOM, CRLF, quoted commas, quotes and line breaks; blank lines skipped, line numbers kept', () => {
    expect(parseCsv('\uFEFFcode,name\r\n430623101,"甲,乡"\r\n\r\n430623101201,"他说""好"""\n430623101202,"两\n行"\n')).toEqual([
      { line: 1, cells: ['code', 'name'] },
      { line: 2, cells: ['430623101', '甲,乡'] },
      { line: 4, cells: ['430623101201', '他说"好"'] },
      { line: 5, cells: ['430623101202', '两\n行'] },
    ]);
  });

  it('knows the levels and parents of codes; a zero segment is no level', () => {
    expect([codeLevel('430623'), codeLevel('430623101'), codeLevel('430623101201'), codeLevel('43062310120103')]).toEqual(['county', 'township', 'village', 'group']);
    expect([codeLevel('430623000'), codeLevel('430623101000'), codeLevel('43062310120100'), codeLevel('4306231')]).toEqual([null, null, null, null]);
    expect(parentOfCode('43062310120103')).toBe('430623101201');
    expect(parentOfCode('430623')).toBeNull();
  });

  it('plans additions and renames only when every row is right; a parent may come earlier or later in the same file', () => {
    const known = new Map([['430623', '华容县'], ['430623101', '甲乡']]);
    const { errors, plan, county } = planImport('430623101201,甲村\n430623102201,乙村\n430623102,乙乡\n430623101,甲镇\n', (c) => known.get(c), () => true);
    expect(errors).toEqual([]);
    expect(county).toBe('430623');
    expect(plan?.added.map((e) => e.code)).toEqual(['430623101201', '430623102201', '430623102']);
    expect(plan?.renamed).toEqual([{ code: '430623101', name: '甲镇', previousName: '甲乡' }]);
    expect(planImport('', () => undefined, () => true).errors.map((e) => e.code)).toEqual(['EMPTY_FILE']);
  });
});
