import type { Identity } from '../auth/identity.ts';
import { within } from '../auth/identity.ts';
import { HouseholdSchema } from '../domain/household.ts';
import type { Household } from '../domain/household.ts';
import { checkHouseholdData } from '../domain/rules.ts';
import type { CommandContext } from '../engine/engine.ts';
import { edgeRegistrationRefused, registersAsEdge } from '../households/invariants.ts';
import { householdChain } from '../households/chain.ts';
import { registerHousehold } from '../households/commands.ts';
import { claimResident, residentClaimed } from '../households/resident-claim.ts';
import { zodFieldErrors } from '../http/zod-schema.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { ConcurrencyError } from '../store/errors.ts';
import { validateAppend } from '../store/plan.ts';
import type { Actor } from '../store/types.ts';
import { COLUMNS, HEADERS, columnOf, headerOfPath } from './household-columns.ts';
import type { Header } from './household-columns.ts';

/** registrations sent to the store together (its group commit writes them in one transaction) */
const IN_FLIGHT = 16;

/** one finding about one row: the sheet's row number (the header is row 1), the column, a stable code, both languages */
export interface RowError {
  row: number;
  column: Header | null;
  code: string;
  message_zh: string;
  message_en: string;
}

/** a household read from the sheet: its rows (sheet row numbers, one per member in order) and the value built from them */
interface SheetHousehold {
  key: string;
  rows: number[];
  value: Record<string, unknown>;
  errors: RowError[];
  household: Household | null;
  warnings: RowError[];
}

/**
 * The sheet's rows, read again from the start each time it is called (a non-partial import reads the file twice:
 * once to judge every household, once to register them, so no household is held from the first read to the second).
 */
export type RowSource = () => AsyncIterable<string[]> | Iterable<string[]>;

/** errors, warnings and registered households listed in the report itself; every one of them is in the job's file */
export const LISTED = 1000;

export interface ImportReport {
  dryRun: boolean;
  partial: boolean;
  rows: number;
  households: number;
  /** households that pass every rule */
  valid: number;
  /** valid households not registered yet (a dry run: would be registered; an import refused as a whole: not counted) */
  new: number;
  /** households whose head's resident ID is already registered: left as they are (as `new`) */
  existing: number;
  /** households this import registered */
  registered: number;
  /** households refused (their rows have errors) */
  refused: number;
  /** how many errors and warnings there are in all (the lists below hold the first LISTED of each) */
  errorCount: number;
  warningCount: number;
  /** true when a list was cut at LISTED entries: the job's result file (GET /jobs/:id/result, CSV) lists every one */
  truncated: boolean;
  errors: RowError[];
  warnings: RowError[];
  /** the households registered, with the sheet row of their head */
  registeredHouseholds: { row: number; householdId: string }[];
}

const err = (row: number, column: Header | null, code: string, zh: string, en: string): RowError => ({ row, column, code, message_zh: zh, message_en: en });

/** the sheet's header row → the index of each known column; missing required columns refuse the whole file */
export const headerIndex = (header: string[]): Map<Header, number> => {
  const index = new Map<Header, number>();
  header.forEach((h, i) => {
    const name = h.trim().replace(/\(/g, '（').replace(/\)/g, '）') as Header;
    if (HEADERS.includes(name)) index.set(name, i);
  });
  const missing = COLUMNS.filter((c) => 'required' in c && c.required && !index.has(c.header)).map((c) => c.header);
  if (missing.length > 0) {
    throw new ProblemError(400, 'IMPORT_COLUMNS_MISSING', `表头缺少列：${missing.join('、')}（请使用导入模板）`, `Missing columns: ${missing.join(', ')} (use the import template)`, { columns: missing, expected: HEADERS });
  }
  return index;
};

export const emptyFile = () => new ProblemError(400, 'IMPORT_EMPTY', '文件为空', 'The file is empty');

const splitList = (text: string) => text.split(/[、,，;；\s]+/).map((s) => s.trim()).filter((s) => s !== '');

