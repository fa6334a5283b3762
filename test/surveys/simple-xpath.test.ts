import fc from 'fast-check';
import { Document, type Element } from 'slimdom';
import { describe, expect, it } from 'vitest';
import { compileSimple, type Reference } from '../../src/surveys/simple-xpath.ts';
import { PRESET_FORMS } from '../../src/surveys/presets/index.ts';
import { placeQuestions } from '../../src/surveys/judge.ts';
import { evaluateBoolean, translateReferences } from '../../src/surveys/xpath.ts';
import { seeded } from '../support/property.ts';

/**
 * The compiled closures (src/surveys/simple-xpath.ts) stand in for fontoxpath only where they give its answer: on
 * random expressions of the shapes they take, over random answers, a closure that answers says what fontoxpath says
 * over the instance judge.ts builds (an element per answer; a number question read as `number(…)`).
 */

/** the questions the expressions read: a choice, several choices, a number, a text */
const REFS: Record<string, Reference> = { c: { scope: 'top', numeric: false }, m: { scope: 'top', numeric: false }, n: { scope: 'top', numeric: true }, t: { scope: 'top', numeric: false } };
const TEXTS = ['1', '2', '12', '1 2', 'abc', ' 3 ', '1e2', '0.5', '-4', 'NaN', 'INF', "it's", ''];

const operand = fc.oneof(
  fc.constant('.'),
  fc.constantFrom('${c}', '${m}', '${n}', '${t}'),
  fc.constantFrom(...TEXTS).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.constantFrom('0', '1', '2', '2.5', '12', '.5'),
);
const comparison = fc.tuple(operand, fc.constantFrom('=', '!=', '<', '<=', '>', '>='), operand).map(([a, op, b]) => `${a} ${op} ${b}`);
const call = fc.oneof(
  fc.tuple(fc.constantFrom('.', '${c}', '${m}', '${t}'), fc.constantFrom('1', '2', 'a b', '')).map(([a, c]) => `selected(${a}, '${c}')`),
  fc.tuple(fc.constantFrom('.', '${t}', '${c}'), fc.constantFrom('^[0-9]+$', '^a', '2')).map(([a, p]) => `regex(${a}, '${p}')`),
  fc.constantFrom('true()', 'false()'),
);
const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    call,
    tie('e').map((e) => `not(${e})`),
    fc.tuple(tie('e'), fc.constantFrom('and', 'or'), tie('e')).map(([a, op, b]) => `(${a}) ${op} ${b}`),
  ),
})).e;
const answers = fc.record({ c: fc.option(fc.constantFrom(...TEXTS)), m: fc.option(fc.constantFrom(...TEXTS)), n: fc.option(fc.constantFrom('1', '2', '12', '0.5', '-4', '1e2')), t: fc.option(fc.constantFrom(...TEXTS)) });

/** fontoxpath's answer over the instance as judge.ts builds it, or the error it raises */
const byFontoxpath = (xlsform: string, values: Record<string, string | null>, self: string): boolean | 'error' => {
  const doc = new Document();
  const data = doc.createElement('data');
  doc.appendChild(data);
  const add = (name: string, text: string): Element => {
    const element = doc.createElement(name);
    element.appendChild(doc.createTextNode(text));
    data.appendChild(element);
    return element;
  };
  for (const [name, text] of Object.entries(values)) if (text !== null) add(name, text);
  const context = add('self', self);
  const xpath = translateReferences(xlsform, (name) => (REFS[name]?.numeric ? `number(/data/${name})` : `/data/${name}`));
  try {
    return evaluateBoolean(xpath, context);
  } catch {
    return 'error';
  }
};

describe('compiled XLSForm expressions against fontoxpath', () => {
  it('give fontoxpath\'s answer wherever they answer, and answer most plain cases themselves', () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(expression, answers, fc.constantFrom(...TEXTS.filter((t) => t !== '')), (xlsform, values, self) => {
        const compiled = compileSimple(xlsform, (name) => REFS[name] ?? null, true);
        expect(compiled, xlsform).not.toBeNull();
        const ours = compiled?.({ self, top: (name) => values[name as keyof typeof values] ?? undefined, row: () => undefined });
        runs += 1;
        if (ours === undefined) return;
        answered += 1;
        expect(ours, `${xlsform} with ${JSON.stringify({ ...values, self })}`).toBe(byFontoxpath(xlsform, values, self));
      }),
      seeded({ numRuns: 1500 }),
    );
    // a closure that always deferred would pass the comparison and speed nothing up
    expect(answered / runs).toBeGreaterThan(0.5);
  });

  it('leave to fontoxpath what they do not take: paths, predicates, arithmetic, other functions, `.` in a skip rule', () => {
    const refs = (name: string) => REFS[name] ?? null;
    for (const xlsform of ['count(${members}[school = \'4\']) > 0', '${n} + 1 > 2', 'string-length(.) > 3', '/data/c = \'1\'', '${c} = \'1\' = true()', '${unknown} = \'1\'']) {
      expect(compileSimple(xlsform, refs, true), xlsform).toBeNull();
    }
    expect(compileSimple('. = \'1\'', refs, false)).toBeNull();
  });

  it('take every top-level rule of the preset questionnaires (so judging them never builds an instance document)', () => {
    for (const form of PRESET_FORMS) {
      const { placed, repeats } = placeQuestions(form);
      const top = new Map(placed.filter((p) => p.repeat === null).map((p) => [p.question.name, p.question]));
      const resolve = (name: string): Reference | null => {
        const q = top.get(name);
        return q ? { scope: 'top', numeric: /^(integer|decimal)\b/.test(q.type) } : null;
      };
      for (const { question, repeat } of placed) {
        if (repeat !== null) continue;
        for (const [which, xlsform] of [['relevant', question.relevant], ['constraint', question.constraint], ['finding', question.finding]] as const) {
          if (xlsform === undefined || [...xlsform.matchAll(/\$\{(\w+)\}/g)].some((m) => repeats.has(m[1] ?? ''))) continue;
          expect(compileSimple(xlsform, resolve, which !== 'relevant'), `${form.formId} ${question.name} ${which}: ${xlsform}`).not.toBeNull();
        }
      }
    }
  });
});
