import ExcelJS from 'exceljs';
import { CompactStrings } from './compact-strings.ts';
import { Readable } from 'node:stream';

/** one table: a header row and data rows of strings (what an office's spreadsheet holds) */
export interface Table {
  headers: string[];
  rows: string[][];
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
const BOM = '\uFEFF';

const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** RFC 4180 CSV, UTF-8 with a BOM so Excel reads the Chinese right, CRLF line ends */
export const toCsv = (table: Table): Buffer =>
  Buffer.from(BOM + [table.headers, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8');

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); a BOM is dropped; blank lines are skipped */
export const parseCsv = (text: string): string[][] => [...csvRows(text)];

/** parseCsv's rows one by one: an import reads a county's file without holding all its rows as arrays */
export function* csvRows(text: string): Generator<string[]> {
  const parser = new CsvParser();
  yield* parser.push(text);
  yield* parser.end();
}

/** the rows of a CSV file read as a stream of text (a spooled upload): never the whole file in memory */
export async function* csvRowsOf(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  const parser = new CsvParser();
  for await (const chunk of chunks) yield* parser.push(chunk);
  yield* parser.end();
}

/**
 * RFC 4180 as a state machine over chunks of text: a quote, a doubled quote or a CRLF split between two chunks
 * reads as if the text were whole. Rows are answered as soon as they end.
 */
class CsvParser {
  #row: string[] = [];
  #cell = '';
  #quoted = false;
  /** inside quotes, a quote was the last character: the next one says whether it was doubled */
  #afterQuote = false;
  /** a CR ended the last row: a LF right after it belongs to it */
  #afterCr = false;
  #first = true;

  *push(chunk: string): Generator<string[]> {
    let text = chunk;
    if (this.#first && text.length > 0) {
      this.#first = false;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (this.#afterCr) {
        this.#afterCr = false;
        if (c === '\n') continue;
      }
      if (this.#afterQuote) {
        this.#afterQuote = false;
        if (c === '"') {
          this.#cell += '"';
          continue;
        }
        this.#quoted = false;
      }
      if (this.#quoted) {
        if (c === '"') this.#afterQuote = true;
        else this.#cell += c;
      } else if (c === '"') this.#quoted = true;
      else if (c === ',') {
        this.#row.push(this.#cell);
        this.#cell = '';
      } else if (c === '\n' || c === '\r') {
        this.#afterCr = c === '\r';
        const row = this.#endRow();
        if (row) yield row;
      } else this.#cell += c;
    }
  }

  *end(): Generator<string[]> {
    if (this.#cell !== '' || this.#row.length > 0) {
      const row = this.#endRow();
      if (row) yield row;
    }
  }

  /** the row just ended, unless it is blank */
  #endRow(): string[] | null {
    this.#row.push(this.#cell);
    const row = this.#row;
    this.#row = [];
    this.#cell = '';
    return row.every((v) => v.trim() === '') ? null : row;
  }
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : String(value.result);
    return '';
  }
  return String(value);
};

/** the first worksheet as rows of strings (numbers as written, dates as YYYY-MM-DD); blank rows skipped */
export const parseXlsx = async (body: Buffer): Promise<string[][]> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value).trim());
    while (values.length > 0 && values[values.length - 1] === '') values.pop(); // trailing blank (styled) cells
    if (values.length > 0) rows.push(values);
  });
  return rows;
};

