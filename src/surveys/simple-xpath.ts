/**
 * The shapes nearly every XLSForm `relevant` / `constraint` / `finding` takes — `${q} = 'x'`, `. >= 0`,
 * `selected(${q}, 'x')`, `regex(., '…')`, joined by `and` / `or` / `not(…)` — compiled once per form version to a
 * closure over the answers, with fontoxpath's results (XPath 3.1 general comparisons over the instance judge.ts
 * builds). Why not fontoxpath alone: measured on the 20-question form (附件4), fontoxpath over a slimdom instance
 * cost ~450 µs a judgement (its evaluation ~20 µs an expression, plus the instance document) and kept a survey
 * submission at 0.23–0.28× a household change; see src/surveys/xpath.ts. Anything outside these shapes — paths,
 * predicates, arithmetic, other functions, `.` as a row — is not compiled, and a comparison whose types XPath would
 * cast or refuse differently from the plain cases answers `undefined`: the caller then asks fontoxpath, so an
 * expression's meaning is always fontoxpath's (test/surveys/simple-xpath.test.ts compares them on random answers).
 */

/** what a compiled expression reads: the answer judged (`.`), a top-level answer, a sibling in the same row */
export interface AnswerReader {
  self: string | undefined;
  top(name: string): string | undefined;
  row(name: string): string | undefined;
}

/** where `${name}` sits, seen from the expression: top level or the same repeat row; numeric reads as `number(…)` */
export interface Reference { scope: 'top' | 'row'; numeric: boolean }

/** true / false, or undefined: XPath would answer otherwise than the plain case (a cast, a type error): ask fontoxpath */
export type CompiledExpression = (read: AnswerReader) => boolean | undefined;

/** an operand's value: absent (the empty sequence), an untyped node's text, a string literal, or a double */
type Value = undefined | { kind: 'untyped' | 'string'; text: string } | { kind: 'double'; number: number };
type Operand = (read: AnswerReader) => Value;

type Token =
  | { t: 'ref'; name: string } | { t: 'dot' } | { t: 'str'; value: string } | { t: 'num'; value: number }
  | { t: 'name'; value: string } | { t: 'op'; value: string } | { t: '(' } | { t: ')' } | { t: ',' };

const tokenize = (source: string): Token[] | null => {
  const tokens: Token[] = [];
  const re = /\s*(?:\$\{([A-Za-z_][A-Za-z0-9_]*)\}|'((?:[^']|'')*)'|"((?:[^"]|"")*)"|(\d+(?:\.\d*)?|\.\d+)(?![\w.])|(\.)(?![\w.])|([A-Za-z][A-Za-z0-9_-]*)|(!=|<=|>=|=|<|>)|([(),]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) return null;
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ t: 'ref', name: m[1] });
    else if (m[2] !== undefined) tokens.push({ t: 'str', value: m[2].replace(/''/g, "'") });
    else if (m[3] !== undefined) tokens.push({ t: 'str', value: m[3].replace(/""/g, '"') });
    else if (m[4] !== undefined) tokens.push({ t: 'num', value: Number(m[4]) });
    else if (m[5] !== undefined) tokens.push({ t: 'dot' });
    else if (m[6] !== undefined) tokens.push({ t: 'name', value: m[6] });
    else if (m[7] !== undefined) tokens.push({ t: 'op', value: m[7] });
    else if (m[8] === '(') tokens.push({ t: '(' });
    else if (m[8] === ')') tokens.push({ t: ')' });
    else tokens.push({ t: ',' });
  }
  return tokens;
};

/** xs:double's lexical form as a cast from untypedAtomic accepts it (INF and NaN left to fontoxpath) */
const DOUBLE = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** XPath's general comparison of two single items (or none), where it is plain; undefined where XPath would cast or refuse */
const compare = (op: string, left: Value, right: Value): boolean | undefined => {
  if (left === undefined || right === undefined) return false;
  let a: number;
  let b: number;
  if (left.kind !== 'double' && right.kind !== 'double') {
    if (op === '=') return left.text === right.text;
    if (op === '!=') return left.text !== right.text;
    return undefined; // ordering strings: codepoint collation, left to fontoxpath
  }
  if (left.kind === 'double' && right.kind === 'double') {
    a = left.number;
    b = right.number;
  } else {
    // an untyped node beside a number is cast to xs:double (a string literal beside a number is a type error)
    const text = left.kind === 'double' ? right : left;
    if (text.kind !== 'untyped' || !DOUBLE.test(text.text)) return undefined;
    a = left.kind === 'double' ? left.number : Number(left.text);
    b = right.kind === 'double' ? right.number : Number(right.text);
  }
  switch (op) {
    case '=': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    default: return a >= b;
  }
};

