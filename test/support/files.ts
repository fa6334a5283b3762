import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** Reading back what the product hands out, as an office's software would: the first sheet of a workbook, PDF pages. */

/** the first worksheet of an xlsx file, read by exceljs */
export const firstSheet = async (body: Buffer): Promise<ExcelJS.Worksheet> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
};

/** a row's cell values as strings ('' for an empty cell) */
export const rowValues = (sheet: ExcelJS.Worksheet, row: number): string[] =>
  Array.from((sheet.getRow(row).values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)));

/** how many pages poppler renders of a PDF (pdftoppm, the Debian package poppler-utils) */
export const renderedPages = (pdf: Buffer, prefix = 'pdf-'): number => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'file.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '20', '-png', join(dir, 'file.pdf'), join(dir, 'page')]);
  return readdirSync(dir).filter((f) => f.endsWith('.png')).length;
};