/**
 * Reads the sheet's rows into households (input shape for HouseholdSchema) as they come, recording what cannot even
 * be read: an unknown coded value, a number that is not one. Everything else is judged by the schema and the rules.
 * A household's rows follow one another (the template and the national system's lists are ordered by household):
 * a household is complete when a row of another begins, so only one is held at a time. A row whose household was
 * already complete further up is refused (HOUSEHOLD_ROWS_APART) rather than silently starting a second household.
 * `counted` receives the number of data rows read once the sheet has ended.
 */
export async function* readHouseholds(table: AsyncIterable<string[]> | Iterable<string[]>, counted?: (rows: number) => void): AsyncGenerator<SheetHousehold> {
  let index: Map<Header, number> | null = null;
  let row = 1;
  let current: SheetHousehold | null = null;
  // the heads' IDs of the households already complete (a county's 200,000 IDs are a few MB, their rows are not kept)
  const complete = new Set<string>();
  for await (const cells of table) {
    if (index === null) {
      index = headerIndex(cells);
      continue;
    }
    row += 1;
    const columns = index;
    const text = (h: Header) => (columns.has(h) ? (cells[columns.get(h) ?? -1] ?? '').trim() : '');
    const errors: RowError[] = [];
    const coded = (h: Header): string | undefined => {
      const value = text(h);
      if (value === '') return undefined;
      const codes = columnOf(h).codes ?? {};
      const code = codes[value];
      if (code === undefined) errors.push(err(row, h, 'NOT_IN_ENUM', `「${h}」的值“${value}”不在可选项中：${Object.keys(codes).join('/')}`, `"${value}" is not an allowed value of ${columnOf(h).en}: ${Object.keys(codes).join('/')}`));
      return code;
    };
    const codedList = (h: Header): string[] => {
      const codes = columnOf(h).codes ?? {};
      return splitList(text(h)).flatMap((v) => {
        const code = codes[v];
        if (code === undefined) {
          errors.push(err(row, h, 'NOT_IN_ENUM', `「${h}」的值“${v}”不在可选项中：${Object.keys(codes).join('/')}`, `"${v}" is not an allowed value of ${columnOf(h).en}`));
          return [];
        }
        return [code];
      });
    };
    const number = (h: Header): number | undefined => {
      const value = text(h);
      if (value === '') return undefined;
      const n = Number(value.replace(/,/g, ''));
      if (!Number.isFinite(n)) {
        errors.push(err(row, h, 'NOT_A_NUMBER', `「${h}」应为数字，填写的是“${value}”`, `${columnOf(h).en} must be a number, not "${value}"`));
        return undefined;
      }
      return n;
    };
    const key = text('户主身份证号').toUpperCase();
    if (current !== null && current.key !== key) {
      complete.add(current.key);
      yield current;
      current = null;
    }
    if (key === '') {
      errors.push(err(row, '户主身份证号', 'REQUIRED', '每一行都要填写户主身份证号', 'Every row needs the head’s resident ID'));
      yield { key: `row-${row}`, rows: [row], value: {}, errors, household: null, warnings: [] };
      continue;
    }
    if (current === null && complete.has(key)) {
      errors.push(err(row, '户主身份证号', 'HOUSEHOLD_ROWS_APART', '同一户的各行应连续排列：该户的行已在前面读完，请把本行移到该户其他行的下面', 'A household’s rows must follow one another: this household’s rows ended further up; move this row under them'));
      yield { key: `row-${row}`, rows: [row], value: {}, errors, household: null, warnings: [] };
      continue;
    }
    if (current === null) {
      const year = text('收入年度');
      const incomes: Record<string, unknown> = {};
      if (year !== '') {
        incomes[year] = {
          wage: number('工资性收入') ?? 0, business: number('经营性收入') ?? 0, property: number('财产性收入') ?? 0,
          transfer: number('转移性收入') ?? 0, productionCosts: number('生产经营性支出') ?? 0,
        };
      }
      const registration = coded('户类型');
      current = {
        key, rows: [], errors: [], household: null, warnings: [],
        value: {
          head: '', residentId: key, villageCode: text('村代码'), group: text('组'), members: [],
          registration, povertyStatus: coded('脱贫属性') ?? null, mainCauseOfPoverty: coded('主要致贫原因') ?? null,
          otherCausesOfPoverty: codedList('其他致贫原因'), policiesEnjoyed: codedList('已享受政策'),
          risks: codedList('返贫致贫风险').map((kind) => ({ kind })), incomes,
        },
      };
    }
    const health = coded('健康状况');
    const grade = number('残疾等级');
    const months = number('务工时间（月）');
    const birthDate = text('出生日期');
    const memberId = text('成员身份证号');
    const relation = coded('与户主关系');
    const member = {
      name: text('成员姓名'),
      relation,
      ...(memberId === '' ? {} : { residentId: memberId }),
      ...(birthDate === '' ? {} : { birthDate }),
      studentStatus: coded('在校生状况'),
      health: health === 'disabled' ? { status: health, grade } : health === undefined ? undefined : { status: health },
      labour: coded('劳动技能'),
      employment: { place: coded('务工地点') ?? 'none', ...(months === undefined ? {} : { monthsPerYear: months }) },
    };
    (current.value.members as unknown[]).push(member);
    if (relation === 'head') current.value.head = member.name;
    current.rows.push(row);
    current.errors.push(...errors);
  }
  if (index === null) throw emptyFile();
  if (current !== null) yield current;
  counted?.(row - 1);
}

