import fontoxpath from 'fontoxpath';
import type { Element, Node } from 'slimdom';

/**
 * XLSForm's `relevant`, `constraint` and `finding` are XPath expressions. They are evaluated by fontoxpath (a maintained
 * XPath 3.1 engine) over an instance document built with slimdom, like ODK's `/data/<question>` instance. ODK's own
 * engine, @getodk/xpath, does not install (its @getodk/common is unpublished). XPath 3.1 differs from ODK's XPath 1.0 in
 * two ways that matter here, both handled by how the instance is built (src/surveys/instance.ts): a question not
 * answered has no element (so `${x} = '1'` is false and `string(${x}) = ''` true, where casting '' to a number would
 * raise), choice names are compared as strings (`${q4} = '1'`), and a number question's `${x}` reads as
 * `number(…)` (two untyped nodes would compare as strings; NaN when unanswered, so `not(. > ${x})` holds then).
 *
 * Measured (issue 16, bench section `surveys`): judging the 20-question form (附件4) with fontoxpath for every
 * expression over a slimdom instance cost ~450 µs a judgement (~20 µs an evaluation, plus building the instance), and a
 * survey submission ran at 0.23–0.28× a household change. So the plain shapes every preset uses (`${q} = 'x'`,
 * comparisons, `selected`, `regex`, and/or/not) are compiled once per form version by src/surveys/simple-xpath.ts and
 * checked against fontoxpath by a property test (test/surveys/simple-xpath.test.ts, fixed seed); judging then costs
 * ~15–40 µs (depending on the machine's load) and builds no instance document. fontoxpath still evaluates everything
 * else (paths, predicates such as `count(${members}[school = '4'])`, arithmetic) and every case where XPath would cast
 * or refuse a comparison differently from the plain one.
 */
const { evaluateXPath, registerCustomXPathFunction } = fontoxpath;

const XLSFORM_NS = 'urn:fupin:xlsform-functions';

const textOf = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const tokens = (value: unknown): string[] => textOf(value).split(/\s+/).filter((t) => t !== '');

let registered = false;
/** the XLSForm functions the presets use, beyond XPath's own (not(), count(), string-length(), contains() …) */
const registerFunctions = (): void => {
  if (registered) return;
  registered = true;
  const fn = (localName: string, params: string[], returns: string, body: (...args: unknown[]) => unknown) =>
    registerCustomXPathFunction({ namespaceURI: XLSFORM_NS, localName }, params, returns, (_context: unknown, ...args: unknown[]) => body(...args));
  fn('selected', ['xs:string?', 'xs:string?'], 'xs:boolean', (value, choice) => tokens(value).includes(textOf(choice)));
  fn('count-selected', ['xs:string?'], 'xs:integer', (value) => tokens(value).length);
  fn('coalesce', ['xs:string?', 'xs:string?'], 'xs:string', (a, b) => (textOf(a) !== '' ? textOf(a) : textOf(b)));
  fn('regex', ['xs:string?', 'xs:string'], 'xs:boolean', (value, pattern) => new RegExp(textOf(pattern)).test(textOf(value)));
  fn('int', ['xs:string?'], 'xs:integer', (value) => Math.trunc(Number(textOf(value)) || 0));
};


export class XPathError extends Error {}

/** `${name}` → a path: a sibling in the same repeat row relatively, anything else from /data (a repeat's rows as a node set) */
export const translateReferences = (expression: string, pathOf: (name: string) => string | null): string =>
  expression.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_whole, name: string) => {
    const path = pathOf(name);
    if (path === null) throw new XPathError(`unknown question \${${name}}`);
    return path;
  });

/**
 * XLSForm's own functions called by name (`selected(…)`) are written as URI-qualified names, `Q{ns}selected(…)`:
 * fontoxpath then needs no function-name resolver, whose options object costs a fresh static context per call
 * (measured: ~100 µs an evaluation with one, ~20 µs without).
 */
const qualified = (xpath: string): string =>
  xpath.replace(/(^|[^\w:}$-])(selected|count-selected|coalesce|regex|int)\s*\(/g, (_w, before: string, name: string) => `${before}Q{${XLSFORM_NS}}${name}(`);

const prepared = new Map<string, string>();

/** the expression's truth (XPath's effective boolean value) with `context` as `.` */
export const evaluateBoolean = (xpath: string, context: Node | Element): boolean => {
  registerFunctions();
  let ready = prepared.get(xpath);
  if (ready === undefined) {
    ready = qualified(xpath);
    if (prepared.size < 10_000) prepared.set(xpath, ready);
  }
  return evaluateXPath(ready, context, null, null, evaluateXPath.BOOLEAN_TYPE) === true;
};

/** parses without evaluating: an import refuses an expression XPath cannot read */
export const syntaxError = (xpath: string, context: Node): string | null => {
  try {
    evaluateBoolean(xpath, context);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // a type error on an empty instance is not a syntax error
    return /XPST|Syntax|Unexpected|Expected/i.test(message) ? message.split('\n')[0] ?? message : null;
  }
};
