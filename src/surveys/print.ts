import { escapeHtml } from '../audit/html.ts';
import { baseType, isAnswered, listOf, type FormDefinition, type Question } from './form.ts';

/**
 * A blank questionnaire to print for work without signal (seed 002: 「无手机信号或信号差的地方，可先用纸质版进行调查」):
 * every question with its choices as boxes to tick, the skips written out as on the seeds' forms, a member list as a
 * table to fill in row by row, and the footer's signatures (被访者 or 复核人员代签 with the reason, the team of two, the
 * date). One model of the page (`blankForm`) drawn twice: HTML for the browser (print CSS) and PDF
 * (src/surveys/print-pdf.ts, A4, the CJK font embedded) — so the paper and the screen never disagree.
 */

/** a rule of the form as it prints next to its question: blocking refuses the entry later, a warning lets it through */
export interface PrintedRule { strength: 'blocking' | 'warning'; text: string }

export interface PrintedQuestion {
  kind: 'question';
  label: string;
  /** the boxes to tick (select_one / select_multiple); empty for a line to write on */
  choices: string[];
  multiple: boolean;
  /** what to write: a line, a number, a date */
  blank: 'text' | 'number' | 'date' | null;
  /** 「仅当 … 时填写」: the question's skip, in the words of the paper forms */
  skip: string | null;
  rule: PrintedRule | null;
}

/** a member list (家庭成员): a table whose columns are the repeat's questions, choices written as codes under it */
export interface PrintedTable {
  kind: 'table';
  label: string;
  columns: string[];
  /** 「在校状况：1 非在校生 2 学前教育 …」 */
  legend: string[];
  rows: number;
}

export interface PrintedForm {
  title: string;
  formId: string;
  version: string;
  header: string[];
  items: (PrintedQuestion | PrintedTable)[];
  footer: { respondent: string; onBehalf: string; team: string[]; date: string };
}

/** blank rows a member table prints with (a household rarely has more; the back of the sheet takes the rest) */
const MEMBER_ROWS = 6;

const choicesOf = (form: FormDefinition, q: Question) => form.choices.filter((c) => c.list === listOf(q));

/** `${q4} = '1'` → 「4. …」选「是」; other expressions keep their form with the questions named */
const skipText = (form: FormDefinition, relevant: string): string => {
  const byName = new Map(form.questions.map((q) => [q.name, q]));
  // a numbered question by its number (「4.」), another by its label up to any parenthesis
  const short = (name: string) => {
    const label = byName.get(name)?.label ?? name;
    const first = label.split(/\s/)[0] ?? label;
    return /^\d+(-\d+)?\.?$/.test(first) ? first : (label.split('（')[0] ?? label).slice(0, 20);
  };
  const choice = (name: string, value: string) => {
    const q = byName.get(name);
    return q ? choicesOf(form, q).find((c) => c.name === value)?.label ?? value : value;
  };
  const worded = relevant
    // count(${members}[school = '4']) > 0: a member list with someone answering so
    .replace(/count\(\$\{([A-Za-z0-9_]+)\}\[([A-Za-z0-9_]+)\s*=\s*'([^']*)'\]\)\s*>\s*0/g, (_w, list: string, name: string, value: string) => `「${short(list)}」中有「${short(name)}」为「${choice(name, value)}」的成员`).replace(/\$\{([A-Za-z0-9_]+)\}\s*(!?=)\s*'([^']*)'/g, (_w, name: string, op: string, value: string) => {
    return `「${short(name)}」${op === '=' ? '选' : '未选'}「${choice(name, value)}」`;
  });
  return worded.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_w, name: string) => `「${short(name)}」`).replace(/ or /g, ' 或 ').replace(/ and /g, ' 且 ');
};

const blankOf = (q: Question): PrintedQuestion['blank'] => {
  const type = baseType(q);
  if (type === 'integer' || type === 'decimal') return 'number';
  if (type === 'date') return 'date';
  if (type === 'text') return 'text';
  return null;
};

