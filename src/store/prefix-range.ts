/** longer than any stream name (200 UTF-16 units at most), greater than any: the end of a range with no end */
const PAST_EVERY_NAME = '\u{10FFFF}'.repeat(101);

/**
 * The least text after every text that starts with `prefix`: the prefix with its last code point's successor. UTF-8
 * keeps code point order, so a bytewise comparison (SQLite's BINARY collation) finds exactly the names with the
 * prefix in [prefix, prefixEnd(prefix)).
 */
export const prefixEnd = (prefix: string): string => {
  const chars = [...prefix];
  for (let last = chars.pop(); last !== undefined; last = chars.pop()) {
    const cp = last.codePointAt(0) ?? 0;
    // a lone surrogate half cannot be stored as UTF-8, so no stored name starts with it: an empty range
    if (cp >= 0xd800 && cp <= 0xdfff) return prefix;
    if (cp < 0x10ffff) return `${chars.join('')}${String.fromCodePoint(cp + 1 === 0xd800 ? 0xe000 : cp + 1)}`;
  }
  return PAST_EVERY_NAME;
};