/** an xlsx of one sheet: a bold, frozen header row; every cell text (ID numbers must not become numbers) */
export const toXlsx = async (table: Table, sheetName: string, notes: string[] = []): Promise<Buffer> => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((h) => ({ header: h, width: Math.max(10, h.length * 2 + 4), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  if (notes.length > 0) {
    const help = book.addWorksheet('填写说明');
    help.getColumn(1).width = 120;
    for (const note of notes) help.addRow([note]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
};

/** an operation whose 200 answer is a file: declared as CSV and as xlsx (the contract's answers name one media type) */
export const withFileAnswers = <T extends { response?: unknown }>(schema: T): T => {
  const response = (schema.response ?? {}) as Record<string, { content?: Record<string, unknown> }>;
  const ok = response['200'];
  const file = { schema: { type: 'string', description: 'the file' } };
  if (ok?.content) ok.content = { [CSV_TYPE.split(';')[0] ?? 'text/csv']: file, [XLSX_TYPE]: file };
  return schema;
};

/** an operation whose 200 answer comes in several media types (a table as JSON, xlsx, CSV, HTML or PDF): each declared */
export const withMediaAnswers = <T extends { response?: unknown }>(schema: T, media: Readonly<Record<string, unknown>>): T => {
  const response = (schema.response ?? {}) as Record<string, { content?: Record<string, unknown> }>;
  const ok = response['200'];
  if (ok) ok.content = Object.fromEntries(Object.entries(media).map(([type, s]) => [type, { schema: s }]));
  return schema;
};

/**
 * The first worksheet's rows as strings, read with exceljs's streaming reader: the workbook is never built as a
 * model of cells (a county's 400,000 member rows as cell objects would take gigabytes), only the rows' text is kept.
 * Same answer as parseXlsx for what an import reads (blank rows skipped, trailing blank cells dropped).
 */
export const readXlsxRows = async (body: Buffer): Promise<string[][]> => {
  const rows: string[][] = [];
  for await (const row of xlsxRows(body)) rows.push(row);
  return rows;
};

/** readXlsxRows's rows one by one, as the reader meets them: an import holds one household's rows at a time */
export async function* xlsxRows(body: Buffer | Readable): AsyncGenerator<string[]> {
  // shared strings are handed over one by one and kept compact (src/office/compact-strings.ts), not cached by the
  // reader as an array of strings; the reader then parks the worksheets in temporary files until they are read
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Buffer.isBuffer(body) ? Readable.from([body]) : body, { worksheets: 'emit', sharedStrings: 'emit', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  const strings = new CompactStrings();
  for await (const item of reader.parse() as unknown as AsyncIterable<ReaderItem>) {
    if ('index' in item) {
      strings.push(cellText(item.text ?? null));
      continue;
    }
    if (item.eventType !== 'worksheet') continue;
    for await (const row of item.value) {
      const cells = row.values as ExcelJS.CellValue[];
      const values: string[] = [];
      for (let c = 1; c < cells.length; c++) {
        const cell = cells[c] ?? null;
        const shared = typeof cell === 'object' && cell !== null && 'sharedString' in cell ? (cell as { sharedString: number }).sharedString : undefined;
        values.push((shared === undefined ? cellText(cell) : strings.get(shared)).trim());
      }
      while (values.length > 0 && values[values.length - 1] === '') values.pop();
      if (values.length > 0) yield values;
    }
    break; // the first worksheet only (the template's second explains the columns)
  }
}

/** what the streaming reader's parse() hands out: a shared string (sharedStrings: 'emit') or a worksheet */
type ReaderItem = { index: number; text: ExcelJS.CellValue } | { eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader };

/** every worksheet of a workbook by name, as rows of strings (a form in the XLSForm layout has several) */
export const parseXlsxSheets = async (body: Buffer): Promise<Map<string, string[][]>> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of book.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value).trim());
      while (values.length > 0 && values[values.length - 1] === '') values.pop();
      while (rows.length < number - 1) rows.push([]); // keep row numbers: errors name them
      rows.push(values);
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
};

/** a workbook of several sheets, each a table with a bold header row, every cell text */
export const toXlsxSheets = async (sheets: readonly { name: string; table: Table }[]): Promise<Buffer> => {
  const book = new ExcelJS.Workbook();
  for (const { name, table } of sheets) {
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.headers.map((h) => ({ header: h, width: Math.max(10, h.length * 2 + 4), style: { numFmt: '@' } }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
};
