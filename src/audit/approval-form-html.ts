import { isRole } from '../auth/roles.ts';
import { CARD_NAME_ZH } from '../domain/card.ts';
import type { Card } from '../domain/card.ts';
import { chinaDateOf, CHINA_OFFSET_MS } from '../domain/dates.ts';
import type { Household } from '../domain/household.ts';
import { memberAgeOn } from '../domain/member.ts';
import { maskResidentId } from '../domain/resident-id.ts';
import { daysLate } from '../engine/time-rules.ts';
import type { Actor } from '../store/types.ts';
import type { ApprovalFormModel, FormIncome, FormNotice, FormOpinion, FormSigner, FormSpotCheck, FormTrailStep } from './approval-form-model.ts';
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
/** a signature cell: room for the hand signature, who recorded the step in the system (no login id) and when it happened */
const recordedBy = (a: Actor) => html`<span class="signer">${a.name ?? a.id}</span>${a.organisation ? html`（${a.organisation}）` : ''}`;
const signature = (s: FormSigner, label?: string) =>
  html`<div class="sign">${label ?? capacityZh(s.actor.capacity)}（签字）：<span class="hand"></span><span class="recorded">系统记录：${recordedBy(s.actor)}</span>\u3000<span class="date">${formDate(s.at)}</span></div>`;
const empty = html`<span class="blank">（尚未办理）</span>`;

const opinionRow = <R extends FormOpinion>(title: string, lead: string | ((row: R) => string), row: R | null, signers: (row: R) => Html, showOpinion: (row: R) => boolean = () => true) => html`
  <tr><th class="rowhead">${title}</th><td colspan="7">${row ? html`
    <p>${typeof lead === 'string' ? lead : lead(row)}${cards(row.card)}</p>
    ${row.outcome && !['approved', 'confirmed'].includes(row.outcome) ? html`<p class="outcome">结果：${OUTCOME_ZH[row.outcome] ?? row.outcome}</p>` : ''}
    ${showOpinion(row) ? html`<p class="opinion">意见：${row.opinion}</p>` : ''}
    ${signers(row)}` : empty}</td></tr>`;

/** 乡镇复核意见: what the township did with the village's proposal */
const TOWNSHIP_LEAD: Readonly<Record<string, string>> = { confirmed: '同意申报该户为', adjusted: '协商调整为', sentBack: '退回村级重新核查', refused: '不予认定' };

/** 县级抽查意见: "抽查核定" only for a sampled household its inspectors signed; an unsampled one passed on the township's review */
const spotCheckLead = (r: FormSpotCheck): string => {
  if (!r.sampled) return '本户未抽中，按乡镇复核结果通过，同意申报该户为：';
  if (!r.checked) return '本户已抽中县级抽查，抽查尚未完成：';
  if (r.outcome === 'adjusted') return '经县扶贫办抽查核定，调整为：';
  if (r.outcome === 'sentBack') return '经县扶贫办抽查，退回乡镇重新复核：';
  if (r.outcome === 'refused') return '经县扶贫办抽查核定，不予认定：';
  return '经县扶贫办抽查核定，同意申报该户为：';
};
const spotCheckSigners = (r: FormSpotCheck) => {
  if (!r.sampled) return html`<p class="note">（抽查轮次结束时本户不在抽查样本中，县扶贫办未入户抽查本户。）</p>${r.signers.map((s) => signature(s, '经办人'))}`;
  const missing = r.minInspectors - r.signers.length;
  return html`${missing > 0 ? html`<p class="note">（已有 ${r.signers.length} 名抽查人签字，尚需 ${missing} 名）</p>` : ''}${r.signers.map((s) => signature(s, '抽查人'))}`;
};

/** 2025 or 1234.50: whole yuan without decimals, otherwise to the fen */
const yuan = (amount: number): string => (Number.isInteger(amount) ? String(amount) : amount.toFixed(2));
const amount = (key: keyof FormIncome, value: number | null) => html`<td class="num" data-income="${key}">${value === null ? '' : yuan(value)}</td>`;

