/** A GitHub-flavoured markdown table with padded columns (readable raw and rendered). */
export const markdownTable = (headers: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string => {
  const widths = headers.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number) => (align[i] === 'r' ? text.padStart(widths[i] as number) : text.padEnd(widths[i] as number));
  const line = (cells: readonly string[]) => `| ${headers.map((_, i) => cell(cells[i] ?? '', i)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
};

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const fmtInt = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '—' : intFormat.format(n));
export const fmt1 = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '—' : oneDecimal.format(n));
export const fmtPct = (ratio: number | undefined): string => (ratio === undefined || Number.isNaN(ratio) ? '—' : `${(ratio * 100).toFixed(0)} %`);
export const fmtX = (ratio: number | undefined): string => (ratio === undefined || Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}×`);
