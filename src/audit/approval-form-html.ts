import { isRole } from '../auth/roles.ts';
import { CARD_NAME_ZH } from '../domain/card.ts';
import type { Card } from '../domain/card.ts';
import { chinaDateOf, CHINA_OFFSET_MS } from '../domain/dates.ts';
import type { Household } from '../domain/household.ts';
import { grossIncome } from '../domain/income.ts';
import { memberAgeOn } from '../domain/member.ts';
import { maskResidentId } from '../domain/resident-id.ts';
import type { Actor } from '../store/types.ts';
import type { ApprovalFormModel, FormOpinion, FormSigner } from './approval-form-model.ts';
import { CAPACITY_ZH, CAUSE_ZH, employmentZh, healthZh, LABOUR_ZH, POLICIES_ZH, RELATION_ZH, STEP_TITLE_ZH, STUDENT_ZH } from './form-labels.ts';
import { Html, html } from './html.ts';

/** 2026年03月23日: the China calendar date of an instant, as the form writes dates */
export const formDate = (instant: string): string => {
  const [y, m, d] = chinaDateOf(instant).split('-');
  return `${y}年${m}月${d}日`;
};
/** the last day of a period that ends at `end` (24:00 China time of that day is 00:00 of the next) */
const lastDayOf = (end: string): string => formDate(new Date(Date.parse(end) - 1).toISOString());
/** 2026-03-23 10:00 (北京时间) */
const formTime = (instant: string): string => `${new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')}`;

const box = (checked: boolean, label: string) => html`<span class="box">${checked ? '☑' : '□'}</span>${label}`;
const cards = (chosen: string | null) => (['red', 'yellow', 'green', 'blue'] as const).map((c) => box(chosen === c, `${CARD_NAME_ZH[c]}户`));
const cardZh = (c: string | null): string => (c && c in CARD_NAME_ZH ? CARD_NAME_ZH[c as Card] : (c ?? ''));
const capacityZh = (capacity: string | undefined): string => (capacity && isRole(capacity) ? CAPACITY_ZH[capacity] : (capacity ?? ''));
const who = (a: Actor) => html`<span class="signer">${a.name ?? a.id}</span>${a.name ? html`<span class="id">（${a.id}）</span>` : ''}${a.organisation ? html` ${a.organisation}` : ''}`;
const signature = (s: FormSigner, label?: string) =>
  html`<div class="sign">${label ?? capacityZh(s.actor.capacity)}（签字）：${who(s.actor)}\u3000<span class="date">${formDate(s.at)}</span></div>`;
const empty = html`<span class="blank">（尚未办理）</span>`;

const opinionRow = (title: string, lead: string, row: FormOpinion | null, signers: (row: FormOpinion) => Html) => html`
  <tr><th class="rowhead">${title}</th><td colspan="7">${row ? html`
    <p>${lead}${cards(row.card)}</p>
    ${row.outcome && !['approved', 'confirmed'].includes(row.outcome) ? html`<p class="outcome">结果：${OUTCOME_ZH[row.outcome] ?? row.outcome}</p>` : ''}
    <p class="opinion">意见：${row.opinion}</p>
    ${signers(row)}` : empty}</td></tr>`;

const OUTCOME_ZH: Readonly<Record<string, string>> = {
  approved: '同意', rejected: '不同意', confirmed: '确认', adjusted: '协商调整', sentBack: '退回', refused: '不予认定', upheld: '异议成立', dismissed: '异议不成立',
};