/** the income lines: the four incomes, production costs, the subtotal they make and the per-capita figure */
const incomeRows = (income: FormIncome | null, declaredPerCapita: number | null, year: number) => {
  if (!income) return html`<tr><th>家庭收入</th><td colspan="7" class="blank">（无 ${year} 年度收入记录）</td></tr>`;
  const declaredDiffers = declaredPerCapita !== null && income.perCapita !== null && declaredPerCapita !== income.perCapita;
  return html`
  <tr><th>工资性收入（元）</th>${amount('wage', income.wage)}<th>经营性收入（元）</th>${amount('business', income.business)}<th>财产性收入（元）</th>${amount('property', income.property)}<th>转移性收入（元）</th>${amount('transfer', income.transfer)}</tr>
  <tr><th>生产经营性支出（元）</th>${amount('productionCosts', income.productionCosts)}<th>收入小计（元）</th>${amount('subtotal', income.subtotal)}<th>人均纯收入（元）</th>${amount('perCapita', income.perCapita)}
    <td colspan="2" class="note">${income.year}年度收入。收入小计＝工资性＋经营性＋财产性＋转移性－生产经营性支出；人均纯收入＝收入小计÷家庭人口${income.members}人${declaredDiffers ? html`（申报时记录 ${yuan(declaredPerCapita)} 元）` : ''}</td></tr>`;
};

const LEVEL_ZH: Readonly<Record<string, string>> = { village: '村级', township: '乡镇级' };

/** 乡村公示情况: each board's notice with its dates (村级 and 乡镇级), objections, the result and where it was reported */
const noticeCell = (form: ApprovalFormModel, notice: FormNotice) => {
  const posted = new Set(notice.postings.map((p) => p.level));
  const where = posted.size === 2 ? '乡村两级' : notice.postings.map((p) => LEVEL_ZH[p.level]).join('');
  const unposted = notice.required.filter((level) => !posted.has(level));
  const spotCheck = form.spotCheck && !form.spotCheck.sampled ? '县级抽查（本户未抽中）' : '县级抽查';
  const upheld = notice.objections.some((o) => o.outcome === 'upheld');
  return html`
    <p>经上户核实，民主评议，乡镇复核，${spotCheck}，并在${where}进行公示：</p>
    ${notice.postings.map((p) => html`<p class="notice" data-level="${p.level}">${LEVEL_ZH[p.level]}公示：<span class="date">${formDate(p.startsAt)}</span> 至 <span class="date">${lastDayOf(p.endsAt)}</span></p>`)}
    ${unposted.map((level) => html`<p class="notice" data-level="${level}">${LEVEL_ZH[level]}公示：<span class="blank">尚未张贴</span></p>`)}
    <p>${notice.objections.length === 0 ? '公示无异议。' : html`公示期间收到异议 ${notice.objections.length} 件：`}</p>
    ${notice.objections.map((o) => html`<p class="opinion">异议：${o.summary}（${who(o.raisedBy.actor)}，${formDate(o.raisedBy.at)}）${o.resolvedBy ? html`；处理：${OUTCOME_ZH[o.outcome ?? ''] ?? o.outcome}，${o.opinion}（${who(o.resolvedBy.actor)}，${formDate(o.resolvedBy.at)}）` : '；尚未处理'}</p>`)}
    ${notice.postings.map((p) => signature(p.postedBy, `${LEVEL_ZH[p.level]}张榜人`))}
    ${form.completed
      ? html`<p>同意确定该户为：${cards(form.completed.card)}</p><p class="reported">已于 <span class="date">${formDate(form.completed.at)}</span> 上报县扶贫办（区划代码 <span class="mono">${form.completed.reportedTo}</span>）。</p>`
      : html`<p class="blank">${upheld ? '异议成立，退回乡镇重新复核。' : '公示尚未结束或尚有异议未处理。'}</p>`}
    <p class="sign">村委会（公章）<span class="seal"></span>乡镇人民政府（公章）<span class="seal"></span>${form.completed ? html`<span class="date">${formDate(form.completed.at)}</span>` : ''}</p>`;
};

/** a step entered beyond the late-entry window (补录): flagged with its reason, how late and when it was entered */
const lateEntry = (s: FormTrailStep) =>
  s.lateEntryReason === null ? '' : html`<p class="late">【补录】发生后 ${daysLate(s)} 天录入（录入时间 ${formTime(s.recordedAt)}）；补录原因：${s.lateEntryReason}</p>`;

const OUTCOME_ZH: Readonly<Record<string, string>> = {
  approved: '同意', rejected: '不同意', confirmed: '确认', adjusted: '协商调整', sentBack: '退回', refused: '不予认定', upheld: '异议成立', dismissed: '异议不成立',
};

