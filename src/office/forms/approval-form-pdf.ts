import { formDate } from '../../audit/approval-form-html.ts';
import type { ApprovalFormModel, FormOpinion, FormSigner } from '../../audit/approval-form-model.ts';
import { CAPACITY_ZH, CAUSE_ZH, employmentZh, healthZh, LABOUR_ZH, POLICIES_ZH, RELATION_ZH, STEP_TITLE_ZH, STUDENT_ZH } from '../../audit/form-labels.ts';
import { isRole } from '../../auth/roles.ts';
import { CARD_NAME_ZH } from '../../domain/card.ts';
import { chinaDateOf, CHINA_OFFSET_MS } from '../../domain/dates.ts';
import { memberAgeOn } from '../../domain/member.ts';
import { maskResidentId } from '../../domain/resident-id.ts';
import type { PlaceNames } from '../../regions/view.ts';
import { A4, newPdf } from '../print/pdf.ts';
import type { Pdf } from '../print/pdf.ts';

export interface ApprovalPrint {
  form: ApprovalFormModel;
  /** 430623-2026-000123 (src/office/forms/form-numbers.ts) */
  number: string;
  places: PlaceNames;
  fullIds: boolean;
  printedAt: string;
  /** the trail (办理记录) on the pages after the form */
  trail: boolean;
}

const M = 28;
const WIDTH = A4.width - 2 * M;
const BOTTOM = A4.height - M;
/** the form's eight columns: a row head and seven value columns */
const COLS = [66, ...new Array<number>(7).fill((WIDTH - 66) / 7)];
const X = COLS.map((_, i) => M + COLS.slice(0, i).reduce((a, b) => a + b, 0));

/** the embedded font has no ☑ (U+2611): a checked box prints as ▣, an empty one as □ */
const box = (on: boolean, label: string) => `${on ? '▣' : '□'}${label}`;
const cards = (chosen: string | null) => (['red', 'yellow', 'green', 'blue'] as const).map((c) => box(chosen === c, `${CARD_NAME_ZH[c]}户`)).join('  ');
const yuan = (n: number | null) => (n === null ? '' : Number.isInteger(n) ? String(n) : n.toFixed(2));
const capacityOf = (s: FormSigner) => (s.actor.capacity && isRole(s.actor.capacity) ? CAPACITY_ZH[s.actor.capacity] : '');
const recorded = (s: FormSigner) => `${s.actor.name ?? s.actor.id}${s.actor.organisation ? `（${s.actor.organisation}）` : ''}`;
const timeOf = (instant: string) => new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** a cell: its border and its text, wrapped inside and cut with an ellipsis so the row keeps its height */
const cell = (doc: Pdf, text: string, col: number, span: number, y: number, h: number, options: { size?: number; align?: 'left' | 'center' | 'right'; head?: boolean } = {}) => {
  const x = X[col] ?? M;
  const w = COLS.slice(col, col + span).reduce((a, b) => a + b, 0);
  doc.lineWidth(0.6).rect(x, y, w, h).stroke();
  let size = options.size ?? 8.5;
  // a row head shrinks to fit its cell on one line rather than lose its end
  if (options.head) while (size > 6 && doc.fontSize(size).widthOfString(text) > w - 6) size -= 0.5;
  const lines = Math.max(1, Math.floor((h - 4) / (size * 1.25)));
  const top = lines === 1 ? y + (h - size) / 2 - 1 : y + 3;
  doc.fontSize(size).text(text, x + 3, top, { width: w - 6, height: lines * size * 1.25, ellipsis: true, align: options.align ?? (options.head ? 'center' : 'left'), lineGap: size * 0.1 });
};

/**
 * An opinion row: the lead and cards, the opinion, then one signature line per signer with room for the hand
 * signature (and the seal where the body seals), who recorded it in the system and the date it happened.
 */
