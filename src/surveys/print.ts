import { escapeHtml } from '../audit/html.ts';
import { baseType, listOf, type FormDefinition } from './form.ts';

/**
 * A blank questionnaire to print for work without signal (A4, the fonts of the reader's system; PDF is the office
 * work's): every question with its choices as boxes to tick, the skips written out as on the seeds' forms, and the
 * footer's signatures (被访者 or 复核人员代签 with the reason, the team of two, the date).
 */
export const printForm = (form: FormDefinition): string => {
  const labelOf = new Map(form.questions.map((q) => [q.name, q.label]));
  const rows = form.questions.map((q) => {
    const type = baseType(q);
    if (type === 'end_repeat' || type === 'end_group') return '';
    const choices = form.choices.filter((c) => c.list === listOf(q)).map((c) => `<span class="choice">□ ${escapeHtml(c.label)}</span>`).join(' ');
    const blank = type === 'select_one' || type === 'select_multiple' ? choices : '<span class="blank"></span>';
    const skip = q.relevant ? `<div class="skip">（仅当 ${escapeHtml(q.relevant.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_w, n: string) => `「${(labelOf.get(n) ?? n).split(/\s/)[0] ?? n}」`))} 时填写）</div>` : '';
    const rule = q.constraint && q.ruleStrength ? `<div class="rule ${q.ruleStrength}">${q.ruleStrength === 'warning' ? '⚠' : '⛔'} ${escapeHtml(q.constraintMessage ?? '')}</div>` : '';
    return `<li class="${type}"><div class="label">${escapeHtml(q.label)}${type === 'select_multiple' ? '（可多选）' : ''}</div>${blank}${skip}${rule}</li>`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(form.title)}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; font-size: 11pt; }
h1 { text-align: center; font-size: 16pt; }
.header span, .footer span { display: inline-block; min-width: 14em; margin: 0.3em 0; }
ol { list-style: none; padding: 0; }
li { margin: 0.5em 0; break-inside: avoid; }
.choice { margin-right: 1.2em; white-space: nowrap; }
.blank { display: inline-block; min-width: 10em; border-bottom: 1px solid #000; }
.skip, .rule { font-size: 9pt; color: #444; }
@media print { .noprint { display: none; } }
</style></head><body>
<h1>${escapeHtml(form.title)}</h1>
<div class="header"><span>乡镇：</span><span>村：</span><span>组：</span><span>户主姓名：</span><span>身份证号码：</span><span>家庭人口：</span></div>
<ol>
${rows}
</ol>
<div class="footer"><span>被访者签名：</span><span>（其他方式接受调查由复核人员代签，并备注说明：&#12288;&#12288;&#12288;&#12288;）</span><br>
<span>调查人（复核人员）单位：</span><span>签名：</span><span>签名：</span><span>年&#12288;月&#12288;日</span></div>
<p class="noprint">${escapeHtml(form.formId)} · ${escapeHtml(form.version)}</p>
</body></html>
`;
};
