import { fieldLabel } from './labels.ts';
import { ProblemError } from './problem.ts';

/**
 * One wrong field of a request, the same whichever validator found it (zod in `parseWith`, or Fastify's AJV for
 * params, query and body): where (`in` and an RFC 6901 JSON Pointer into that part), a stable code programs can
 * switch on, and a message in Chinese for the office and in English for integrators.
 */
export interface FieldError {
  /** the part of the request, as OpenAPI names them */
  in: RequestPart;
  /** RFC 6901 JSON Pointer into that part ('' is the whole part), e.g. /members/0/residentId */
  pointer: string;
  code: string;
  /** the field as the forms call it, e.g. 家庭成员第 1 项·身份证号 */
  field_zh: string;
  message_zh: string;
  message_en: string;
  /** NOT_IN_ENUM: what the field may be */
  allowed?: readonly JsonScalar[];
  /** the limit a length, count or range error is about */
  limit?: number;
}

export type RequestPart = 'body' | 'query' | 'path' | 'header';
export type JsonScalar = string | number | boolean | null;

/** the codes the validators' findings are translated to; a domain check may use a code of its own (e.g. RESIDENT_ID_CHECK_DIGIT) */
export type FieldErrorCode =
  | 'REQUIRED'
  | 'UNKNOWN_FIELD'
  | 'WRONG_TYPE'
  | 'NOT_AN_INTEGER'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_FEW_ITEMS'
  | 'TOO_MANY_ITEMS'
  | 'OUT_OF_RANGE'
  | 'NOT_A_MULTIPLE'
  | 'NOT_IN_ENUM'
  | 'NOT_A_DATE'
  | 'NOT_A_DATE_TIME'
  | 'NOT_A_UUID'
  | 'INVALID_FORMAT'
  | 'INVALID_KEY'
  | 'DUPLICATE_ITEMS'
  | 'NO_MATCHING_FORM'
  | 'INVALID_VALUE';

/** what is wrong, without where */
export interface Finding {
  code: string;
  zh: string;
  en: string;
  allowed?: readonly JsonScalar[];
  limit?: number;
}

/** RFC 6901: '~' → '~0', '/' → '~1' */
export const escapePointerToken = (token: string): string => token.replaceAll('~', '~0').replaceAll('/', '~1');

export const toPointer = (path: ReadonlyArray<string | number>): string => path.map((p) => `/${escapePointerToken(String(p))}`).join('');

export const fromPointer = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));

const PART_ZH: Readonly<Record<RequestPart, string>> = { body: '请求内容', query: '查询参数', path: '地址参数', header: '请求头' };
const PART_EN: Readonly<Record<RequestPart, string>> = { body: 'body', query: 'query parameter', path: 'path parameter', header: 'header' };

/** 家庭成员第 1 项·身份证号 for /members/0/residentId; names without a label as they are spelled */
export const fieldNameZh = (part: RequestPart, pointer: string): string => {
  const tokens = fromPointer(pointer);
  if (tokens.length === 0) return PART_ZH[part];
  const words: string[] = [];
  for (const token of tokens) {
    const last = words.pop();
    if (last !== undefined && /^(0|[1-9]\d{0,8})$/.test(token)) words.push(`${last}第 ${Number(token) + 1} 项`);
    else words.push(...(last === undefined ? [] : [last]), fieldLabel(token)?.zh ?? token);
  }
  return words.join('·');
};

const whereEn = (part: RequestPart, pointer: string): string =>
  pointer === '' ? `the ${PART_EN[part]}` : part === 'body' ? pointer : `${PART_EN[part]} ${fromPointer(pointer).join('/')}`;

const quoted = (values: readonly JsonScalar[]): { zh: string; en: string } => ({
  zh: values.map((v) => (typeof v === 'string' ? `“${v}”` : String(v))).join('、'),
  en: values.map((v) => JSON.stringify(v)).join(', '),
});