const untyped = (text: string | undefined): Value => (text === undefined ? undefined : { kind: 'untyped', text });
/** `number(node)`: NaN for no node or a text that is not a number */
const asNumber = (text: string | undefined): Value => ({ kind: 'double', number: text !== undefined && DOUBLE.test(text) ? Number(text) : Number.NaN });

/**
 * Compiles an XLSForm expression of the plain shapes, or answers null (fontoxpath then evaluates it).
 * `selfIsAnswer`: `.` is the answer judged (constraint, finding); in `relevant` it is a row or the form, not compiled.
 */
export const compileSimple = (expression: string, resolve: (name: string) => Reference | null, selfIsAnswer: boolean): CompiledExpression | null => {
  const tokens = tokenize(expression);
  if (!tokens || tokens.length === 0) return null;
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const take = (): Token | undefined => tokens[at++];
  const expect = (t: Token['t']): boolean => take()?.t === t;
  const isName = (value: string): boolean => { const k = peek(); return k?.t === 'name' && k.value === value; };

  /** `.` or `${name}` as a function's text argument (a number would need XPath's conversion rules) */
  const textArgument = (): ((read: AnswerReader) => string) | null => {
    const token = take();
    if (token?.t === 'dot' && selfIsAnswer) return (read) => read.self ?? '';
    if (token?.t !== 'ref') return null;
    const ref = resolve(token.name);
    if (!ref || ref.numeric) return null;
    const name = token.name;
    return ref.scope === 'top' ? (read) => read.top(name) ?? '' : (read) => read.row(name) ?? '';
  };

  const operand = (): Operand | null => {
    const token = take();
    if (!token) return null;
    if (token.t === 'str') { const v: Value = { kind: 'string', text: token.value }; return () => v; }
    if (token.t === 'num') { const v: Value = { kind: 'double', number: token.value }; return () => v; }
    if (token.t === 'dot') return selfIsAnswer ? (read) => untyped(read.self) : null;
    if (token.t !== 'ref') return null;
    const ref = resolve(token.name);
    if (!ref) return null;
    const name = token.name;
    const get = ref.scope === 'top' ? (read: AnswerReader) => read.top(name) : (read: AnswerReader) => read.row(name);
    return ref.numeric ? (read) => asNumber(get(read)) : (read) => untyped(get(read));
  };

  type Bool = CompiledExpression;
  const primary = (): Bool | null => {
    const token = peek();
    if (token?.t === '(') {
      take();
      const inner = or();
      return inner && expect(')') ? inner : null;
    }
    if (token?.t === 'name' && tokens[at + 1]?.t === '(') {
      const name = token.value;
      at += 2;
      if ((name === 'true' || name === 'false') && expect(')')) { const v = name === 'true'; return () => v; }
      if (name === 'not') {
        const inner = or();
        if (!inner || !expect(')')) return null;
        return (read) => { const v = inner(read); return v === undefined ? undefined : !v; };
      }
      if (name === 'selected' || name === 'regex') {
        const value = textArgument();
        const second = expect(',') ? take() : undefined;
        if (!value || second?.t !== 'str' || !expect(')')) return null;
        if (name === 'selected') {
          const choice = second.value;
          return (read) => value(read).split(/\s+/).filter((t) => t !== '').includes(choice);
        }
        let pattern: RegExp;
        try { pattern = new RegExp(second.value); } catch { return null; }
        return (read) => pattern.test(value(read));
      }
      return null;
    }
    const left = operand();
    const op = take();
    if (!left || op?.t !== 'op') return null;
    const right = operand();
    if (!right) return null;
    const symbol = op.value;
    return (read) => compare(symbol, left(read), right(read));
  };

  const and = (): Bool | null => {
    let left = primary();
    while (left && isName('and')) {
      take();
      const right = primary();
      if (!right) return null;
      const l = left;
      // XPath may evaluate either side first; an error on the other side is fontoxpath's to report
      left = (read) => { const a = l(read); if (a === false) return right(read) === undefined ? undefined : false; return a === undefined ? undefined : right(read); };
    }
    return left;
  };
  const or = (): Bool | null => {
    let left = and();
    while (left && isName('or')) {
      take();
      const right = and();
      if (!right) return null;
      const l = left;
      left = (read) => { const a = l(read); if (a === true) return right(read) === undefined ? undefined : true; return a === undefined ? undefined : right(read); };
    }
    return left;
  };

  const compiled = or();
  return compiled && at === tokens.length ? compiled : null;
};
