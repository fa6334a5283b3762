import { Document } from 'slimdom';
import { parseXlsxSheets, toXlsxSheets, type Table } from '../office/sheet.ts';
import { BASE_TYPES, FormDefinitionSchema, baseType, listOf, type Choice, type FormDefinition, type Question } from './form.ts';
import { syntaxError, translateReferences, XPathError } from './xpath.ts';

/**
 * A questionnaire to and from a workbook in the XLSForm layout: sheet `survey` (one row a question), sheet `choices`
 * (one row a choice of a list) and sheet `settings` (form_id, version, form_title). Columns by their XLSForm names, the
 * Chinese label as `label::Chinese` (plain `label` read as Chinese too); ours added: `rule_strength` (blocking |
 * warning), `rule_code`, `finding`, `finding_type`, `area_level`.
 */

/** one thing wrong with a workbook: where (sheet, row as Excel numbers it, column) and what, in both languages */
export interface FormError {
  sheet: string;
  row: number | null;
  column: string | null;
  code: string;
  zh: string;
  en: string;
}

const SURVEY_COLUMNS = [
  'type', 'name', 'label::Chinese', 'label::English', 'hint::Chinese', 'relevant', 'required', 'constraint',
  'constraint_message::Chinese', 'constraint_message::English', 'rule_strength', 'rule_code', 'finding', 'finding_type', 'area_level',
] as const;
const CHOICE_COLUMNS = ['list_name', 'name', 'label::Chinese', 'label::English'] as const;
const SETTINGS_COLUMNS = ['form_id', 'version', 'form_title'] as const;

const ALIASES: Record<string, string> = { label: 'label::Chinese', 'label::中文': 'label::Chinese', 'label::zh': 'label::Chinese', 'label::en': 'label::English', constraint_message: 'constraint_message::Chinese', hint: 'hint::Chinese', list_name: 'list_name', 'list name': 'list_name' };
const canonical = (header: string): string => ALIASES[header.trim()] ?? ALIASES[header.trim().toLowerCase()] ?? header.trim();

const TRUE = new Set(['yes', 'true', 'true()', '1', '是']);
const FALSE = new Set(['', 'no', 'false', 'false()', '0', '否']);

const yesNo = (flag: boolean | undefined): string => (flag ? 'yes' : '');

/** the definition as the three sheets' tables */
export const formTables = (form: FormDefinition): { name: string; table: Table }[] => [
  {
    name: 'survey',
    table: {
      headers: [...SURVEY_COLUMNS],
      rows: form.questions.map((q) => [
        q.type, q.name, q.label, q.labelEn ?? '', q.hint ?? '', q.relevant ?? '', yesNo(q.required), q.constraint ?? '',
        q.constraintMessage ?? '', q.constraintMessageEn ?? '', q.ruleStrength ?? '', q.ruleCode ?? '', q.finding ?? '', q.findingType ?? '', yesNo(q.areaLevel),
      ]),
    },
  },
  { name: 'choices', table: { headers: [...CHOICE_COLUMNS], rows: form.choices.map((c) => [c.list, c.name, c.label, c.labelEn ?? '']) } },
  { name: 'settings', table: { headers: [...SETTINGS_COLUMNS], rows: [[form.formId, form.version, form.title]] } },
];

export const formToXlsx = (form: FormDefinition): Promise<Buffer> => toXlsxSheets(formTables(form));

type Row = Record<string, string>;
const rowsOf = (table: string[][]): { headers: string[]; rows: { number: number; row: Row }[] } => {
  const [header = [], ...rest] = table;
  const headers = header.map(canonical);
  const rows = rest.map((cells, i) => ({ number: i + 2, row: Object.fromEntries(headers.map((h, c) => [h, cells[c] ?? ''])) }))
    .filter(({ row }) => Object.values(row).some((v) => v !== ''));
  return { headers, rows };
};

const optional = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/**
 * Reads a workbook into a definition, or every error found (not only the first): sheets and columns missing, unknown
 * types, names invalid or repeated, lists not defined, flags that are not yes/no, strengths that are neither blocking
 * nor warning, expressions XPath cannot read or that name an unknown question, repeats not closed.
 */
