import { Html, html } from '../../audit/html.ts';
import { RELATION_ZH } from '../../audit/form-labels.ts';
import type { Household } from '../../domain/household.ts';
import { maskResidentId } from '../../domain/resident-id.ts';
import type { PlaceNames } from '../../regions/view.ts';
import { PRINT_CSS } from '../print/table-print.ts';
import { A4, newPdf } from '../print/pdf.ts';

/**
 * 农户承诺和授权查询书 (004 附件1): the applicant's promise that what the family declares is true and its consent
 * that departments look up the family's records, pre-filled from the household's facts, to be signed and
 * thumbprinted by the applicant (a proxy may fill it in for one who cannot write; the thumbprint is still the
 * applicant's own).
 */
export interface CommitmentLetter {
  household: Household;
  places: PlaceNames;
  fullIds: boolean;
}

const TITLE = '农户承诺和授权查询书';
const promise = (villageName: string) => [
  `${villageName}村民委员会：`,
  '本人已了解申请纳入防止返贫监测对象的政策规定和办理程序。本人申请时所提供的家庭人口、收入、住房等情况及其他有关信息均真实、准确、完整，如有隐瞒或虚报，愿意承担相应责任。',
  '本人同意并授权有关部门在审核审查过程中，根据工作需要，向公安、市场监管（工商）、税务、金融机构等单位查询本人及下列家庭成员的有关信息和资料。',
];

// an erased household's ID reads null (src/privacy): an empty line
const idOf = (l: CommitmentLetter, id: string | null | undefined) => (id === undefined || id === null ? '' : l.fullIds ? id : maskResidentId(id));

export const commitmentLetterHtml = (l: CommitmentLetter): string => {
  const h = l.household;
  const village = l.places.villageName ?? h.villageCode;
  const [salutation, ...paragraphs] = promise(village);
  return html`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${TITLE} · ${h.head}</title><style>${new Html(PRINT_CSS)}
  p.body { text-indent: 2em; line-height: 1.9; font-size: 12pt; }
  .thumb { display: inline-block; width: 25mm; height: 25mm; border: 0.75pt dashed #000; vertical-align: middle; margin-left: 6mm; text-align: center; font-size: 8pt; line-height: 25mm; }
  .signature { margin-top: 12mm; text-align: right; line-height: 2.4; }
  .line { display: inline-block; min-width: 40mm; border-bottom: 0.75pt solid #000; }
</style></head>
<body>
<h1>${TITLE}</h1>
<p>${salutation}</p>
${paragraphs.map((t) => html`<p class="body">${t}</p>`)}
<p>户主：${h.head}\u3000\u3000证件号码：${idOf(l, h.residentId)}\u3000\u3000住址：${l.places.townshipName ?? h.villageCode.slice(0, 9)} ${village} ${h.group}</p>
<table><thead><tr><th>姓名</th><th>与户主关系</th><th>证件号码</th></tr></thead><tbody>
${h.members.map((m) => html`<tr><td>${m.name}</td><td>${RELATION_ZH[m.relation]}</td><td>${idOf(l, m.residentId)}</td></tr>`)}
</tbody></table>
<div class="signature">
  <div>承诺和授权人（签字）：<span class="line"></span><span class="thumb">按手印</span></div>
  <div>代填人（农户不识字时）：<span class="line"></span>\u3000与农户关系：<span class="line"></span></div>
  <div>年\u3000\u3000月\u3000\u3000日</div>
</div>
</body></html>
`.markup;
};

export const commitmentLetterPdf = async (l: CommitmentLetter, fontPath: string): Promise<Buffer> => {
  const M = 56;
  const W = A4.width - 2 * M;
  const { doc, finish } = newPdf(fontPath, { title: `${TITLE} ${l.household.head}`, margin: M });
  const h = l.household;
  const village = l.places.villageName ?? h.villageCode;
  const [salutation, ...paragraphs] = promise(village);
  doc.fontSize(18).text(TITLE, M, M, { width: W, align: 'center' });
  doc.moveDown(1.2).fontSize(12).text(salutation ?? '', M, doc.y, { width: W });
  for (const t of paragraphs) doc.moveDown(0.5).text(t, M, doc.y, { width: W, indent: 24, lineGap: 8 });
  doc.moveDown(0.8).fontSize(10.5).text(`户主：${h.head}\u3000\u3000证件号码：${idOf(l, h.residentId)}`, M, doc.y, { width: W });
  doc.text(`住址：${l.places.townshipName ?? h.villageCode.slice(0, 9)} ${village} ${h.group}`, M, doc.y, { width: W });
  doc.moveDown(0.6);
  const widths = [W * 0.3, W * 0.25, W * 0.45];
  let y = doc.y;
  const row = (values: string[]) => {
    let x = M;
    values.forEach((v, i) => {
      doc.lineWidth(0.6).rect(x, y, widths[i] ?? 0, 20).stroke();
      doc.fontSize(10).text(v, x + 4, y + 5, { width: (widths[i] ?? 0) - 8, align: 'center', lineBreak: false });
      x += widths[i] ?? 0;
    });
    y += 20;
  };
  row(['姓名', '与户主关系', '证件号码']);
  for (const m of h.members) row([m.name, RELATION_ZH[m.relation], idOf(l, m.residentId)]);
  y += 40;
  doc.fontSize(12).text('承诺和授权人（签字）：', M + W - 330, y + 20, { lineBreak: false });
  doc.moveTo(M + W - 200, y + 34).lineTo(M + W - 90, y + 34).lineWidth(0.6).stroke();
  doc.dash(3, { space: 2 }).rect(M + W - 72, y, 72, 72).stroke().undash();
  doc.fontSize(8).text('按手印', M + W - 72, y + 32, { width: 72, align: 'center', lineBreak: false });
  y += 96;
  doc.fontSize(11).text('代填人（农户不识字时）：__________\u3000与农户关系：__________', M, y, { width: W, align: 'right', lineBreak: false });
  doc.fontSize(12).text('年\u3000\u3000月\u3000\u3000日', M, y + 36, { width: W, align: 'right', lineBreak: false });
  return finish();
};
