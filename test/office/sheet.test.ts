import { describe, expect, it } from 'vitest';
import { parseCsv, parseXlsx, toCsv, toXlsx } from '../../src/office/sheet.ts';

describe('office sheets: CSV and xlsx', () => {
  it('CSV round-trips quotes, commas, line breaks and Chinese, behind a BOM, with CRLF', () => {
    const table = { headers: ['户主姓名', '备注'], rows: [['张三', '说"是",然后\r\n换行'], ['李四', '']] };
    const bytes = toCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(parseCsv(bytes.toString('utf8'))).toEqual([table.headers, ...table.rows]);
  });

  it('CSV: LF line ends, no BOM and blank lines are read too', () => {
    expect(parseCsv('a,b\n\n1,2\n,\n3,"4"')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('xlsx keeps ID numbers as text (no digits lost) and reads back what it wrote', async () => {
    const table = { headers: ['户主身份证号', '组'], rows: [['43062319650412001X', '3组'], ['430623196504120028', '']] };
    expect(await parseXlsx(await toXlsx(table, '名单'))).toEqual([table.headers, ['43062319650412001X', '3组'], ['430623196504120028']]);
  });
});

describe('xlsx read as a stream', () => {
  it('readXlsxRows answers what parseXlsx does: IDs as text, blank cells and rows dropped', async () => {
    const { readXlsxRows } = await import('../../src/office/sheet.ts');
    const table = { headers: ['户主身份证号', '组', '备注'], rows: [['43062319650412001X', '3组', ''], ['', '', ''], ['430623196504120028', '', '有"引号",逗号']] };
    const body = await toXlsx(table, '名单', ['说明']);
    expect(await readXlsxRows(body)).toEqual(await parseXlsx(body));
    expect(await readXlsxRows(body)).toEqual([table.headers, ['43062319650412001X', '3组'], ['430623196504120028', '', '有"引号",逗号']]);
  });
});

describe('CSV read in chunks (a spooled upload)', () => {
  it('reads every row as the whole text does, wherever the chunks split a quote, a doubled quote or a CRLF (fixed seed)', async () => {
    const { csvRowsOf, parseCsv } = await import('../../src/office/sheet.ts');
    const fc = (await import('fast-check')).default;
    const cell = fc.oneof(fc.constantFrom('', '张三', '"', '""', ',', '\r\n', '\n', ' ', 'a"b', '43062319650412001X'), fc.string({ maxLength: 6 }));
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    await fc.assert(fc.asyncProperty(table, fc.array(fc.nat({ max: 40 }), { maxLength: 12 }), fc.boolean(), async (rows, cuts, crlf) => {
      const text = toCsv({ headers: ['h'], rows }).toString('utf8').replaceAll('\r\n', crlf ? '\r\n' : '\n');
      const at = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
      const chunks = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
      const read: string[][] = [];
      for await (const row of csvRowsOf((async function* () { yield* chunks; })())) read.push(row);
      expect(read).toEqual(parseCsv(text));
    }), { seed: 20261206, numRuns: 400 });
  });
});