const householdRows = (form: ApprovalFormModel, at: string, fullIds: boolean, places: FormPlaces) => {
  const facts: Household | null = form.facts;
  if (!facts) return html`<tr><td colspan="8">${empty}</td></tr>`;
  const recorded = facts.residentId as string | null; // null once erased (src/privacy)
  const id = recorded === null ? '（已删除）' : fullIds ? recorded : maskResidentId(recorded);
  const escaped = facts.povertyStatus === 'escaped' || facts.povertyStatus === 'monitored';
  const policies = (enjoyed: readonly string[]) => POLICIES_ZH.map(([code, zh]) => box(enjoyed.includes(code), zh));
  const on = chinaDateOf(at);
  return html`
  <tr><th>户主姓名</th><td>${facts.head}</td><th>家庭人口</th><td>${facts.members.length}</td><th>证件号码</th><td colspan="3" class="mono">${id}</td></tr>
  <tr><th>主要致贫原因</th><td>${facts.mainCauseOfPoverty ? CAUSE_ZH[facts.mainCauseOfPoverty] : '无'}</td>
    <th>类别</th><td colspan="2">${box(facts.registration === 'registered', '建档立卡贫困户')}<br>${box(facts.registration !== 'registered', '非贫困户')}（${box(facts.registration === 'edge', '边缘户')}）</td>
    <th>脱贫属性</th><td colspan="2">${box(escaped, '已脱贫')}（${box(facts.povertyStatus === 'monitored', '脱贫监测户')}）${box(facts.povertyStatus === 'not-escaped', '未脱贫')}${box(facts.povertyStatus === 'returned', '返贫')}</td></tr>
  <tr><th>家庭住址</th><td colspan="7">乡镇：${places.townshipName ?? facts.villageCode.slice(0, 9)}\u3000村：${places.villageName ?? facts.villageCode}\u3000${facts.group}</td></tr>
  ${incomeRows(form.income, form.perCapitaIncome, form.incomeYear)}
  <tr><th>已享受的扶贫政策</th><td colspan="7" class="policies">${policies(facts.policiesEnjoyed)}</td></tr>
  <tr><th rowspan="${facts.members.length + 1}">家庭基本情况</th><th>姓名</th><th>与户主关系</th><th>年龄</th><th>在校生状况</th><th>身体状况</th><th>劳动力状况</th><th>务工及就业</th></tr>
  ${facts.members.map((m) => html`<tr><td>${m.name}</td><td>${RELATION_ZH[m.relation]}</td><td>${memberAgeOn(m, on) ?? ''}</td><td>${STUDENT_ZH[m.studentStatus]}</td><td>${healthZh(m.health)}</td><td>${LABOUR_ZH[m.labour]}</td><td>${employmentZh(m.employment)}</td></tr>`)}
  <tr><th>可以享受的扶贫政策</th><td colspan="7" class="policies">${policies([])}<span class="note">（系统未记录，由经办人填写）</span></td></tr>`;
};

const STYLE = `
  @page { size: A4 portrait; margin: 12mm 10mm; }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", serif; font-size: 9.5pt; line-height: 1.35; color: #000; margin: 0 auto; max-width: 190mm; }
  h1 { font-size: 16pt; text-align: center; letter-spacing: 0.1em; margin: 0 0 4mm; }
  .meta { display: flex; justify-content: space-between; font-size: 9pt; margin-bottom: 2mm; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; vertical-align: top; word-break: break-all; overflow-wrap: anywhere; }
  th { font-weight: normal; text-align: center; vertical-align: middle; }
  th.rowhead { width: 16mm; }
  .box { font-family: "Segoe UI Symbol", "DejaVu Sans", "Noto Sans CJK SC", sans-serif; margin: 0 0.3em 0 0.8em; }
  .box:first-child { margin-left: 0; }
  .mono, .hash { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; }
  .hash { font-size: 7pt; }
  .sign { text-align: right; margin-top: 1mm; }
  .hand { display: inline-block; min-width: 28mm; border-bottom: 0.5pt solid #000; margin-right: 3mm; height: 7mm; vertical-align: bottom; }
  .recorded { font-size: 8pt; color: #333; }
  .trail td.when, .trail .date { white-space: nowrap; }
  .blank, .note { color: #555; }
  .opinion { white-space: pre-wrap; }
  .seal { display: inline-block; min-width: 40mm; margin-left: 8mm; }
  .notes { font-size: 9pt; margin-top: 3mm; }
  .trail { margin-top: 6mm; font-size: 8.5pt; }
  .trail h2 { font-size: 11pt; margin: 0 0 2mm; }
  .num { text-align: right; }
  .late { font-weight: bold; }
  tr.late td { border-width: 1.5pt; }
  @media print {
    .trail { break-before: page; page-break-before: always; }
    tr, .sign { break-inside: avoid; page-break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
  }`;