const opinionRow = (doc: Pdf, title: string, lead: string, row: FormOpinion | null, y: number, h: number, signLabel: (s: FormSigner) => string, seal: string | null): number => {
  cell(doc, title, 0, 1, y, h, { head: true, size: 9 });
  const x = (X[1] ?? M) + 3;
  const w = WIDTH - (COLS[0] ?? 0) - 6;
  doc.lineWidth(0.6).rect(X[1] ?? M, y, WIDTH - (COLS[0] ?? 0), h).stroke();
  if (!row) {
    doc.fontSize(8.5).fillColor('#555').text('（尚未办理）', x, y + 4, { width: w }).fillColor('#000');
    return y + h;
  }
  doc.fontSize(8.5).text(`${lead}${cards(row.card)}`, x, y + 3, { width: w, height: 11, ellipsis: true });
  if (row.opinion) doc.fontSize(8).text(`意见：${row.opinion}`, x, y + 15, { width: w, height: 10, ellipsis: true });
  const lineH = 16;
  const signers = row.signers.slice(0, Math.max(1, Math.floor((h - 28) / lineH)));
  signers.forEach((s, i) => {
    const ly = y + h - (signers.length - i) * lineH - (seal ? 2 : 1);
    const label = `${signLabel(s)}（签字）：`;
    doc.fontSize(8.5).text(label, x, ly + 4, { width: 110, lineBreak: false });
    const lx = x + Math.min(110, doc.widthOfString(label) + 2);
    doc.moveTo(lx, ly + 13).lineTo(lx + 90, ly + 13).lineWidth(0.4).stroke();
    doc.fontSize(7.5).fillColor('#333').text(`系统记录：${recorded(s)}`, lx + 96, ly + 5, { width: 170, height: 9, ellipsis: true, lineBreak: false }).fillColor('#000');
    doc.fontSize(8.5).text(formDate(s.at), x + w - 80, ly + 4, { width: 80, align: 'right', lineBreak: false });
  });
  if (seal) doc.fontSize(8.5).text(seal, x + w - 200, y + 16, { width: 120, align: 'right', lineBreak: false });
  return y + h;
};