/** every finding of one household: the schema (as POST /households judges it), jurisdiction, the data checks */
const judge = (h: SheetHousehold, identity: Identity): void => {
  const first = h.rows[0] ?? 0;
  const rowOf = (member: number | null) => (member === null ? first : h.rows[member] ?? first);
  const { errors } = zodFieldErrors(HouseholdSchema, h.value);
  for (const e of errors) {
    const path = e.pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const { header, member } = headerOfPath(path);
    // a value the sheet could not read is already reported; the schema's "required" for it would repeat it
    if (h.errors.some((x) => x.row === rowOf(member) && x.column === header)) continue;
    h.errors.push(err(rowOf(member), header, e.code, e.message_zh, e.message_en));
  }
  if (h.errors.length > 0) return;
  const household = HouseholdSchema.parse(h.value);
  if (!within(identity, household.villageCode)) {
    h.errors.push(err(first, '村代码', 'OUTSIDE_JURISDICTION', `村代码 ${household.villageCode} 不在您的管辖范围内`, `Village ${household.villageCode} is outside your jurisdiction`));
    return;
  }
  // the household chain refuses a registration as 边缘户 (src/households/invariants.ts): said per row before anything is written
  if (registersAsEdge(household)) h.errors.push(err(first, '户类型', edgeRegistrationRefused.code, edgeRegistrationRefused.zh, edgeRegistrationRefused.en));
  const findings = checkHouseholdData(household);
  const memberOf = (facts: unknown) => (typeof facts === 'object' && facts !== null && typeof (facts as { member?: unknown }).member === 'number' ? (facts as { member: number }).member : null);
  for (const r of findings.refusals) h.errors.push(err(rowOf(memberOf(r.facts)), null, r.code, `数据逻辑错误：${r.zh}`, `The data fails a logic check: ${r.en}`));
  for (const r of findings.warnings) h.warnings.push(err(rowOf(memberOf(r.facts)), null, r.code, r.zh, r.en));
  if (h.errors.length === 0) h.household = household;
};

const alreadyClaimed = async (services: Services, residentId: string): Promise<boolean> =>
  residentClaimed(services.store, residentId, services.personalKeys?.claimKey ?? null);

export interface ImportOptions {
  dryRun: boolean;
  partial: boolean;
  identity: Identity;
  /** the actor recorded on every registration (authorized for household.register) */
  actor: Actor;
  correlationId: string;
  progress?: (done: number, total: number, errors: number) => void;
}

