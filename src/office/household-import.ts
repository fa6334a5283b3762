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

export interface ImportReport {
  dryRun: boolean;
  partial: boolean;
  rows: number;
  households: number;
  /** households that pass every rule */
  valid: number;
  /** valid households not registered yet (a dry run: would be registered) */
  new: number;
  /** households whose head's resident ID is already registered: left as they are */
  existing: number;
  /** households this import registered */
  registered: number;
  /** households refused (their rows have errors) */
  refused: number;
  errors: RowError[];
  warnings: RowError[];
  /** the households registered, with the sheet row of their head */
  registeredHouseholds: { row: number; householdId: string }[];
}

const err = (row: number, column: Header | null, code: string, zh: string, en: string): RowError => ({ row, column, code, message_zh: zh, message_en: en });

/** the sheet's header row → the index of each known column; missing required columns refuse the whole file */
const headerIndex = (header: string[]): Map<Header, number> => {
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

const splitList = (text: string) => text.split(/[、,，;；\s]+/).map((s) => s.trim()).filter((s) => s !== '');

/**
 * Reads the sheet's rows into households (input shape for HouseholdSchema), recording what cannot even be read:
 * an unknown coded value, a number that is not one. Everything else is judged by the schema and the rules.
 */
export const readHouseholds = (table: string[][]): { rows: number; households: SheetHousehold[] } => {
  const [header, ...data] = table;
  if (!header) throw new ProblemError(400, 'IMPORT_EMPTY', '文件为空', 'The file is empty');
  const index = headerIndex(header);
  const byKey = new Map<string, SheetHousehold>();
  const households: SheetHousehold[] = [];
  data.forEach((cells, i) => {
    const row = i + 2;
    const text = (h: Header) => (index.has(h) ? (cells[index.get(h) ?? -1] ?? '').trim() : '');
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
    if (key === '') {
      errors.push(err(row, '户主身份证号', 'REQUIRED', '每一行都要填写户主身份证号', 'Every row needs the head’s resident ID'));
      households.push({ key: `row-${row}`, rows: [row], value: {}, errors, household: null, warnings: [] });
      return;
    }
    let household = byKey.get(key);
    if (!household) {
      const year = text('收入年度');
      const incomes: Record<string, unknown> = {};
      if (year !== '') {
        incomes[year] = {
          wage: number('工资性收入') ?? 0, business: number('经营性收入') ?? 0, property: number('财产性收入') ?? 0,
          transfer: number('转移性收入') ?? 0, productionCosts: number('生产经营性支出') ?? 0,
        };
      }
      const registration = coded('户类型');
      household = {
        key, rows: [], errors: [], household: null, warnings: [],
        value: {
          head: '', residentId: key, villageCode: text('村代码'), group: text('组'), members: [],
          registration, povertyStatus: coded('脱贫属性') ?? null, mainCauseOfPoverty: coded('主要致贫原因') ?? null,
          otherCausesOfPoverty: codedList('其他致贫原因'), policiesEnjoyed: codedList('已享受政策'),
          risks: codedList('返贫致贫风险').map((kind) => ({ kind })), incomes,
        },
      };
      byKey.set(key, household);
      households.push(household);
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
    (household.value.members as unknown[]).push(member);
    if (relation === 'head') household.value.head = member.name;
    household.rows.push(row);
    household.errors.push(...errors);
  });
  return { rows: data.length, households };
};

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

/**
 * Judges every household of the sheet and, unless a dry run, registers the valid ones through the path of
 * `POST /households` (the resident claim, then the engine): a head already registered is left alone, so importing
 * the same file again registers nothing. Without `partial`, one refused household means nothing is registered.
 */
export const importHouseholds = async (services: Services, table: string[][], options: ImportOptions): Promise<ImportReport> => {
  // the sheet's rows are read once into households: emptied here, so a county's rows are not held through the import
  const { rows, households } = readHouseholds(table.splice(0));
  const total = households.length;
  let errorCount = 0;
  const step = Math.max(1, Math.floor(total / 100));
  households.forEach((h, i) => {
    if (h.errors.length === 0) judge(h, options.identity);
    h.value = {}; // the sheet's input shape is judged: only the parsed household (or the errors) is kept
    errorCount += h.errors.length;
    if (i % step === 0) options.progress?.(options.dryRun ? i + 1 : 0, total, errorCount);
  });
  const errors = households.flatMap((h) => h.errors).sort((a, b) => a.row - b.row);
  const warnings = households.flatMap((h) => h.warnings).sort((a, b) => a.row - b.row);
  const valid = households.filter((h) => h.household !== null);
  const report: ImportReport = {
    dryRun: options.dryRun, partial: options.partial, rows, households: total, valid: valid.length, new: 0, existing: 0,
    registered: 0, refused: total - valid.length, errors, warnings, registeredHouseholds: [],
  };
  const write = !options.dryRun && (options.partial || errors.length === 0);
  let lastPosition = -1;
  let done = 0;
  // registrations go to the store IN_FLIGHT at a time, so the store's group commit writes them together; each is
  // still decided alone (its own claim, its own stream), and the report keeps the sheet's order
  for (let from = 0; from < households.length; from += IN_FLIGHT) {
    const chunk = households.slice(from, from + IN_FLIGHT);
    const outcomes = await Promise.all(chunk.map(async (h) => {
      const household = h.household;
      if (household === null) return null;
      if (!write) return { h, existing: await alreadyClaimed(services, household.residentId), registered: null };
      const registered = await register(services, household, options);
      return { h, existing: registered === null, registered };
    }));
    for (const h of chunk) h.household = null; // registered or known: the facts now live in the store and read models
    for (const outcome of outcomes) {
      done += 1;
      if (outcome !== null) {
        if (outcome.existing) report.existing += 1;
        else report.new += 1;
        if (outcome.registered) {
          report.registered += 1;
          report.registeredHouseholds.push({ row: outcome.h.rows[0] ?? 0, householdId: outcome.registered.id });
          lastPosition = Math.max(lastPosition, outcome.registered.position);
        }
      }
    }
    options.progress?.(done, total, errors.length);
  }
  if (lastPosition >= 0) await services.projector.waitFor(lastPosition);
  return report;
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
