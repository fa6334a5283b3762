import { Document, type Element } from 'slimdom';
import type { Rule } from '../domain/rule.ts';
import { baseType, isAnswered, listOf, type FormDefinition, type Question } from './form.ts';
import { compileSimple, type AnswerReader, type CompiledExpression, type Reference } from './simple-xpath.ts';
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

/** results of fontoxpath's evaluations by the values they read (see `evaluate` in judgeAnswers); cleared when full */
const MEMO = new Map<string, boolean>();
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

const shapeProblem = (type: string, allowed: ReadonlySet<string>, value: Scalar): string | null => {
  switch (type) {
    case 'select_one': return typeof value === 'string' && allowed.has(value) ? null : 'a choice of the list';
    case 'select_multiple': return Array.isArray(value) && value.length > 0 && value.every((v) => allowed.has(v)) && new Set(value).size === value.length ? null : 'choices of the list, each once';
    case 'integer': return typeof value === 'number' && Number.isInteger(value) ? null : 'an integer';
    case 'decimal': return typeof value === 'number' && Number.isFinite(value) ? null : 'a number';
    case 'date': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'a date YYYY-MM-DD';
    default: return typeof value === 'string' ? null : 'a text';
  }
};

type Mode = 'row' | 'self';

/** an expression as judging uses it: fontoxpath's XPath, and the compiled closure where its shape allows one */
interface Prepared { xpath: string; simple: CompiledExpression | null; refs: string[]; memoizable: boolean }

/** one answered question of the form with what judging it needs, worked out once per form version */
interface Slot {
  question: Question;
  type: string;
  allowed: ReadonlySet<string>;
  label: string;
  repeat: string | null;
  prepared: Partial<Record<'relevant' | 'constraint' | 'finding', Prepared>>;
}

type Part = { kind: 'question'; slot: Slot } | { kind: 'repeat'; name: string; label: string; slots: Slot[]; names: ReadonlySet<string> };

/** a form version made ready for judging: its questions in order, their choices and expressions (translated, compiled) */
interface Plan { parts: Part[]; known: ReadonlySet<string>; prepare(slot: Slot, which: 'relevant' | 'constraint' | 'finding'): Prepared }

const planFor = (form: FormDefinition): Plan => {
  const { placed, repeats } = placeQuestions(form);
  const choices = new Map<string, Set<string>>();
  for (const c of form.choices) choices.set(c.list, (choices.get(c.list) ?? new Set()).add(c.name));
  const repeatOf = new Map(placed.map((p) => [p.question.name, p.repeat]));
  const numeric = new Set(placed.filter((p) => ['integer', 'decimal'].includes(baseType(p.question))).map((p) => p.question.name));
  const topLevel = new Set(placed.filter((p) => p.repeat === null).map((p) => p.question.name));
  /** `${name}` from a question in repeat `from` (null at top level), the context being `mode` */
  const pathOf = (from: string | null, mode: Mode) => (name: string): string | null => {
    if (repeats.has(name)) return `/data/${name}`;
    if (!repeatOf.has(name)) return null;
    const r = repeatOf.get(name) ?? null;
    const path = r === null ? `/data/${name}` : r === from ? (mode === 'row' ? `./${name}` : `../${name}`) : `/data/${r}/${name}`;
    // a number answer compares as a number (ODK's typed instance; XPath 3.1 compares two untyped nodes as strings)
    return numeric.has(name) && !(r !== null && r !== from) ? `number(${path})` : path;
  };
  /** the same reading for the compiled closures: only answers at top level or in the same row */
  const referenceOf = (from: string | null) => (name: string): Reference | null => {
    if (repeats.has(name) || !repeatOf.has(name)) return null;
    const r = repeatOf.get(name) ?? null;
    if (r !== null && r !== from) return null;
    return { scope: r === null ? 'top' : 'row', numeric: numeric.has(name) };
  };
  const slotOf = (question: Question, repeat: string | null): Slot => ({
    question, type: baseType(question), allowed: choices.get(listOf(question) ?? '') ?? new Set<string>(), label: question.label || question.name, repeat, prepared: {},
  });
  const parts: Part[] = [];
  let open: Extract<Part, { kind: 'repeat' }> | null = null;
  for (const p of placed) {
    if (!isAnswered(p.question)) continue;
    if (p.repeat === null) { open = null; parts.push({ kind: 'question', slot: slotOf(p.question, null) }); continue; }
    if (open === null || open.name !== p.repeat) {
      open = { kind: 'repeat', name: p.repeat, label: repeats.get(p.repeat)?.label ?? p.repeat, slots: [], names: new Set() };
      parts.push(open);
    }
    open.slots.push(slotOf(p.question, p.repeat));
    (open.names as Set<string>).add(p.question.name);
  }
  // the questions a row may name: all of its repeat's, answered or not (notes and groups inside are not answers)
  for (const part of parts) {
    if (part.kind === 'repeat') for (const p of placed) if (p.repeat === part.name) (part.names as Set<string>).add(p.question.name);
  }
  const prepare = (slot: Slot, which: 'relevant' | 'constraint' | 'finding'): Prepared => {
    const known = slot.prepared[which];
    if (known) return known;
    const expression = slot.question[which] ?? 'true()';
    const mode: Mode = which === 'relevant' ? 'row' : 'self';
    const refs = [...expression.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1] ?? '');
    const xpath = translateReferences(expression, pathOf(slot.repeat, mode));
    const memoizable = slot.repeat === null && !expression.includes('/') && !expression.includes('..') && refs.every((r) => topLevel.has(r)) && (mode === 'self' || !DOT.test(expression));
    const made: Prepared = { xpath, simple: compileSimple(expression, referenceOf(slot.repeat), mode === 'self'), refs, memoizable };
    slot.prepared[which] = made;
    return made;
  };
  return { parts, known: new Set([...topLevel, ...repeats.keys()]), prepare };
};