/** the form as a printable page; every value escaped, the head's ID masked unless `fullIds` */
/** the township's and village's names from the region directory: printed instead of the codes when known */
export interface FormPlaces {
  townshipName: string | null;
  villageName: string | null;
}

export const renderApprovalForm = (form: ApprovalFormModel, options: { fullIds: boolean; printedAt: string; places?: FormPlaces; number?: string }): string => {
  const declaredAt = form.initialCheck?.at ?? form.trail[0]?.occurredAt ?? options.printedAt;
  const late = form.trail.filter((s) => s.lateEntryReason !== null);
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
<div class="meta"><span>编号：${options.number ?? form.designationId}</span><span>打印时间：${formTime(options.printedAt)}（北京时间）</span></div>
<table class="form">
  <colgroup><col style="width:16mm"><col><col><col><col><col><col><col></colgroup>
  ${householdRows(form, declaredAt, options.fullIds, options.places ?? { townshipName: null, villageName: null })}
  ${opinionRow('上户核查意见', `经上户核查家庭基本情况，核算家庭人均纯收入${form.perCapitaIncome === null ? '' : ` ${yuan(form.perCapitaIncome)} 元`}，建议申报该户为：`, form.initialCheck, (r) => html`${r.signers.map((s) => signature(s, '上户调查人'))}`)}
  ${opinionRow('民主评议意见', (r) => `经党员、组长、贫困户代表、群众代表会议评议，${r.outcome === 'rejected' ? '不同意申报该户为' : '同意申报该户为'}：`, form.appraisal, (r) => html`${r.signers.map((s) => signature(s))}<div class="sign date">评议日期：${formDate(r.at)}</div>`)}
  ${opinionRow('乡镇复核意见', (r) => `经乡镇逐户核实，${TOWNSHIP_LEAD[r.outcome ?? 'confirmed'] ?? '同意申报该户为'}：`, form.township, (r) => html`${r.signers.map((s) => signature(s, '复核人'))}`)}
  ${opinionRow('县级抽查意见', spotCheckLead, form.spotCheck, spotCheckSigners, (r) => r.sampled && r.opinion !== '')}
  <tr><th class="rowhead">乡村公示情况</th><td colspan="7">${form.notice ? noticeCell(form, form.notice) : empty}</td></tr>
  ${form.ended ? html`<tr><th class="rowhead">办理结果</th><td colspan="7"><p>${STEP_TITLE_ZH[form.ended.type] ?? form.ended.type}：${form.ended.reason}</p>${signature(form.ended.by)}</td></tr>` : ''}
</table>
<div class="notes">备注：1、此表一式两份，村委会、乡镇人民政府各存一份；2、乡镇核实由乡镇扶贫办组织乡镇干部、村级扶贫专干、驻村工作队等，逐户上门核实；3、县级抽查复核对“四卡”对象按比例开展复核；4、每个复核小组必须保证2人以上，调查完成后，同时签字盖章。本表由系统根据认定记录生成，各栏意见、签字人及日期均取自不可篡改的办理记录。</div>
<section class="trail">
<h2>办理记录（全部环节）</h2>
${late.length > 0 ? html`<p class="late">本认定有 ${late.length} 个环节为补录（超过补录期限后录入，须说明原因），已在下表标注【补录】及补录原因。</p>` : ''}
<table>
  <colgroup><col style="width:8mm"><col style="width:24mm"><col style="width:30mm"><col style="width:30mm"><col><col style="width:10mm"><col style="width:22mm"></colgroup>
  <tr><th>序号</th><th>环节</th><th>签字人（身份）</th><th>办理时间</th><th>意见</th><th>卡别</th><th>记录哈希</th></tr>
  ${form.trail.map((s) => html`<tr${s.lateEntryReason === null ? '' : new Html(' class="late"')}><td>${s.revision}</td><td>${STEP_TITLE_ZH[s.type] ?? s.type}${s.lateEntryReason === null ? '' : html`<br><span class="late">（补录）</span>`}</td><td>${who(s.actor)}<br>${capacityZh(s.actor.capacity)}</td><td class="when"><span class="date">${formDate(s.occurredAt)}</span><br>${formTime(s.occurredAt)}</td><td class="opinion">${lateEntry(s)}${s.opinion ?? ''}</td><td>${cardZh(s.card)}</td><td class="hash">${s.hash.slice(0, 16)}</td></tr>`)}
</table>
</section>
</body>
</html>
`;
  return page.markup;
};