/** the report, and when a list was cut at LISTED entries, every error, warning and registration as a CSV file */
export interface ImportOutcome {
  report: ImportReport;
  file: { filename: string; contentType: string; body: Buffer } | null;
}

/** lets the event loop turn every so many households: requests are served while a county is judged */
const YIELD_EVERY = 500;
const turn = () => new Promise<void>((resolve) => { setImmediate(resolve); });

const FILE_HEADERS = ['类别', '行号', '列', '代码', '说明', 'message', '农户ID'];
const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const findingLine = (kind: string, e: RowError) => [kind, String(e.row), e.column ?? '', e.code, e.message_zh, e.message_en, ''].map(csvCell).join(',');
const registeredLine = (row: number, householdId: string) => ['已登记', String(row), '', '', '', '', householdId].map(csvCell).join(',');

/** lines past the report's lists, as UTF-8 in chunks of so many lines (a county's 200,000 lines are not 200,000 strings) */
const LINES_PER_CHUNK = 1024;

/**
 * The report's lists, kept to LISTED entries each; what goes past them is kept as CSV lines in UTF-8 chunks for the
 * job's file, so a county whose every row is wrong does not hold 400,000 error objects or strings.
 */
class Findings {
  readonly report: ImportReport;
  readonly #chunks: Buffer[] = [];
  #lines: string[] = [];
  constructor(report: ImportReport) { this.report = report; }
  error(e: RowError): void {
    this.report.errorCount += 1;
    if (this.report.errors.length < LISTED) this.report.errors.push(e);
    else this.#overflow(findingLine('错误', e));
  }
  warning(e: RowError): void {
    this.report.warningCount += 1;
    if (this.report.warnings.length < LISTED) this.report.warnings.push(e);
    else this.#overflow(findingLine('提示', e));
  }
  registered(row: number, householdId: string): void {
    if (this.report.registeredHouseholds.length < LISTED) this.report.registeredHouseholds.push({ row, householdId });
    else this.#overflow(registeredLine(row, householdId));
  }
  #overflow(line: string): void {
    this.#lines.push(line);
    if (this.#lines.length >= LINES_PER_CHUNK) this.#flush();
  }
  #flush(): void {
    if (this.#lines.length > 0) this.#chunks.push(Buffer.from(`${this.#lines.join('\r\n')}\r\n`, 'utf8'));
    this.#lines = [];
  }
  /** the whole lists as CSV (UTF-8 with BOM), when the report's were cut */
  file(): ImportOutcome['file'] {
    this.#flush();
    this.report.truncated = this.#chunks.length > 0;
    if (!this.report.truncated) return null;
    const r = this.report;
    const listed = [
      FILE_HEADERS.join(','),
      ...r.errors.map((e) => findingLine('错误', e)), ...r.warnings.map((e) => findingLine('提示', e)),
      ...r.registeredHouseholds.map((h) => registeredLine(h.row, h.householdId)),
    ];
    const body = Buffer.concat([Buffer.from(`\uFEFF${listed.join('\r\n')}\r\n`, 'utf8'), ...this.#chunks]);
    this.#chunks.length = 0;
    return { filename: '农户导入结果.csv', contentType: 'text/csv; charset=utf-8', body };
  }
}

/**
 * Judges every household of the sheet and, unless a dry run, registers the valid ones through the path of
 * `POST /households` (the resident claim, then the engine): a head already registered is left alone, so importing
 * the same file again registers nothing. Without `partial`, one refused household means nothing is registered: the
 * file is read twice, once to judge (nothing written), once to register. A dry run or a partial import reads it once.
 * Households are read, judged and registered one after another (IN_FLIGHT at a time): a county's file is never
 * held as households, only the lists the report answers.
 */
export const importHouseholds = async (services: Services, source: RowSource, options: ImportOptions): Promise<ImportOutcome> => {
  const report: ImportReport = {
    dryRun: options.dryRun, partial: options.partial, rows: 0, households: 0, valid: 0, new: 0, existing: 0,
    registered: 0, refused: 0, errorCount: 0, warningCount: 0, truncated: false, errors: [], warnings: [], registeredHouseholds: [],
  };
  const findings = new Findings(report);
  const progress = options.progress ?? (() => {});
  // first (or only) reading: every household judged, every finding recorded; registered here only if partial
  const registerNow = !options.dryRun && options.partial;
  let lastPosition = -1;
  let done = 0;
  const settle = async (batch: Household[], rows: number[], write: boolean) => {
    const outcomes = await Promise.all(batch.map(async (household) => (write
      ? register(services, household, options)
      : ((await alreadyClaimed(services, household.residentId)) ? null : { id: '', position: -1 }))));
    outcomes.forEach((outcome, i) => {
      if (outcome === null) report.existing += 1;
      else report.new += 1;
      if (write && outcome !== null) {
        report.registered += 1;
        findings.registered(rows[i] ?? 0, outcome.id);
        lastPosition = Math.max(lastPosition, outcome.position);
      }
    });
    done += batch.length;
  };
  let batch: Household[] = [];
  let batchRows: number[] = [];
  for await (const h of readHouseholds(source(), (n) => { report.rows = n; })) {
    report.households += 1;
    if (h.errors.length === 0) judge(h, options.identity);
    for (const e of h.errors) findings.error(e);
    for (const w of h.warnings) findings.warning(w);
    if (h.household === null) {
      report.refused += 1;
      if (options.dryRun || registerNow) done += 1;
    } else {
      report.valid += 1;
      if (options.dryRun || registerNow) {
        batch.push(h.household);
        batchRows.push(h.rows[0] ?? 0);
      }
    }
    if (batch.length >= IN_FLIGHT) {
      await settle(batch, batchRows, registerNow);
      batch = [];
      batchRows = [];
    }
    if (report.households % YIELD_EVERY === 0) {
      progress(done, report.households, report.errorCount);
      await turn();
    }
  }
  if (batch.length > 0) await settle(batch, batchRows, registerNow);
  progress(done, report.households, report.errorCount);
  if (!options.dryRun && !options.partial && report.errorCount === 0) {
    // second reading: the file holds no error, so every household is registered (or found registered already)
    batch = [];
    batchRows = [];
    for await (const h of readHouseholds(source())) {
      judge(h, options.identity);
      if (h.household === null) continue; // judged valid a moment ago: the rules are the same
      batch.push(h.household);
      batchRows.push(h.rows[0] ?? 0);
      if (batch.length >= IN_FLIGHT) {
        await settle(batch, batchRows, true);
        batch = [];
        batchRows = [];
        if (done % (IN_FLIGHT * 8) === 0) progress(done, report.households, 0);
      }
    }
    if (batch.length > 0) await settle(batch, batchRows, true);
    progress(done, report.households, 0);
  }
  if (lastPosition >= 0) await services.projector.waitFor(lastPosition);
  return { report, file: findings.file() };
};

/** POST /households's registration: the new household's id and position, or null when the head is registered already */
const register = async (services: Services, household: Household, options: ImportOptions): Promise<{ id: string; position: number } | null> => {
  const now = services.clock.now().toISOString();
  const ctx: CommandContext = { actor: options.actor, occurredAt: now, correlationId: options.correlationId };
  const metadata = { actor: options.actor, occurredAt: now, correlationId: options.correlationId, causationId: null, commandId: null };
  const decisions = registerHousehold(household);
  validateAppend(`${householdChain.streamPrefix}new`, decisions.map((d) => ({ ...d, metadata })));
  const fresh = services.newId();
  const id = await claimResident(services.store, household.residentId, fresh, metadata, services.personalKeys?.claimKey ?? null);
  try {
    const outcome = await services.engine.execute(householdChain, id, ctx, () => decisions);
    return { id, position: outcome.position };
  } catch (error) {
    if (error instanceof ConcurrencyError || (error instanceof ProblemError && error.code === 'STEP_NOT_ALLOWED')) return null;
    throw error;
  }
};