/** page 1: the form; it always fits (members' rows and opinions shrink to the room left), the trail follows */
const formPage = (doc: Pdf, p: ApprovalPrint) => {
  const { form } = p;
  const facts = form.facts;
  let y = M;
  doc.fontSize(15).text(`${form.year}年分类帮扶动态管理审批表`, M, y, { width: WIDTH, align: 'center' });
  y += 22;
  doc.fontSize(8.5).text(`编号：${p.number}`, M, y, { width: WIDTH / 2, lineBreak: false });
  doc.text(`打印时间：${timeOf(p.printedAt)}（北京时间）`, M + WIDTH / 2, y, { width: WIDTH / 2, align: 'right', lineBreak: false });
  y += 13;
  const R = 17;
  const township = p.places.townshipName ?? form.villageCode.slice(0, 9);
  const village = p.places.villageName ?? form.villageCode;
  if (facts) {
    const recorded = facts.residentId as string | null; // null once erased (src/privacy)
    const id = recorded === null ? '（已删除）' : p.fullIds ? recorded : maskResidentId(recorded);
    cell(doc, '户主姓名', 0, 1, y, R, { head: true }); cell(doc, facts.head, 1, 1, y, R); cell(doc, '家庭人口', 2, 1, y, R, { head: true });
    cell(doc, String(facts.members.length), 3, 1, y, R); cell(doc, '证件号码', 4, 1, y, R, { head: true }); cell(doc, id, 5, 3, y, R);
    y += R;
    const escaped = facts.povertyStatus === 'escaped' || facts.povertyStatus === 'monitored';
    cell(doc, '主要致贫原因', 0, 1, y, R, { head: true }); cell(doc, facts.mainCauseOfPoverty ? CAUSE_ZH[facts.mainCauseOfPoverty] : '无', 1, 1, y, R);
    cell(doc, '类别', 2, 1, y, R, { head: true });
    cell(doc, `${box(facts.registration === 'registered', '建档立卡贫困户')} ${box(facts.registration !== 'registered', '非贫困户')}（${box(facts.registration === 'edge', '边缘户')}）`, 3, 2, y, R, { size: 7.5 });
    cell(doc, '脱贫属性', 5, 1, y, R, { head: true });
    cell(doc, `${box(escaped, '已脱贫')} ${box(facts.povertyStatus === 'not-escaped', '未脱贫')} ${box(facts.povertyStatus === 'returned', '返贫')}`, 6, 2, y, R, { size: 7.5 });
    y += R;
    cell(doc, '家庭住址', 0, 1, y, R, { head: true }); cell(doc, `${township}\u3000${village}\u3000${facts.group}`, 1, 7, y, R);
    y += R;
    const i = form.income;
    const pairs: Array<[string, string]> = i
      ? [['工资性收入（元）', yuan(i.wage)], ['经营性收入（元）', yuan(i.business)], ['财产性收入（元）', yuan(i.property)], ['转移性收入（元）', yuan(i.transfer)],
        ['生产经营性支出（元）', yuan(i.productionCosts)], ['收入小计（元）', yuan(i.subtotal)], ['人均纯收入（元）', yuan(i.perCapita)], ['收入年度', `${i.year}年`]]
      : [['家庭收入', `无 ${form.incomeYear} 年度收入记录`]];
    for (let k = 0; k < pairs.length; k += 4) {
      pairs.slice(k, k + 4).forEach(([label, value], j) => { cell(doc, label, 2 * j, 1, y, R, { head: true, size: 7.5 }); cell(doc, value, 2 * j + 1, 1, y, R, { align: 'right' }); });
      y += R;
    }
    cell(doc, '已享受的扶贫政策', 0, 1, y, 26, { head: true, size: 7.5 });
    cell(doc, POLICIES_ZH.map(([code, zh]) => box(facts.policiesEnjoyed.includes(code), zh)).join('  '), 1, 7, y, 26, { size: 8 });
    y += 26;
  } else {
    cell(doc, '家庭住址', 0, 1, y, R, { head: true }); cell(doc, `${township}\u3000${village}`, 1, 7, y, R);
    y += R;
  }
  // the opinion rows and the notice need this much below the members: what is left goes to the members' rows
  const OPINION = 62;
  const APPRAISAL = 84;
  const NOTICE = 92;
  const NOTES = 30;
  const below = 22 + 3 * OPINION + APPRAISAL + NOTICE + NOTES;
  if (facts) {
    const members = facts.members;
    const rowH = Math.max(9, Math.min(16, (BOTTOM - below - y) / (members.length + 1)));
    const size = Math.min(8.5, rowH - 4);
    const on = chinaDateOf(form.initialCheck?.at ?? p.printedAt);
    cell(doc, '家庭基本情况', 0, 1, y, rowH * (members.length + 1), { head: true });
    ['姓名', '与户主关系', '年龄', '在校生状况', '身体状况', '劳动力状况', '务工及就业'].forEach((h, j) => cell(doc, h, j + 1, 1, y, rowH, { head: true, size }));
    y += rowH;
    for (const m of members) {
      [m.name, RELATION_ZH[m.relation], String(memberAgeOn(m, on) ?? ''), STUDENT_ZH[m.studentStatus], healthZh(m.health), LABOUR_ZH[m.labour], employmentZh(m.employment)]
        .forEach((v, j) => cell(doc, v, j + 1, 1, y, rowH, { size, head: true }));
      y += rowH;
    }
  }
  cell(doc, '可以享受的扶贫政策', 0, 1, y, 22, { head: true, size: 7 });
  cell(doc, `${POLICIES_ZH.map(([, zh]) => box(false, zh)).join('  ')}（由经办人填写）`, 1, 7, y, 22, { size: 7.5 });
  y += 22;
  y = opinionRow(doc, '上户核查意见', `经上户核查，核算家庭人均纯收入${form.perCapitaIncome === null ? '' : ` ${yuan(form.perCapitaIncome)} 元`}，建议申报该户为：`, form.initialCheck, y, OPINION, () => '上户调查人', null);
  y = opinionRow(doc, '民主评议意见', form.appraisal?.outcome === 'rejected' ? '经会议评议，不同意申报该户为：' : '经党员、组长、贫困户代表、群众代表会议评议，同意申报该户为：', form.appraisal, y, APPRAISAL, capacityOf, null);
  y = opinionRow(doc, '乡镇复核意见', form.township?.outcome === 'sentBack' ? '退回村级重新核查：' : form.township?.outcome === 'adjusted' ? '经乡镇逐户核实，协商调整为：' : '经乡镇逐户核实，同意申报该户为：', form.township, y, OPINION, () => '复核人', '乡镇人民政府（盖章）');
  const spot = form.spotCheck;
  y = opinionRow(doc, '县级抽查意见', spot && !spot.sampled ? '本户未抽中，按乡镇复核结果通过：' : '经县扶贫办抽查核定，同意申报该户为：', spot, y, OPINION, (s) => (spot?.sampled ? '抽查人' : capacityOf(s) || '经办人'), spot?.sampled ? '县扶贫办（盖章）' : null);
  // 乡村公示情况
  cell(doc, '乡村公示情况', 0, 1, y, NOTICE, { head: true, size: 9 });
  doc.lineWidth(0.6).rect(X[1] ?? M, y, WIDTH - (COLS[0] ?? 0), NOTICE).stroke();
  const nx = (X[1] ?? M) + 3;
  const nw = WIDTH - (COLS[0] ?? 0) - 6;
  const notice = form.notice;
  const lines: string[] = [];
  if (notice) {
    for (const posting of notice.postings) lines.push(`${posting.level === 'township' ? '乡镇级' : '村级'}公示：${formDate(posting.startsAt)} 至 ${formDate(new Date(Date.parse(posting.endsAt) - 1).toISOString())}（张榜：${recorded(posting.postedBy)}）`);
    lines.push(notice.objections.length === 0 ? '公示无异议。' : `公示期间收到异议 ${notice.objections.length} 件（处理情况见办理记录）。`);
    lines.push(form.completed ? `同意确定该户为：${cards(form.completed.card)}；${formDate(form.completed.at)} 上报县扶贫办。` : '公示尚未结束或尚有异议未处理。');
  } else lines.push('（尚未公示）');
  doc.fontSize(8.5).text(lines.join('\n'), nx, y + 3, { width: nw, height: NOTICE - 26, ellipsis: true });
  doc.fontSize(8.5).text('村委会（盖章）', nx + 40, y + NOTICE - 20, { lineBreak: false });
  doc.text('乡镇人民政府（盖章）', nx + 220, y + NOTICE - 20, { lineBreak: false });
  doc.text('年\u3000\u3000月\u3000\u3000日', nx + nw - 90, y + NOTICE - 20, { width: 90, align: 'right', lineBreak: false });
  y += NOTICE;
  doc.fontSize(7).fillColor('#333').text('备注：此表一式两份，村委会、乡镇人民政府各存一份。各栏“系统记录”为在系统中记录该环节的人员，日期为该环节办理之日；签字、盖章由本人手写加盖。办理记录（全部环节）见第 2 页。', M, y + 4, { width: WIDTH, height: NOTES - 4, ellipsis: true }).fillColor('#000');
};