const PLANS = new WeakMap<FormDefinition, Plan>();
const planOf = (form: FormDefinition): Plan => {
  let plan = PLANS.get(form);
  if (!plan) PLANS.set(form, (plan = planFor(form)));
  return plan;
};

/**
 * The instance document (ODK's `/data/<question>`) fontoxpath reads, built only when an expression needs fontoxpath:
 * until then its elements are only noted, in the order judging added them (later questions are not there yet).
 */
class Instance {
  readonly #noted: { parent: number; name: string; text: string | null }[] = [];
  #elements: Element[] | null = null;
  #data: Element | null = null;
  #doc: Document | null = null;

  /** an element under `parent` (-1: /data), with text for an answer or none for a repeat row; its index */
  add(parent: number, name: string, text: string | null): number {
    this.#noted.push({ parent, name, text });
    if (this.#elements) this.#elements.push(this.#build(parent, name, text));
    return this.#noted.length - 1;
  }

  /** the element at `index` (-1: /data), the document built first if it was not */
  node(index: number): Element {
    if (!this.#elements || !this.#data) {
      this.#doc = new Document();
      this.#data = this.#doc.createElement('data');
      this.#doc.appendChild(this.#data);
      this.#elements = [];
      for (const n of this.#noted) this.#elements.push(this.#build(n.parent, n.name, n.text));
    }
    return index < 0 ? this.#data : this.#elements[index] ?? this.#data;
  }

  #build(parent: number, name: string, text: string | null): Element {
    const doc = this.#doc as Document;
    const element = doc.createElement(name);
    if (text !== null) element.appendChild(doc.createTextNode(text));
    (parent < 0 ? this.#data : this.#elements?.[parent])?.appendChild(element);
    return element;
  }
}

/**
 * Judges a filled questionnaire as ODK would on submission, question by question in form order: a question not
 * relevant (skipped, 跳转) must have no answer, a relevant required one must have one, an answer must have its type,
 * and its constraint must hold — a blocking constraint refuses the submission, a warning one is kept with it.
 */
export const judgeAnswers = (form: FormDefinition, answers: Answers, options: { evaluator?: 'compiled' | 'fontoxpath' } = {}): Judgement => {
  // 'fontoxpath': every expression by fontoxpath, as before the compiled shapes (the bench's same-run baseline)
  const compiled = options.evaluator !== 'fontoxpath';
  const plan = planOf(form);
  const refusals: Rule[] = [];
  const warnings: Rule[] = [];
  const findings: Finding[] = [];

  for (const name of Object.keys(answers)) {
    if (!plan.known.has(name)) refusals.push(rule('SURVEY_UNKNOWN_QUESTION', `问卷中没有题目 ${name}`, `The form has no question ${name}`, { question: name }));
  }

  const instance = new Instance();
  /** the text of each top-level answer in the instance so far: what an expression reads, and a memo's key */
  const present = new Map<string, string>();
  /** the answers of the row being judged, as they entered the instance */
  let rowValues = new Map<string, string>();
  const reader: AnswerReader = { self: undefined, top: (name) => present.get(name), row: (name) => rowValues.get(name) };

  /**
   * a compiled expression answers from the answers; otherwise fontoxpath evaluates over the instance — and a
   * top-level expression that reads only `.` and `${name}` answers is remembered by those values
   */
  const evaluate = (prepared: Prepared, self: string | undefined, context: number): boolean => {
    if (prepared.simple && compiled) {
      reader.self = self;
      const result = prepared.simple(reader);
      if (result !== undefined) return result;
    }
    const { xpath, refs, memoizable } = prepared;
    if (!memoizable) return evaluateBoolean(xpath, instance.node(context));
    const key = `${xpath}\u0001${self ?? ''}\u0001${refs.map((r) => present.get(r) ?? '\u0000').join('\u0002')}`;
    const known = MEMO.get(key);
    if (known !== undefined) return known;
    const result = evaluateBoolean(xpath, instance.node(context));
    if (MEMO.size >= MEMO_SIZE) MEMO.clear();
    MEMO.set(key, result);
    return result;
  };

  const judgeOne = (slot: Slot, value: Scalar | undefined, row: number, member: number | undefined) => {
    const q = slot.question;
    const where: Record<string, string | number> = member === undefined ? { question: q.name } : { question: q.name, member };
    const blank = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    // a blank optional question says nothing whether asked or skipped: its skip logic need not be evaluated
    if (blank && !q.required) return;
    const relevant = q.relevant === undefined || evaluate(plan.prepare(slot, 'relevant'), undefined, row);
    if (!relevant) {
      if (!blank) refusals.push(rule('SURVEY_ANSWER_SKIPPED', `按跳转规则，第 ${slot.label} 题不应作答`, `Question ${q.name} is skipped by an earlier answer and must be left blank`, where));
      return;
    }
    if (blank) {
      if (q.required) refusals.push(rule('SURVEY_ANSWER_REQUIRED', `第 ${slot.label} 题必须作答`, `Question ${q.name} must be answered`, where));
      return;
    }
    const wrong = shapeProblem(slot.type, slot.allowed, value);
    if (wrong !== null) {
      refusals.push(rule('SURVEY_ANSWER_INVALID', `第 ${slot.label} 题的答案格式不对`, `Question ${q.name} expects ${wrong}`, where));
      return;
    }
    const text = textOf(value);
    const element = instance.add(row, q.name, text);
    if (slot.repeat === null) present.set(q.name, text);
    else rowValues.set(q.name, text);
    if (q.constraint !== undefined && !evaluate(plan.prepare(slot, 'constraint'), text, element)) {
      const code = q.ruleCode ?? `SURVEY_RULE_${q.name.toUpperCase()}`;
      const broken = rule(code, q.constraintMessage ?? `第 ${slot.label} 题的答案不符合规则`, q.constraintMessageEn ?? `The answer to ${q.name} breaks its rule`, where);
      (q.ruleStrength === 'warning' ? warnings : refusals).push(broken);
    }
    if (q.finding !== undefined && evaluate(plan.prepare(slot, 'finding'), text, element)) {
      findings.push({ question: q.name, label: slot.label, problemType: q.findingType ?? 'other', ...(member === undefined ? {} : { member }) });
    }
  };

  for (const part of plan.parts) {
    if (part.kind === 'question') {
      judgeOne(part.slot, answers[part.slot.question.name] as Scalar | undefined, -1, undefined);
      continue;
    }
    // a repeat (member list): its questions, row by row
    const rows = answers[part.name];
    if (rows !== undefined && !(Array.isArray(rows) && rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r)))) {
      refusals.push(rule('SURVEY_ANSWER_INVALID', `${part.label} 应为逐人填写的列表`, `${part.name} expects a list of rows`, { question: part.name }));
      continue;
    }
    (rows as Record<string, Scalar>[] | undefined ?? []).forEach((values, member) => {
      const row = instance.add(-1, part.name, null);
      rowValues = new Map();
      for (const name of Object.keys(values)) {
        if (!part.names.has(name)) refusals.push(rule('SURVEY_UNKNOWN_QUESTION', `问卷中没有题目 ${name}`, `The form has no question ${name}`, { question: name, member }));
      }
      for (const slot of part.slots) judgeOne(slot, values[slot.question.name], row, member);
    });
  }
  return { refusals, warnings, findings };
};

/**
 * The same answers judged twice in a row — by the route, to store the warnings and findings, then by the engine's
 * invariant, to check them — are judged once: the engine hands the invariant the very answers object the route put
 * in the event, so the judgement is kept by that object (weakly: it goes with the request). Answers read back from
 * the store (the procedure audit) are other objects, and are judged afresh.
 */
const judged = new WeakMap<Answers, { form: string; judgement: Judgement }>();
export const judgeAnswersOnce = (form: FormDefinition, answers: Answers): Judgement => {
  // a version is never changed once issued; both judge the one the household's village sees
  const version = `${form.formId}\u0001${form.version}`;
  const known = judged.get(answers);
  if (known && known.form === version) return known.judgement;
  const judgement = judgeAnswers(form, answers);
  judged.set(answers, { form: version, judgement });
  return judgement;
};
