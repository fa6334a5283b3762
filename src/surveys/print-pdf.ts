import { A4, newPdf, type Pdf } from '../office/print/pdf.ts';
import type { FormDefinition } from './form.ts';
import { blankForm, RULE_MARK, type PrintedQuestion, type PrintedTable } from './print.ts';

const M = 42;
const W = A4.width - 2 * M;
const BOTTOM = A4.height - M;

/** a new page when fewer than `height` points are left on this one */
const room = (doc: Pdf, height: number): void => {
  if (doc.y + height > BOTTOM) doc.addPage();
};

const underline = (doc: Pdf, x: number, y: number, width: number): void => {
  doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.5).stroke();
};

const question = (doc: Pdf, item: PrintedQuestion): void => {
  const label = `${item.label}${item.multiple ? '（可多选）' : ''}`;
  doc.fontSize(10.5);
  room(doc, doc.heightOfString(label, { width: W }) + 34);
  doc.fillColor('#000').text(label, M, doc.y, { width: W });
  if (item.choices.length > 0) {
    doc.moveDown(0.15).fontSize(10).text(item.choices.map((c) => `□ ${c}`).join('\u3000\u3000'), M + 12, doc.y, { width: W - 12, lineGap: 2 });
  } else if (item.blank !== null) {
    const y = doc.y + 14;
    if (item.blank === 'date') {
      doc.fontSize(10).text('\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日', M + 12, y - 10, { lineBreak: false });
    } else underline(doc, M + 12, y, item.blank === 'number' ? 120 : W / 2);
    doc.y = y + 4;
  }
  doc.fontSize(8.5).fillColor('#444');
  if (item.skip) doc.text(`（${item.skip}）`, M + 12, doc.y + 1, { width: W - 12 });
  if (item.rule) doc.text(`${RULE_MARK[item.rule.strength]}${item.rule.text}`, M + 12, doc.y + 1, { width: W - 12 });
  doc.fillColor('#000').moveDown(0.5);
};

/** the member list as a grid: header cells wrap their labels in small type, the rows stay empty for the pen */
const table = (doc: Pdf, item: PrintedTable): void => {
  const widths = item.columns.map((c) => Math.max(3, Math.min(8, c.length)));
  const sum = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => (w / sum) * W);
  doc.fontSize(6.5);
  const headerHeight = Math.max(...item.columns.map((c, i) => doc.heightOfString(c, { width: (cols[i] ?? 0) - 4 }))) + 6;
  const rowHeight = 20;
  doc.fontSize(10.5);
  room(doc, 16 + headerHeight + rowHeight * 2);
  doc.text(item.label, M, doc.y, { width: W });
  let y = doc.y + 3;
  const grid = (height: number, label: (i: number) => string) => {
    let x = M;
    cols.forEach((w, i) => {
      doc.lineWidth(0.6).rect(x, y, w, height).stroke();
      const text = label(i);
      if (text) doc.fontSize(6.5).text(text, x + 2, y + 3, { width: w - 4, align: 'center' });
      x += w;
    });
    y += height;
  };
  grid(headerHeight, (i) => item.columns[i] ?? '');
  for (let r = 0; r < item.rows; r++) {
    if (y + rowHeight > BOTTOM) { doc.addPage(); y = M; grid(headerHeight, (i) => item.columns[i] ?? ''); }
    grid(rowHeight, () => '');
  }
  doc.y = y + 3;
  doc.fontSize(8).fillColor('#444');
  for (const line of item.legend) doc.text(line, M, doc.y, { width: W });
  doc.fillColor('#000').moveDown(0.6);
};

/**
 * The blank questionnaire as an A4 PDF with the CJK font embedded (no download at run time; src/office/print/pdf.ts):
 * the same page as the HTML (src/surveys/print.ts `blankForm`), for cadres who print it where there is no signal.
 */
export const blankFormPdf = async (form: FormDefinition, fontPath: string): Promise<Buffer> => {
  const page = blankForm(form);
  const { doc, finish } = newPdf(fontPath, { title: page.title, margin: M });
  doc.fontSize(16).text(page.title, M, M, { width: W, align: 'center' });
  doc.moveDown(0.6).fontSize(10.5);
  // the household's header: three fields a line, each with a line to write on
  const third = W / 3;
  page.header.forEach((h, i) => {
    const x = M + (i % 3) * third;
    if (i % 3 === 0 && i > 0) doc.y += 20;
    const y = doc.y;
    doc.text(`${h}：`, x, y, { lineBreak: false });
    underline(doc, x + doc.widthOfString(`${h}：`), y + 12, third - doc.widthOfString(`${h}：`) - 10);
    doc.y = y;
  });
  doc.y += 28;
  for (const item of page.items) {
    if (item.kind === 'table') table(doc, item);
    else question(doc, item);
  }
  // the signatures: room for the hands, never split from one another
  room(doc, 96);
  const f = page.footer;
  doc.fontSize(10.5).text(`${f.respondent}：`, M, doc.y + 6, { lineBreak: false });
  underline(doc, M + 80, doc.y + 18, 120);
  doc.fontSize(8.5).text(`（${f.onBehalf}：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000）`, M + 210, doc.y + 8, { width: W - 210 });
  let y = doc.y + 22;
  let x = M;
  doc.fontSize(10.5);
  for (const t of f.team) {
    doc.text(`${t}：`, x, y, { lineBreak: false });
    const w = doc.widthOfString(`${t}：`);
    underline(doc, x + w, y + 12, 80);
    x += w + 92;
  }
  y += 30;
  doc.text(f.date, M, y, { width: W, align: 'right', lineBreak: false });
  doc.fontSize(7).fillColor('#888').text(`${page.formId} · ${page.version}`, M, BOTTOM - 14, { width: W, align: 'left', lineBreak: false });
  return finish();
};
