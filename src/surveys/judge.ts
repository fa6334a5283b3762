import { Document, type Element } from 'slimdom';
import type { Rule } from '../domain/rule.ts';
import { baseType, isAnswered, listOf, type FormDefinition, type Question } from './form.ts';
import { evaluateBoolean, translateReferences } from './xpath.ts';

/** one answer: a choice name, several, a number, a text or date; a member list (repeat) is rows of answers */
export type Scalar = string | number | string[];
export type AnswerValue = Scalar | Record<string, Scalar>[];
export type Answers = Record<string, AnswerValue>;

/** a question as it sits in the form: top level, or in a repeat (its rows are the repeat's) */
interface Placed { question: Question; repeat: string | null }

/** the form's questions with where they sit; groups are transparent (their questions are addressed by name) */
export const placeQuestions = (form: FormDefinition): { placed: Placed[]; repeats: Map<string, Question> } => {
  const placed: Placed[] = [];
  const repeats = new Map<string, Question>();
  let repeat: string | null = null;
  for (const question of form.questions) {
    const type = baseType(question);
    if (type === 'begin_repeat') { repeats.set(question.name, question); repeat = question.name; continue; }
    if (type === 'end_repeat') { repeat = null; continue; }
    placed.push({ question, repeat });
  }
  return { placed, repeats };
};

/** results of expressions by the values they read (see `evaluate` in judgeAnswers); cleared when full */
const MEMO = new Map<string, boolean>();
/** each form's expressions as translated to XPath, with the answers they read */
const TRANSLATED = new WeakMap<FormDefinition, Map<string, { xpath: string; refs: string[]; memoizable: boolean }>>();
const MEMO_SIZE = 100_000;
/** a context-item `.` in an expression (not a decimal point) */
const DOT = /(^|[^\w.])\.(?![\w.])/;

/** where a question found something to put right (rectification ledger, 整改台账) */
export interface Finding {
  question: string;
  label: string;
  problemType: string;
  member?: number;
}

export interface Judgement {
  /** blocking: wrong shapes, missing required answers, answers to skipped questions, broken blocking rules */
  refusals: Rule[];
  /** warning rules broken: accepted, kept with the record */
  warnings: Rule[];
  findings: Finding[];
}

const rule = (code: string, zh: string, en: string, facts: Record<string, string | number>): Rule => ({ code, zh, en, facts });

const textOf = (value: Scalar): string => (Array.isArray(value) ? value.join(' ') : String(value));

const shapeProblem = (q: Question, value: Scalar, choices: Map<string, Set<string>>): string | null => {
  const type = baseType(q);
  const allowed = choices.get(listOf(q) ?? '') ?? new Set<string>();
  switch (type) {
    case 'select_one': return typeof value === 'string' && allowed.has(value) ? null : 'a choice of the list';
    case 'select_multiple': return Array.isArray(value) && value.length > 0 && value.every((v) => allowed.has(v)) && new Set(value).size === value.length ? null : 'choices of the list, each once';
    case 'integer': return typeof value === 'number' && Number.isInteger(value) ? null : 'an integer';
    case 'decimal': return typeof value === 'number' && Number.isFinite(value) ? null : 'a number';
    case 'date': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'a date YYYY-MM-DD';
    default: return typeof value === 'string' ? null : 'a text';
  }
};

/**
 * Judges a filled questionnaire as ODK would on submission, question by question in form order: a question not
 * relevant (skipped, 跳转) must have no answer, a relevant required one must have one, an answer must have its type,
 * and its constraint must hold — a blocking constraint refuses the submission, a warning one is kept with it.
 */