/** page 2 on: every step signed, one row each (no line breaks inside the dates) */
const trailPages = (doc: Pdf, p: ApprovalPrint) => {
  doc.addPage();
  let y = M;
  doc.fontSize(12).text(`办理记录（全部环节）\u3000编号：${p.number}`, M, y, { width: WIDTH });
  y += 20;
  const widths = [24, 80, 110, 86, WIDTH - 24 - 80 - 110 - 86 - 36, 36];
  const xs = widths.map((_, i) => M + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const row = (values: string[], head = false) => {
    doc.fontSize(8);
    const h = Math.max(16, ...values.map((v, i) => doc.heightOfString(v, { width: (widths[i] ?? 0) - 6 }) + 6));
    if (y + h > BOTTOM) {
      doc.addPage();
      y = M;
    }
    values.forEach((v, i) => {
      doc.lineWidth(0.6).rect(xs[i] ?? M, y, widths[i] ?? 0, h).stroke();
      doc.fontSize(8).text(v, (xs[i] ?? M) + 3, y + 3, { width: (widths[i] ?? 0) - 6, align: head ? 'center' : 'left' });
    });
    y += h;
  };
  row(['序号', '环节', '记录人（身份）', '办理时间（北京时间）', '意见', '卡别'], true);
  for (const s of p.form.trail) {
    const capacity = s.actor.capacity && isRole(s.actor.capacity) ? CAPACITY_ZH[s.actor.capacity] : '';
    const late = s.lateEntryReason === null ? '' : `【补录：${s.lateEntryReason}；录入 ${timeOf(s.recordedAt)}】`;
    row([String(s.revision), STEP_TITLE_ZH[s.type] ?? s.type, `${s.actor.name ?? s.actor.id}（${s.actor.id}）${capacity ? `\n${capacity}` : ''}`, timeOf(s.occurredAt), `${late}${s.opinion ?? ''}`, s.card && s.card in CARD_NAME_ZH ? CARD_NAME_ZH[s.card as keyof typeof CARD_NAME_ZH] : s.card ?? '']);
  }
};

/** 分类帮扶动态管理审批表 as a PDF: the form on one A4 page, the trail after it; the CJK font embedded */
export const approvalFormPdf = async (p: ApprovalPrint, fontPath: string): Promise<Buffer> => {
  const { doc, finish } = newPdf(fontPath, { title: `${p.form.year}年分类帮扶动态管理审批表 ${p.number}`, margin: M });
  formPage(doc, p);
  if (p.trail) trailPages(doc, p);
  return finish();
};