const householdRows = (facts: Household | null, year: number, at: string, fullIds: boolean) => {
  if (!facts) return html`<tr><td colspan="8">${empty}</td></tr>`;
  const income = facts.incomes[String(year)];
  const id = fullIds ? facts.residentId : maskResidentId(facts.residentId);
  const escaped = facts.povertyStatus === 'escaped' || facts.povertyStatus === 'monitored';
  const policies = (enjoyed: readonly string[]) => POLICIES_ZH.map(([code, zh]) => box(enjoyed.includes(code), zh));
  const on = chinaDateOf(at);
  return html`
  <tr><th>户主姓名</th><td>${facts.head}</td><th>家庭人口</th><td>${facts.members.length}</td><th>证件号码</th><td colspan="3" class="mono">${id}</td></tr>
  <tr><th>主要致贫原因</th><td>${facts.mainCauseOfPoverty ? CAUSE_ZH[facts.mainCauseOfPoverty] : '无'}</td>
    <th>类别</th><td colspan="2">${box(facts.registration === 'registered', '建档立卡贫困户')}<br>${box(facts.registration !== 'registered', '非贫困户')}（${box(facts.registration === 'edge', '边缘户')}）</td>
    <th>脱贫属性</th><td colspan="2">${box(escaped, '已脱贫')}（${box(facts.povertyStatus === 'monitored', '脱贫监测户')}）${box(facts.povertyStatus === 'not-escaped', '未脱贫')}${box(facts.povertyStatus === 'returned', '返贫')}</td></tr>
  <tr><th>家庭住址</th><td colspan="7">乡镇：${facts.villageCode.slice(0, 9)}\u3000村：${facts.villageCode}\u3000${facts.group}</td></tr>
  <tr><th>经营性收入（元）</th><td>${income?.business ?? ''}</td><th>工资性收入（元）</th><td>${income?.wage ?? ''}</td><th>转移性收入（元）</th><td>${income?.transfer ?? ''}</td><th>收入小计（元）</th><td>${income ? grossIncome(income) : ''}</td></tr>
  <tr><th>已享受的扶贫政策</th><td colspan="7" class="policies">${policies(facts.policiesEnjoyed)}</td></tr>
  <tr><th rowspan="${facts.members.length + 1}">家庭基本情况</th><th>姓名</th><th>与户主关系</th><th>年龄</th><th>在校生状况</th><th>身体状况</th><th>劳动力状况</th><th>务工及就业</th></tr>
  ${facts.members.map((m) => html`<tr><td>${m.name}</td><td>${RELATION_ZH[m.relation]}</td><td>${memberAgeOn(m, on) ?? ''}</td><td>${STUDENT_ZH[m.studentStatus]}</td><td>${healthZh(m.health)}</td><td>${LABOUR_ZH[m.labour]}</td><td>${employmentZh(m.employment)}</td></tr>`)}
  <tr><th>可以享受的扶贫政策</th><td colspan="7" class="policies">${policies([])}<span class="note">（系统未记录，由经办人填写）</span></td></tr>`;
};

const STYLE = `
  @page { size: A4 portrait; margin: 12mm 10mm; }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", serif; font-size: 10.5pt; line-height: 1.5; color: #000; margin: 0 auto; max-width: 190mm; }
  h1 { font-size: 16pt; text-align: center; letter-spacing: 0.1em; margin: 0 0 4mm; }
  .meta { display: flex; justify-content: space-between; font-size: 9pt; margin-bottom: 2mm; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  th, td { border: 0.75pt solid #000; padding: 1.5mm 2mm; vertical-align: top; word-break: break-all; overflow-wrap: anywhere; }
  th { font-weight: normal; text-align: center; vertical-align: middle; }
  th.rowhead { width: 16mm; }
  .box { font-family: "Segoe UI Symbol", "DejaVu Sans", "Noto Sans CJK SC", sans-serif; margin: 0 0.3em 0 0.8em; }
  .box:first-child { margin-left: 0; }
  .mono, .hash { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; }
  .hash { font-size: 7pt; }
  .sign { text-align: right; margin-top: 1mm; }
  .blank, .note { color: #555; }
  .opinion { white-space: pre-wrap; }
  .seal { display: inline-block; min-width: 40mm; margin-left: 8mm; }
  .notes { font-size: 9pt; margin-top: 3mm; }
  .trail { margin-top: 6mm; font-size: 8.5pt; }
  .trail h2 { font-size: 11pt; margin: 0 0 2mm; }
  @media print {
    .trail { break-before: page; page-break-before: always; }
    tr, .sign { break-inside: avoid; page-break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
  }`;

