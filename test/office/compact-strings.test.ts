import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CompactStrings } from '../../src/office/compact-strings.ts';
import { xlsxRows } from '../../src/office/sheet.ts';

describe('reading an xlsx file as it streams in', () => {
  it('keeps shared strings compact and gives each back whole (Chinese, ASCII, empty), growing past its first buffers', () => {
    const strings = new CompactStrings();
    const texts = Array.from({ length: 70_000 }, (_, i) => (i % 3 === 0 ? `张三${i}` : i % 3 === 1 ? `43062319850101${String(i).padStart(4, '0')}` : ''));
    texts.push('团洲乡'.repeat(200_000)); // one string longer than the first buffer
    for (const t of texts) strings.push(t);
    expect(strings.size).toBe(texts.length);
    for (const i of [0, 1, 2, 65_535, 65_536, 69_999, 70_000]) expect(strings.get(i)).toBe(texts[i]);
    expect(strings.get(texts.length)).toBe('');
  });

  it('a workbook saved with shared strings (as Excel saves it) reads back cell by cell, repeated values too', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('农户');
    sheet.addRow(['户编号', '姓名', '证件号码', '人数']);
    sheet.addRow(['H1', '李四', '430623198501011234', 3]);
    sheet.addRow(['H1', '李小红', '430623201001011222', 3]);
    sheet.addRow(['H2', '李四', '430623197001011238', 1]);
    const body = Buffer.from(await book.xlsx.writeBuffer({ useSharedStrings: true } as ExcelJS.XlsxWriteOptions));
    const rows: string[][] = [];
    for await (const row of xlsxRows(body)) rows.push(row);
    expect(rows).toEqual([
      ['户编号', '姓名', '证件号码', '人数'],
      ['H1', '李四', '430623198501011234', '3'],
      ['H1', '李小红', '430623201001011222', '3'],
      ['H2', '李四', '430623197001011238', '1'],
    ]);
  });
});