export const formFromTables = (sheets: Map<string, string[][]>): { ok: true; form: FormDefinition } | { ok: false; errors: FormError[] } => {
  const errors: FormError[] = [];
  const error = (sheet: string, row: number | null, column: string | null, code: string, zh: string, en: string) => errors.push({ sheet, row, column, code, zh, en });
  const sheetNamed = (name: string): string[][] | undefined => [...sheets].find(([n]) => n.trim().toLowerCase() === name)?.[1];

  const survey = sheetNamed('survey');
  const choicesSheet = sheetNamed('choices');
  const settings = sheetNamed('settings');
  if (!survey) error('survey', null, null, 'SHEET_MISSING', '缺少 survey 工作表', 'The workbook has no sheet named survey');
  if (!choicesSheet) error('choices', null, null, 'SHEET_MISSING', '缺少 choices 工作表', 'The workbook has no sheet named choices');
  if (!settings) error('settings', null, null, 'SHEET_MISSING', '缺少 settings 工作表（form_id、version、form_title）', 'The workbook has no sheet named settings (form_id, version, form_title)');
  if (!survey || !choicesSheet || !settings) return { ok: false, errors };

  const s = rowsOf(survey);
  const c = rowsOf(choicesSheet);
  const t = rowsOf(settings);
  for (const [sheet, have, need] of [['survey', s.headers, ['type', 'name', 'label::Chinese']], ['choices', c.headers, ['list_name', 'name', 'label::Chinese']], ['settings', t.headers, [...SETTINGS_COLUMNS]]] as const) {
    for (const column of need) if (!have.includes(column)) error(sheet, 1, column, 'COLUMN_MISSING', `${sheet} 工作表缺少 ${column} 列`, `Sheet ${sheet} has no column ${column}`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const choices: Choice[] = [];
  const seenChoice = new Set<string>();
  for (const { number, row } of c.rows) {
    const list = row.list_name ?? '';
    const name = row.name ?? '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(list)) error('choices', number, 'list_name', 'NAME_INVALID', `选项列表名 "${list}" 不合法（字母、数字、下划线）`, `List name "${list}" is not a valid name`);
    if (name === '') error('choices', number, 'name', 'NAME_INVALID', '选项缺少 name', 'A choice has no name');
    if (seenChoice.has(`${list}\u0000${name}`)) error('choices', number, 'name', 'NAME_DUPLICATE', `列表 ${list} 中选项 ${name} 重复`, `Choice ${name} appears twice in list ${list}`);
    seenChoice.add(`${list}\u0000${name}`);
    choices.push({ list, name, label: row['label::Chinese'] ?? '', ...(optional(row['label::English']) ? { labelEn: row['label::English'] } : {}) });
  }
  const lists = new Set(choices.map((x) => x.list));

  const questions: Question[] = [];
  const numbers: number[] = [];
  const names = new Set<string>();
  let openRepeat: string | null = null;
  for (const { number, row } of s.rows) {
    const type = (row.type ?? '').trim().replace(/\s+/g, ' ');
    const name = row.name ?? '';
    const base = baseType({ type });
    if (!(BASE_TYPES as readonly string[]).includes(base)) error('survey', number, 'type', 'TYPE_UNKNOWN', `题型 "${type}" 不支持`, `Question type "${type}" is not supported`);
    if ((base === 'select_one' || base === 'select_multiple') && !lists.has(listOf({ type }) ?? '')) error('survey', number, 'type', 'LIST_UNKNOWN', `选项列表 "${listOf({ type }) ?? ''}" 未在 choices 中定义`, `List "${listOf({ type }) ?? ''}" is not defined in choices`);
    const frame = base === 'end_repeat' || base === 'end_group';
    if (!frame && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) error('survey', number, 'name', 'NAME_INVALID', `题目名 "${name}" 不合法（字母开头，字母、数字、下划线）`, `Question name "${name}" is not a valid name`);
    if (!frame && names.has(name)) error('survey', number, 'name', 'NAME_DUPLICATE', `题目名 ${name} 重复`, `Question name ${name} is used twice`);
    if (!frame) names.add(name);
    if (base === 'begin_repeat') {
      if (openRepeat !== null) error('survey', number, 'type', 'REPEAT_UNBALANCED', '成员列表不能嵌套', 'A repeat cannot be nested');
      openRepeat = name;
    }
    if (base === 'end_repeat') {
      if (openRepeat === null) error('survey', number, 'type', 'REPEAT_UNBALANCED', 'end_repeat 前没有 begin_repeat', 'end_repeat without begin_repeat');
      openRepeat = null;
    }
    const flag = (column: 'required' | 'area_level'): boolean => {
      const value = (row[column] ?? '').trim().toLowerCase();
      if (TRUE.has(value)) return true;
      if (!FALSE.has(value)) error('survey', number, column, 'FLAG_INVALID', `${column} 只能填 yes 或 no`, `${column} must be yes or no`);
      return false;
    };
    const strength = optional(row.rule_strength);
    if (strength !== undefined && strength !== 'blocking' && strength !== 'warning') error('survey', number, 'rule_strength', 'STRENGTH_INVALID', 'rule_strength 只能填 blocking（不允许提交）或 warning（警告但允许提交）', 'rule_strength must be blocking or warning');
    if (strength !== undefined && optional(row.constraint) === undefined) error('survey', number, 'rule_strength', 'STRENGTH_WITHOUT_CONSTRAINT', '填写了 rule_strength 但没有 constraint', 'rule_strength without a constraint');
    const code = optional(row.rule_code);
    if (code !== undefined && !/^[A-Z][A-Z0-9_]*$/.test(code)) error('survey', number, 'rule_code', 'NAME_INVALID', 'rule_code 应为大写字母、数字、下划线', 'rule_code must be UPPER_SNAKE_CASE');
    const required = flag('required');
    const areaLevel = flag('area_level');
    const question: Question = {
      type, name, label: row['label::Chinese'] ?? '',
      ...(optional(row['label::English']) ? { labelEn: row['label::English'] } : {}),
      ...(optional(row['hint::Chinese']) ? { hint: row['hint::Chinese'] } : {}),
      ...(optional(row.relevant) ? { relevant: row.relevant } : {}),
      ...(optional(row.constraint) ? { constraint: row.constraint } : {}),
      ...(optional(row['constraint_message::Chinese']) ? { constraintMessage: row['constraint_message::Chinese'] } : {}),
      ...(optional(row['constraint_message::English']) ? { constraintMessageEn: row['constraint_message::English'] } : {}),
      ...(strength === 'blocking' || strength === 'warning' ? { ruleStrength: strength } : {}),
      ...(code !== undefined ? { ruleCode: code } : {}),
      ...(required ? { required } : {}),
      ...(optional(row.finding) ? { finding: row.finding } : {}),
      ...(optional(row.finding_type) ? { findingType: row.finding_type } : {}),
      ...(areaLevel ? { areaLevel } : {}),
    };
    questions.push(question);
    numbers.push(number);
  }
  if (openRepeat !== null) error('survey', null, 'type', 'REPEAT_UNBALANCED', `成员列表 ${openRepeat} 没有 end_repeat`, `Repeat ${openRepeat} has no end_repeat`);

  // expressions: every ${name} a question of the form, and XPath can read them (checked on an empty instance)
  const doc = new Document();
  doc.appendChild(doc.createElement('data'));
  questions.forEach((q, i) => {
    for (const column of ['relevant', 'constraint', 'finding'] as const) {
      const expression = q[column];
      if (expression === undefined) continue;
      try {
        const xpath = translateReferences(expression, (n) => (names.has(n) ? `/data/${n}` : null));
        const wrong = syntaxError(xpath, doc);
        if (wrong !== null) error('survey', numbers[i] ?? null, column, 'XPATH_INVALID', `${column} 表达式无法解析：${wrong}`, `The ${column} expression does not parse: ${wrong}`);
      } catch (e) {
        if (!(e instanceof XPathError)) throw e;
        error('survey', numbers[i] ?? null, column, 'REFERENCE_UNKNOWN', `${column} 引用了不存在的题目：${e.message}`, `The ${column} expression names ${e.message}`);
      }
    }
  });

  const setting = t.rows[0]?.row ?? {};
  const parsed = FormDefinitionSchema.safeParse({ formId: setting.form_id ?? '', version: setting.version ?? '', title: setting.form_title ?? '', questions, choices });
  if (!parsed.success && errors.length === 0) {
    for (const issue of parsed.error.issues) {
      const [head] = issue.path;
      const sheet = head === 'questions' ? 'survey' : head === 'choices' ? 'choices' : 'settings';
      const column = typeof head === 'string' && head !== 'questions' && head !== 'choices' ? ({ formId: 'form_id', version: 'version', title: 'form_title' } as Record<string, string>)[head] ?? head : String(issue.path.at(-1) ?? '');
      error(sheet, null, column, 'VALUE_INVALID', `${column} 的值不合法`, `${column}: ${issue.message}`);
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, form: parsed.data };
};

export const formFromXlsx = async (body: Buffer): Promise<ReturnType<typeof formFromTables>> => {
  let sheets: Map<string, string[][]>;
  try {
    sheets = await parseXlsxSheets(body);
  } catch {
    return { ok: false, errors: [{ sheet: '', row: null, column: null, code: 'FILE_UNREADABLE', zh: '文件无法读取：请上传 xlsx', en: 'The file cannot be read as xlsx' }] };
  }
  return formFromTables(sheets);
};