/** the form as a printable page; every value escaped, the head's ID masked unless `fullIds` */
export const renderApprovalForm = (form: ApprovalFormModel, options: { fullIds: boolean; printedAt: string }): string => {
  const declaredAt = form.initialCheck?.at ?? form.trail[0]?.occurredAt ?? options.printedAt;
  const notice = form.notice;
  const page = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${form.year}年分类帮扶动态管理审批表 · ${form.facts?.head ?? form.designationId}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<h1>${form.year}年分类帮扶动态管理审批表</h1>
<div class="meta"><span>认定编号：${form.designationId}</span><span>打印时间：${formTime(options.printedAt)}（北京时间）</span></div>
<table class="form">
  <colgroup><col style="width:16mm"><col><col><col><col><col><col><col></colgroup>
  ${householdRows(form.facts, form.year, declaredAt, options.fullIds)}
  ${opinionRow('上户核查意见', `经上户核查家庭基本情况，核算家庭人均纯收入${form.perCapitaIncome === null ? '' : ` ${form.perCapitaIncome} 元`}，建议申报该户为：`, form.initialCheck, (r) => html`${r.signers.map((s) => signature(s, '上户调查人'))}`)}
  ${opinionRow('民主评议意见', '经党员、组长、贫困户代表、群众代表会议评议，同意申报该户为：', form.appraisal, (r) => html`${r.signers.map((s) => signature(s))}<div class="sign date">评议日期：${formDate(r.at)}</div>`)}
  ${opinionRow('乡镇复核意见', '经乡镇逐户核实，同意申报该户为：', form.township, (r) => html`${r.signers.map((s) => signature(s, '复核人'))}`)}
  ${opinionRow('县级抽查意见', '经县扶贫办抽查核定，同意申报该户为：', form.spotCheck, (r) => html`${form.spotCheck && !form.spotCheck.sampled ? html`<p class="note">本户未抽中，随抽查轮次结束按乡镇复核结果通过。</p>` : ''}${r.signers.map((s) => signature(s, form.spotCheck?.sampled ? '抽查人' : '经办人'))}`)}
  <tr><th class="rowhead">乡村公示情况</th><td colspan="7">${notice ? html`
    <p>经上户核实，民主评议，乡镇复核，县级抽查，并于 <span class="date">${formDate(notice.startsAt)}</span> 至 <span class="date">${lastDayOf(notice.endsAt)}</span> 在乡村两级进行公示，${notice.objections.length === 0 ? '公示无异议。' : html`公示期间收到异议 ${notice.objections.length} 件：`}</p>
    ${notice.objections.map((o) => html`<p class="opinion">异议：${o.summary}（${who(o.raisedBy.actor)}，${formDate(o.raisedBy.at)}）${o.resolvedBy ? html`；处理：${OUTCOME_ZH[o.outcome ?? ''] ?? o.outcome}，${o.opinion}（${who(o.resolvedBy.actor)}，${formDate(o.resolvedBy.at)}）` : '；尚未处理'}</p>`)}
    ${signature(notice.postedBy, '张榜人')}
    ${form.completed ? html`<p>同意确定该户为：${cards(form.completed.card)}</p><p>已于 <span class="date">${formDate(form.completed.at)}</span> 上报县扶贫办（${form.completed.reportedTo}）。</p>` : html`<p class="blank">公示尚未结束或尚有异议未处理。</p>`}
    <p class="sign">村委会（公章）<span class="seal"></span>乡镇人民政府（公章）<span class="seal"></span>${form.completed ? html`<span class="date">${formDate(form.completed.at)}</span>` : ''}</p>` : empty}</td></tr>
  ${form.ended ? html`<tr><th class="rowhead">办理结果</th><td colspan="7"><p>${STEP_TITLE_ZH[form.ended.type] ?? form.ended.type}：${form.ended.reason}</p>${signature(form.ended.by)}</td></tr>` : ''}
</table>
<div class="notes">备注：1、此表一式两份，村委会、乡镇人民政府各存一份；2、乡镇核实由乡镇扶贫办组织乡镇干部、村级扶贫专干、驻村工作队等，逐户上门核实；3、县级抽查复核对“四卡”对象按比例开展复核；4、每个复核小组必须保证2人以上，调查完成后，同时签字盖章。本表由系统根据认定记录生成，各栏意见、签字人及日期均取自不可篡改的办理记录。</div>
<section class="trail">
<h2>办理记录（全部环节）</h2>
<table>
  <colgroup><col style="width:8mm"><col style="width:26mm"><col style="width:32mm"><col style="width:26mm"><col><col style="width:12mm"><col style="width:22mm"></colgroup>
  <tr><th>序号</th><th>环节</th><th>签字人（身份）</th><th>办理时间</th><th>意见</th><th>卡别</th><th>记录哈希</th></tr>
  ${form.trail.map((s) => html`<tr><td>${s.revision}</td><td>${STEP_TITLE_ZH[s.type] ?? s.type}</td><td>${who(s.actor)}<br>${capacityZh(s.actor.capacity)}</td><td><span class="date">${formDate(s.occurredAt)}</span><br>${formTime(s.occurredAt)}</td><td class="opinion">${s.opinion ?? ''}</td><td>${cardZh(s.card)}</td><td class="hash">${s.hash.slice(0, 16)}</td></tr>`)}
</table>
</section>
</body>
</html>
`;
  return page.markup;
};
