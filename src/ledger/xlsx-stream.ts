import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Table } from '../office/sheet.ts';

/**
 * The same sheet as src/office/sheet.ts `toXlsx` (bold frozen header row, every cell text, notes on a second sheet),
 * written row by row with exceljs's streaming writer: a county's ledger of tens of thousands of rows is not held as
 * a workbook in memory (the in-memory writer grew ~500 MB for 30,000 rows). To be folded into the office export
 * registry (branch office) at merge, so there is one writer.
 */
export const xlsxStream = (table: Table, sheetName: string, notes: string[] = []): Readable => {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((h) => ({ header: h, width: Math.max(10, h.length * 2 + 4), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  void (async () => {
    try {
      let n = 0;
      for (const row of table.rows) {
        sheet.addRow(row).commit();
        // let the consumer drain now and then, so the zip stream does not pile up
        if (++n % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      sheet.commit();
      if (notes.length > 0) {
        const help = book.addWorksheet('填写说明');
        help.getColumn(1).width = 120;
        for (const note of notes) help.addRow([note]).commit();
        help.commit();
      }
      await book.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
};

/** the stream's bytes (tests, and a job's result file) */
export const streamBytes = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