const TYPE_WORDS: Readonly<Record<string, { zh: string; en: string }>> = {
  string: { zh: '文字', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否（true/false）', en: 'true or false' },
  object: { zh: '一组字段（对象）', en: 'an object' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值（null）', en: 'null' },
};

/** the vocabulary: what each code says (with its limit or allowed values) */
export const finding = {
  required: (): Finding => ({ code: 'REQUIRED', zh: '必须填写', en: 'is required' }),
  unknownField: (): Finding => ({ code: 'UNKNOWN_FIELD', zh: '不是可填写的字段，请检查拼写', en: 'is not a known field (check the spelling)' }),
  wrongType: (expected: readonly string[]): Finding => {
    if (expected.length === 1 && (expected[0] === 'integer' || expected[0] === 'int')) return finding.notAnInteger();
    const words = expected.map((t) => TYPE_WORDS[t] ?? { zh: t, en: t });
    return { code: 'WRONG_TYPE', zh: `应为${words.map((w) => w.zh).join('或')}`, en: `must be ${words.map((w) => w.en).join(' or ')}` };
  },
  notAnInteger: (): Finding => ({ code: 'NOT_AN_INTEGER', zh: '应为整数', en: 'must be a whole number' }),
  tooShort: (limit: number): Finding =>
    limit <= 1
      ? { code: 'TOO_SHORT', zh: '不能为空', en: 'must not be empty', limit }
      : { code: 'TOO_SHORT', zh: `至少 ${limit} 个字符`, en: `must have at least ${limit} characters`, limit },
  tooLong: (limit: number): Finding => ({ code: 'TOO_LONG', zh: `最多 ${limit} 个字符`, en: `must have at most ${limit} characters`, limit }),
  tooFewItems: (limit: number): Finding => ({ code: 'TOO_FEW_ITEMS', zh: `至少填写 ${limit} 项`, en: `must have at least ${limit} item${limit === 1 ? '' : 's'}`, limit }),
  tooManyItems: (limit: number): Finding => ({ code: 'TOO_MANY_ITEMS', zh: `最多填写 ${limit} 项`, en: `must have at most ${limit} item${limit === 1 ? '' : 's'}`, limit }),
  outOfRange: (comparison: '>=' | '>' | '<=' | '<', limit: number): Finding => {
    const words = { '>=': ['不能小于', 'at least'], '>': ['应大于', 'greater than'], '<=': ['不能大于', 'at most'], '<': ['应小于', 'less than'] }[comparison];
    return { code: 'OUT_OF_RANGE', zh: `${words[0]} ${limit}`, en: `must be ${words[1]} ${limit}`, limit };
  },
  notAMultiple: (of: number): Finding => ({ code: 'NOT_A_MULTIPLE', zh: `应为 ${of} 的整数倍`, en: `must be a multiple of ${of}`, limit: of }),
  notInEnum: (allowed: readonly JsonScalar[]): Finding => {
    const q = quoted(allowed);
    return allowed.length === 1
      ? { code: 'NOT_IN_ENUM', zh: `只能是 ${q.zh}`, en: `must be ${q.en}`, allowed }
      : { code: 'NOT_IN_ENUM', zh: `只能是以下之一：${q.zh}`, en: `must be one of ${q.en}`, allowed };
  },
  notADate: (): Finding => ({ code: 'NOT_A_DATE', zh: '应为实际存在的日期，格式为 年-月-日（如 2026-03-18）', en: 'must be a real date as YYYY-MM-DD' }),
  notADateTime: (): Finding => ({
    code: 'NOT_A_DATE_TIME', zh: '应为带时区的时间（如 2026-03-18T09:30:00+08:00）', en: 'must be a date and time with an offset, e.g. 2026-03-18T09:30:00+08:00',
  }),
  notAUuid: (): Finding => ({ code: 'NOT_A_UUID', zh: '应为 UUID 格式的编号', en: 'must be a UUID' }),
  invalidFormat: (): Finding => ({ code: 'INVALID_FORMAT', zh: '格式不正确', en: 'has the wrong format' }),
  invalidKey: (): Finding => ({ code: 'INVALID_KEY', zh: '名称格式不正确', en: 'is not an allowed key here' }),
  duplicateItems: (): Finding => ({ code: 'DUPLICATE_ITEMS', zh: '有重复项', en: 'must not contain duplicates' }),
  noMatchingForm: (): Finding => ({ code: 'NO_MATCHING_FORM', zh: '不符合任何一种允许的填写方式', en: 'matches none of the allowed forms' }),
  invalidValue: (en?: string): Finding => ({ code: 'INVALID_VALUE', zh: '填写有误', en: en ?? 'is invalid' }),
} as const;

/** a finding placed at a field */
export const fieldError = (part: RequestPart, pointer: string, f: Finding): FieldError => {
  const field = fieldNameZh(part, pointer);
  return {
    in: part,
    pointer,
    code: f.code,
    field_zh: field,
    // 意见不能为空, 身份证号校验位不符; a name without a label (as spelled in the request) is set off by a space
    message_zh: `${field}${/[\x21-\x7e]$/.test(field) ? ' ' : ''}${f.zh}`,
    message_en: `${whereEn(part, pointer)}: ${f.en}`,
    ...(f.allowed !== undefined ? { allowed: f.allowed } : {}),
    ...(f.limit !== undefined ? { limit: f.limit } : {}),
  };
};

/** how many errors one answer lists; the rest are counted (a hostile body can have thousands) */
export const MAX_LISTED_ERRORS = 50;
/** how many of a validator's raw findings are translated at most: past that, the answer says "at least" */
export const MAX_EXAMINED_FINDINGS = 1000;
const SUMMARISED = 3;

const SPECIFIC_FORMATS = new Set(['NOT_A_DATE', 'NOT_A_DATE_TIME', 'NOT_A_UUID']);

/**
 * One error per field and code, in the order found; a field that is not a date (or a date-time or UUID) is not
 * also said to have the wrong format (JSON Schema checks both a `format` and the `pattern` that spells it out).
 */
export const distinctErrors = (errors: readonly FieldError[]): FieldError[] => {
  const where = (e: FieldError) => `${e.in}\u0000${e.pointer}`;
  const specific = new Set(errors.filter((e) => SPECIFIC_FORMATS.has(e.code)).map(where));
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${where(e)}\u0000${e.code}`;
    if (seen.has(key) || (e.code === 'INVALID_FORMAT' && specific.has(where(e)))) return false;
    seen.add(key);
    return true;
  });
};

/**
 * 400 VALIDATION_FAILED listing every field error, its messages summarising the first few. `truncated`: the
 * validator found more than were examined (MAX_EXAMINED_FINDINGS), so the count is a lower bound.
 */
export const validationProblem = (found: readonly FieldError[], { truncated = false }: { truncated?: boolean } = {}): ProblemError => {
  const errors = distinctErrors(found);
  const n = errors.length;
  const head = errors.slice(0, SUMMARISED);
  const more = n > SUMMARISED;
  const count = { zh: truncated ? `至少 ${n} 处` : `${n} 处`, en: `${truncated ? 'At least ' : ''}${n} invalid field${n === 1 ? '' : 's'}` };
  const zh = n === 0 ? '请求内容不符合要求' : `${count.zh}填写有误：${head.map((e) => e.message_zh).join('；')}${more ? ' 等' : ''}`;
  const en = n === 0 ? 'Invalid request' : `${count.en}: ${head.map((e) => e.message_en).join('; ')}${more ? '; …' : ''}`;
  return new ProblemError(400, 'VALIDATION_FAILED', zh, en, {
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    ...(n > MAX_LISTED_ERRORS || truncated ? { errorCount: n } : {}),
    ...(truncated ? { errorsTruncated: true } : {}),
  });
};
