import type { DirectoryEntry, DirectoryLevel } from './events.ts';

/** one thing wrong with one cell (or row) of an import: row 1 is the file's first line */
export interface ImportError {
  row: number;
  column: 'code' | 'name' | 'parent' | null;
  code: string;
  message_zh: string;
  message_en: string;
}

const CODE_RE = /^\d{6}(\d{3}(\d{3}(\d{2})?)?)?$/;

/** the directory level of a code by its length (6, 9, 12 or 14 digits); null for anything else or a zero segment */
export const codeLevel = (code: string): DirectoryLevel | null => {
  if (!CODE_RE.test(code)) return null;
  const segment = code.length === 6 ? '1' : code.slice(code.length === 14 ? 12 : code.length - 3);
  if (/^0+$/.test(segment)) return null; // 430623000 is the county zero-filled, not a township
  return ({ 6: 'county', 9: 'township', 12: 'village', 14: 'group' } as const)[code.length as 6 | 9 | 12 | 14];
};

/** the code one level up: a group's village, a village's township, a township's county; null for a county */
export const parentOfCode = (code: string): string | null =>
  code.length === 14 ? code.slice(0, 12) : code.length === 12 ? code.slice(0, 9) : code.length === 9 ? code.slice(0, 6) : null;

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks; a BOM and blank lines are skipped */
export const parseCsv = (text: string): { line: number; cells: string[] }[] => {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]?.trim() === '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { cell += '"'; i += 1; } else if (ch === '"') quoted = false;
      else { if (ch === '\n') line += 1; cell += ch; }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') { cells.push(cell); cell = ''; } else if (ch === '\r') continue;
    else if (ch === '\n') { endRow(); line += 1; rowLine = line; } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
};

const err = (row: number, column: ImportError['column'], code: string, zh: string, en: string): ImportError => ({ row, column, code, message_zh: zh, message_en: en });

export interface ImportPlan {
  rows: number;
  added: DirectoryEntry[];
  renamed: { code: string; name: string; previousName: string }[];
  unchanged: number;
}

/**
 * Checks a whole file against the directory as it is (`known`: the name of a code, if any) and the importer's
 * jurisdiction; answers every error, or — only when there is none — what the file adds and renames. A header line
 * `code,name[,parent]` is allowed. All rows must lie in one county (the directory's stream is per county).
 */
export const planImport = (text: string, known: (code: string) => string | undefined, within: (code: string) => boolean): { errors: ImportError[]; plan: ImportPlan | null; county: string | null } => {
  const parsed = parseCsv(text);
  const errors: ImportError[] = [];
  const rows = parsed[0]?.cells[0]?.trim().toLowerCase() === 'code' ? parsed.slice(1) : parsed;
  if (rows.length === 0) errors.push(err(1, null, 'EMPTY_FILE', '文件中没有数据行', 'the file has no data rows'));
  const seen = new Map<string, number>();
  const inFile = new Map<string, string>();
  const counties = new Set<string>();
  for (const { line, cells } of rows) {
    const [code = '', name = '', parent] = cells.map((c) => c.trim());
    if (cells.length < 2 || cells.length > 3) {
      errors.push(err(line, null, 'WRONG_COLUMNS', `第${line}行应有 2 或 3 列（code,name[,parent]），实有 ${cells.length} 列`, `row ${line} must have 2 or 3 columns (code,name[,parent]), it has ${cells.length}`));
      continue;
    }
    const level = codeLevel(code);
    if (level === null) {
      errors.push(err(line, 'code', 'NOT_A_REGION_CODE', `第${line}行代码“${code}”不是 6 位县、9 位乡镇、12 位村或 14 位组代码`, `row ${line}: "${code}" is not a 6-digit county, 9-digit township, 12-digit village or 14-digit group code`));
    } else {
      counties.add(code.slice(0, 6));
      if (!within(code)) errors.push(err(line, 'code', 'REGION_OUTSIDE_JURISDICTION', `第${line}行代码 ${code} 不在您的管辖范围内`, `row ${line}: ${code} is outside your jurisdiction`));
      const first = seen.get(code);
      if (first !== undefined) errors.push(err(line, 'code', 'DUPLICATE_CODE', `第${line}行代码 ${code} 与第${first}行重复`, `row ${line}: ${code} repeats row ${first}`));
      else seen.set(code, line);
      const expected = parentOfCode(code);
      if (parent !== undefined && parent !== '' && parent !== expected) {
        errors.push(err(line, 'parent', 'PARENT_MISMATCH', `第${line}行上级代码应为 ${expected ?? '（无）'}，而非 ${parent}`, `row ${line}: the parent of ${code} is ${expected ?? 'none'}, not ${parent}`));
      }
    }
    if (name === '') errors.push(err(line, 'name', 'NAME_REQUIRED', `第${line}行缺少名称`, `row ${line}: the name is missing`));
    else if (name.length > 100) errors.push(err(line, 'name', 'NAME_TOO_LONG', `第${line}行名称超过 100 字`, `row ${line}: the name is longer than 100 characters`));
    if (level !== null && name !== '') inFile.set(code, name);
  }
  if (counties.size > 1) errors.push(err(1, 'code', 'SEVERAL_COUNTIES', `一个文件只能导入一个县的区划（文件中有 ${[...counties].sort().join('、')}）`, `one file imports one county's directory (this one has ${[...counties].sort().join(', ')})`));
  // parents must be known, in the directory or earlier in the same file
  for (const { line, cells } of rows) {
    const code = cells[0]?.trim() ?? '';
    const parentCode = codeLevel(code) === null ? null : parentOfCode(code);
    if (parentCode !== null && cells.length >= 2 && cells.length <= 3 && known(parentCode) === undefined && !inFile.has(parentCode)) {
      errors.push(err(line, 'parent', 'PARENT_UNKNOWN', `第${line}行的上级 ${parentCode} 不在目录中，也不在本文件中`, `row ${line}: the parent ${parentCode} is neither in the directory nor in the file`));
    }
  }
  errors.sort((a, b) => a.row - b.row);
  if (errors.length > 0) return { errors, plan: null, county: null };
  const plan: ImportPlan = { rows: rows.length, added: [], renamed: [], unchanged: 0 };
  for (const [code, name] of inFile) {
    const before = known(code);
    const level = codeLevel(code);
    if (level === null) continue;
    if (before === undefined) plan.added.push({ code, name, level, parentCode: parentOfCode(code), demo: false });
    else if (before !== name) plan.renamed.push({ code, name, previousName: before });
    else plan.unchanged += 1;
  }
  return { errors, plan, county: [...counties][0] ?? null };
};