/** the printed page's content, from the form's definition */
export const blankForm = (form: FormDefinition): PrintedForm => {
  const items: PrintedForm['items'] = [];
  let table: PrintedTable | null = null;
  for (const q of form.questions) {
    const type = baseType(q);
    if (type === 'begin_repeat') {
      table = { kind: 'table', label: q.label, columns: [], legend: [], rows: MEMBER_ROWS };
      items.push(table);
      continue;
    }
    if (type === 'end_repeat') { table = null; continue; }
    if (!isAnswered(q) && type !== 'note') continue;
    if (table) {
      table.columns.push(q.label);
      const choices = choicesOf(form, q);
      if (choices.length > 0) table.legend.push(`${q.label}：${choices.map((c) => `${c.name} ${c.label}`).join('  ')}`);
      continue;
    }
    items.push({
      kind: 'question', label: q.label, choices: choicesOf(form, q).map((c) => c.label), multiple: type === 'select_multiple', blank: blankOf(q),
      skip: q.relevant ? `仅当${skipText(form, q.relevant)}时填写` : null,
      rule: q.constraint && q.ruleStrength ? { strength: q.ruleStrength, text: q.constraintMessage ?? '' } : null,
    });
  }
  return {
    title: form.title, formId: form.formId, version: form.version,
    header: ['乡镇', '村', '组', '户主姓名', '身份证号码', '家庭人口'],
    items,
    footer: { respondent: '被访者签名', onBehalf: '其他方式接受调查由复核人员代签，并备注说明', team: ['调查人（复核人员）单位', '签名', '签名'], date: '年\u3000\u3000月\u3000\u3000日' },
  };
};

export const RULE_MARK = { blocking: '不允许提交：', warning: '警告（可提交）：' } as const;

const e = escapeHtml;

/** the blank questionnaire as an HTML page (A4 print CSS, the fonts of the reader's system) */
export const printForm = (form: FormDefinition): string => {
  const page = blankForm(form);
  const rows = page.items.map((item) => {
    if (item.kind === 'table') {
      const empty = `<tr>${item.columns.map(() => '<td></td>').join('')}</tr>`;
      return `<li class="table"><div class="label">${e(item.label)}</div><table><thead><tr>${item.columns.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead><tbody>${empty.repeat(item.rows)}</tbody></table>${item.legend.map((l) => `<div class="legend">${e(l)}</div>`).join('')}</li>`;
    }
    const blank = item.choices.length > 0 ? item.choices.map((c) => `<span class="choice">□ ${e(c)}</span>`).join(' ') : item.blank === 'date' ? '<span class="blank short"></span>年<span class="blank short"></span>月<span class="blank short"></span>日' : item.blank ? '<span class="blank"></span>' : '';
    const skip = item.skip ? `<div class="skip">（${e(item.skip)}）</div>` : '';
    const rule = item.rule ? `<div class="rule ${item.rule.strength}">${RULE_MARK[item.rule.strength]}${e(item.rule.text)}</div>` : '';
    return `<li><div class="label">${e(item.label)}${item.multiple ? '（可多选）' : ''}</div>${blank}${skip}${rule}</li>`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${e(page.title)}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; font-size: 11pt; }
h1 { text-align: center; font-size: 16pt; }
.header span, .footer span { display: inline-block; min-width: 14em; margin: 0.3em 0; }
ol { list-style: none; padding: 0; }
li { margin: 0.5em 0; break-inside: avoid; }
.choice { margin-right: 1.2em; white-space: nowrap; }
.blank { display: inline-block; min-width: 10em; border-bottom: 1px solid #000; }
.blank.short { min-width: 3em; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
th, td { border: 0.75pt solid #000; padding: 1mm; height: 7mm; }
.skip, .rule, .legend { font-size: 9pt; color: #444; }
@media print { .noprint { display: none; } }
</style></head><body>
<h1>${e(page.title)}</h1>
<div class="header">${page.header.map((h) => `<span>${e(h)}：</span>`).join('')}</div>
<ol>
${rows}
</ol>
<div class="footer"><span>${e(page.footer.respondent)}：</span><span>（${e(page.footer.onBehalf)}：&#12288;&#12288;&#12288;&#12288;）</span><br>
${page.footer.team.map((t) => `<span>${e(t)}：</span>`).join('')}<span>${e(page.footer.date)}</span></div>
<p class="noprint">${e(page.formId)} · ${e(page.version)}</p>
</body></html>
`;
};
