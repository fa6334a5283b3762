/** Hostile and unusual input, shared by the store-level and the HTTP-level bad-input tests. */

/** valid text that trips naive code: direction overrides, zero-width, BOM, combining marks, emoji ZWJ sequences, astral CJK */
export const EDGE_TEXT = [
  '\u202Eevil\u202C', // right-to-left override
  '\u200F', // right-to-left mark
  'مرحبا', // Arabic (RTL)
  'שלום', // Hebrew (RTL)
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF', // byte order mark
  '\u2028\u2029', // line and paragraph separators (break JS string literals)
  'e\u0301\u0302\u0303', // combining marks
  '👨‍👩‍👧‍👦', // a ZWJ family
  '🏳️‍🌈',
  '\u{20000}\u{2A6D6}', // CJK extension B (surrogate pairs)
  '户主 張三',
  '\uFFFF\uFFFE', // noncharacters
  '\r\n\t\v\f\u0085',
  '\u007F\u001B[31m', // DEL, an ANSI escape
] as const;

/** text no store can hold alike (PostgreSQL jsonb refuses both): NUL and unpaired UTF-16 surrogates */
export const UNSTORABLE_TEXT = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83D', '\uDE00b'] as const;

/** strings shaped like attacks on SQL, JSON pointers, paths, templates, prototypes */
export const INJECTION_TEXT = [
  "' OR '1'='1",
  "'; DROP TABLE events; --",
  '"; DELETE FROM eventstore.head; --',
  '1; SELECT pg_sleep(5)',
  '$1',
  '/households/../../etc/passwd',
  '..%2F..%2F',
  '~0~1/',
  '#/definitions/x',
  '/__proto__/polluted',
  '__proto__',
  'constructor',
  'prototype',
  '{"$gt":""}',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '%00',
  '%E0%A4%A',
  '\\u0000',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '0x1F',
] as const;