export const judgeAnswers = (form: FormDefinition, answers: Answers): Judgement => {
  const { placed, repeats } = placeQuestions(form);
  const choices = new Map<string, Set<string>>();
  for (const c of form.choices) choices.set(c.list, (choices.get(c.list) ?? new Set()).add(c.name));
  const repeatOf = new Map(placed.map((p) => [p.question.name, p.repeat]));
  const refusals: Rule[] = [];
  const warnings: Rule[] = [];
  const findings: Finding[] = [];

  const known = new Set([...placed.filter((p) => p.repeat === null).map((p) => p.question.name), ...repeats.keys()]);
  for (const name of Object.keys(answers)) {
    if (!known.has(name)) refusals.push(rule('SURVEY_UNKNOWN_QUESTION', `问卷中没有题目 ${name}`, `The form has no question ${name}`, { question: name }));
  }

  const doc = new Document();
  const data = doc.createElement('data');
  doc.appendChild(data);
  /** `${name}` from a question in repeat `from` (null at top level), the context being `mode` */
  const numeric = new Set(placed.filter((p) => ['integer', 'decimal'].includes(baseType(p.question))).map((p) => p.question.name));
  const pathOf = (from: string | null, mode: 'row' | 'self') => (name: string): string | null => {
    if (repeats.has(name)) return `/data/${name}`;
    if (!repeatOf.has(name)) return null;
    const r = repeatOf.get(name) ?? null;
    const path = r === null ? `/data/${name}` : r === from ? (mode === 'row' ? `./${name}` : `../${name}`) : `/data/${r}/${name}`;
    // a number answer compares as a number (ODK's typed instance; XPath 3.1 compares two untyped nodes as strings)
    return numeric.has(name) && !(r !== null && r !== from) ? `number(${path})` : path;
  };
  const label = (q: Question) => q.label || q.name;

  let compiled = TRANSLATED.get(form);
  if (!compiled) TRANSLATED.set(form, (compiled = new Map()));
  /** the text of each top-level answer in the instance so far: what a memoized expression's result depends on */
  const present = new Map<string, string>();
  const topLevel = new Set(placed.filter((p) => p.repeat === null).map((p) => p.question.name));
  /**
   * fontoxpath evaluates; a top-level expression that reads only `.` and `${name}` answers is remembered by those
   * values, since households answer alike and each evaluation costs tens of µs
   */
  const evaluate = (expression: string, mode: 'row' | 'self', repeat: string | null, context: Element, own: string): boolean => {
    const cacheKey = `${mode}\u0001${repeat ?? ''}\u0001${expression}`;
    let prepared = compiled.get(cacheKey);
    if (!prepared) {
      const refs = [...expression.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1] ?? '');
      prepared = { xpath: translateReferences(expression, pathOf(repeat, mode)), refs, memoizable: repeat === null && !expression.includes('/') && !expression.includes('..') && refs.every((r) => topLevel.has(r)) && (mode === 'self' || !DOT.test(expression)) };
      compiled.set(cacheKey, prepared);
    }
    const { xpath, refs, memoizable } = prepared;
    if (!memoizable) return evaluateBoolean(xpath, context);
    const key = `${xpath}\u0001${mode === 'self' ? own : ''}\u0001${refs.map((r) => present.get(r) ?? '\u0000').join('\u0002')}`;
    const known = MEMO.get(key);
    if (known !== undefined) return known;
    const result = evaluateBoolean(xpath, context);
    if (MEMO.size >= MEMO_SIZE) MEMO.clear();
    MEMO.set(key, result);
    return result;
  };

  const judgeOne = (q: Question, value: Scalar | undefined, row: Element, repeat: string | null, member: number | undefined) => {
    const where: Record<string, string | number> = { question: q.name, ...(member === undefined ? {} : { member }) };
    const blank = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    // a blank optional question says nothing whether asked or skipped: its skip logic need not be evaluated
    if (blank && !q.required) return;
    const relevant = q.relevant === undefined || evaluate(q.relevant, 'row', repeat, row, '');
    if (!relevant) {
      if (!blank) refusals.push(rule('SURVEY_ANSWER_SKIPPED', `按跳转规则，第 ${label(q)} 题不应作答`, `Question ${q.name} is skipped by an earlier answer and must be left blank`, where));
      return;
    }
    if (blank) {
      if (q.required) refusals.push(rule('SURVEY_ANSWER_REQUIRED', `第 ${label(q)} 题必须作答`, `Question ${q.name} must be answered`, where));
      return;
    }
    const wrong = shapeProblem(q, value, choices);
    if (wrong !== null) {
      refusals.push(rule('SURVEY_ANSWER_INVALID', `第 ${label(q)} 题的答案格式不对`, `Question ${q.name} expects ${wrong}`, where));
      return;
    }
    const element = doc.createElement(q.name);
    element.appendChild(doc.createTextNode(textOf(value)));
    row.appendChild(element);
    if (repeat === null) present.set(q.name, textOf(value));
    if (q.constraint !== undefined && !evaluate(q.constraint, 'self', repeat, element, textOf(value))) {
      const code = q.ruleCode ?? `SURVEY_RULE_${q.name.toUpperCase()}`;
      const broken = rule(code, q.constraintMessage ?? `第 ${label(q)} 题的答案不符合规则`, q.constraintMessageEn ?? `The answer to ${q.name} breaks its rule`, where);
      (q.ruleStrength === 'warning' ? warnings : refusals).push(broken);
    }
    if (q.finding !== undefined && evaluate(q.finding, 'self', repeat, element, textOf(value))) {
      findings.push({ question: q.name, label: label(q), problemType: q.findingType ?? 'other', ...(member === undefined ? {} : { member }) });
    }
  };

  let index = 0;
  while (index < placed.length) {
    const current = placed[index];
    if (current === undefined) break;
    if (current.repeat === null) {
      if (isAnswered(current.question)) judgeOne(current.question, answers[current.question.name] as Scalar | undefined, data, null, undefined);
      index += 1;
      continue;
    }
    // a repeat (member list): its questions, row by row
    const repeat = current.repeat;
    const inside = placed.slice(index).filter((p, i, all) => all.slice(0, i + 1).every((x) => x.repeat === repeat)).map((p) => p.question);
    const rows = answers[repeat];
    if (rows !== undefined && !(Array.isArray(rows) && rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r)))) {
      refusals.push(rule('SURVEY_ANSWER_INVALID', `${repeats.get(repeat)?.label ?? repeat} 应为逐人填写的列表`, `${repeat} expects a list of rows`, { question: repeat }));
    } else {
      (rows as Record<string, Scalar>[] | undefined ?? []).forEach((values, member) => {
        const row = doc.createElement(repeat);
        data.appendChild(row);
        for (const name of Object.keys(values)) {
          if (!inside.some((q) => q.name === name)) refusals.push(rule('SURVEY_UNKNOWN_QUESTION', `问卷中没有题目 ${name}`, `The form has no question ${name}`, { question: name, member }));
        }
        for (const q of inside) if (isAnswered(q)) judgeOne(q, values[q.name], row, repeat, member);
      });
    }
    index += inside.length;
  }
  return { refusals, warnings, findings };
};

/**
 * The same answers judged twice in a row — by the route, to store the warnings and findings, then by the engine's
 * invariant, to check them — are evaluated once: the last judgements are kept per form (a few, not a cache of all).
 */
const recent = new WeakMap<FormDefinition, Map<string, Judgement>>();
const RECENT = 64;
export const judgeAnswersOnce = (form: FormDefinition, answers: Answers): Judgement => {
  const key = JSON.stringify(answers);
  let byAnswers = recent.get(form);
  if (!byAnswers) recent.set(form, (byAnswers = new Map()));
  const known = byAnswers.get(key);
  if (known) return known;
  const judged = judgeAnswers(form, answers);
  if (byAnswers.size >= RECENT) byAnswers.delete(byAnswers.keys().next().value ?? '');
  byAnswers.set(key, judged);
  return judged;
};
