import { Html, html } from '../../audit/html.ts';
import { filledBy, filledLine } from '../tables/export.ts';
import { headerGroups } from '../tables/spec.ts';
import type { TableColumn, TableContext, TableSpec } from '../tables/spec.ts';
import { A4, cellText, newPdf } from './pdf.ts';

export const PRINT_CSS = `
  @page { size: A4 portrait; margin: 12mm 10mm; }
  body { font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", sans-serif; font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 190mm; }
  h1 { font-size: 16pt; text-align: center; margin: 0 0 3mm; }
  .filled, .lines { font-size: 9.5pt; margin: 1mm 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; text-align: center; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .footer { display: flex; justify-content: space-around; margin-top: 10mm; }
  .sign { display: inline-block; min-width: 45mm; min-height: 18mm; }
  @media screen { body { padding: 8mm; } }`;

const headerHtml = (columns: TableColumn[]) => {
  const groups = headerGroups(columns);
  if (groups.length === 0) return html`<tr>${columns.map((c) => html`<th>${c.header}</th>`)}</tr>`;
  const top: Html[] = [];
  columns.forEach((c, i) => {
    if (c.group === undefined) top.push(html`<th rowspan="2">${c.header}</th>`);
    else {
      const g = groups.find((x) => x.from === i);
      if (g) top.push(html`<th colspan="${g.span}">${g.title}</th>`);
    }
  });
  return html`<tr>${top}</tr><tr>${columns.filter((c) => c.group !== undefined).map((c) => html`<th>${c.header}</th>`)}</tr>`;
};

/** the table as a page to print (A4, the header repeated on every page by the browser) */
export const tableHtml = (spec: TableSpec, ctx: TableContext): string => {
  const columns = spec.columns(ctx);
  const landscape = spec.landscape ? new Html('<style>@page { size: A4 landscape; } body { max-width: 277mm; }</style>') : '';
  return html`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${spec.title}</title><style>${new Html(PRINT_CSS)}</style>${landscape}</head>
<body>
<h1>${spec.title}</h1>
${(spec.printLines?.(ctx) ?? []).map((l) => html`<p class="lines">${l}</p>`)}
<p class="filled">${filledLine(filledBy(ctx))}</p>
<table><thead>${headerHtml(columns)}</thead><tbody>
${[...spec.rows(ctx)].map((r) => html`<tr>${r.map((v) => html`<td>${v}</td>`)}</tr>\n`)}
</tbody></table>
<div class="footer">${(spec.footer?.(ctx) ?? []).map((f) => html`<div>${f}<br><span class="sign"></span></div>`)}</div>
</body></html>
`.markup;
};

/** the table as an A4 PDF with the CJK font embedded; the header is drawn again on every page */
export const tablePdf = async (spec: TableSpec, ctx: TableContext, fontPath: string): Promise<Buffer> => {
  const columns = spec.columns(ctx);
  const groups = headerGroups(columns);
  const { doc, finish } = newPdf(fontPath, { landscape: spec.landscape, title: spec.title });
  const margin = 36;
  const pageWidth = (spec.landscape ? A4.height : A4.width) - 2 * margin;
  const pageBottom = (spec.landscape ? A4.width : A4.height) - margin;
  const weights = columns.map((c) => c.width ?? Math.max(6, c.header.length * 2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / sum) * pageWidth);
  const xs = widths.map((_, i) => margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const rowHeight = 18;
  let y = margin;
  const header = () => {
    const h = groups.length > 0 ? 2 * rowHeight : rowHeight;
    doc.lineWidth(0.6);
    columns.forEach((c, i) => {
      const x = xs[i] ?? margin;
      const w = widths[i] ?? 0;
      if (c.group === undefined) {
        doc.rect(x, y, w, h).stroke();
        cellText(doc, c.header, x, y, w, h);
      } else {
        doc.rect(x, y + rowHeight, w, rowHeight).stroke();
        cellText(doc, c.header, x, y + rowHeight, w, rowHeight);
      }
    });
    for (const g of groups) {
      const x = xs[g.from] ?? margin;
      const w = widths.slice(g.from, g.from + g.span).reduce((a, b) => a + b, 0);
      doc.rect(x, y, w, rowHeight).stroke();
      cellText(doc, g.title, x, y, w, rowHeight);
    }
    y += h;
  };
  doc.fontSize(16).text(spec.title, margin, y, { width: pageWidth, align: 'center' });
  y = doc.y + 6;
  for (const line of [...(spec.printLines?.(ctx) ?? []), filledLine(filledBy(ctx))]) {
    doc.fontSize(10).text(line, margin, y, { width: pageWidth });
    y = doc.y + 2;
  }
  y += 4;
  header();
  for (const row of spec.rows(ctx)) {
    if (y + rowHeight > pageBottom) {
      doc.addPage();
      y = margin;
      header();
    }
    row.forEach((v, i) => {
      doc.rect(xs[i] ?? margin, y, widths[i] ?? 0, rowHeight).stroke();
      cellText(doc, v, xs[i] ?? margin, y, widths[i] ?? 0, rowHeight);
    });
    y += rowHeight;
  }
  const footer = spec.footer?.(ctx) ?? [];
  if (footer.length > 0) {
    if (y + 60 > pageBottom) {
      doc.addPage();
      y = margin;
    }
    const w = pageWidth / footer.length;
    footer.forEach((f, i) => cellText(doc, f, margin + i * w, y + 30, w, 14, { size: 10 }));
  }
  return finish();
};
