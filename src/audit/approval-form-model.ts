import type { NoticeLevel } from '../../workflows/four-card/events.ts';
import type { Household } from '../domain/household.ts';
import { perCapitaNetIncome } from '../domain/income.ts';
import type { RecordedEvent } from '../store/types.ts';
import type { Actor } from '../store/types.ts';

/** someone who signed a row of the form, and when (the field date, occurredAt) */
export interface FormSigner {
  actor: Actor;
  at: string;
}

export interface FormOpinion {
  card: string | null;
  opinion: string;
  signers: FormSigner[];
  at: string;
  /** e.g. 'approved', 'adjusted', 'sentBack' */
  outcome?: string;
}

export interface FormTrailStep {
  revision: number;
  type: string;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  opinion: string | null;
  card: string | null;
  /** entered beyond the policy's late-entry window (补录): the reason given; null for a step entered in time */
  lateEntryReason: string | null;
  hash: string;
}

/**
 * The income lines of the form, of the year the declaration judged. Every figure the form prints is here, and they
 * add up: subtotal = wage + business + property + transfer − production costs; perCapita = subtotal / members.
 */
export interface FormIncome {
  /** the income year (华容 2020: the year before the designation year) */
  year: number;
  /** 工资性收入 */
  wage: number;
  /** 经营性收入 */
  business: number;
  /** 财产性收入 */
  property: number;
  /** 转移性收入 */
  transfer: number;
  /** 生产经营性支出 */
  productionCosts: number;
  /** 收入小计: the four incomes less production costs, summed in fen */
  subtotal: number;
  /** 家庭人口 */
  members: number;
  /** 人均纯收入: subtotal / members, rounded to the fen as the declaration computes it; null for a household without members */
  perCapita: number | null;
}

/** 县级抽查意见 */
export interface FormSpotCheck extends FormOpinion {
  /** drawn into the round's sample; false: passed at the round's closure without being sampled (未抽中) */
  sampled: boolean;
  /** sampled and signed by as many inspectors as required: only then did the county check the household (抽查核定) */
  checked: boolean;
  /** how many inspectors' signatures a result needs (seed 003: a group of at least two) */
  minInspectors: number;
}

/** one board's notice (村级 or 乡镇级公示) */
export interface FormNoticePosting {
  noticeId: string;
  /** 'village' for a notice posted before levels were recorded */
  level: NoticeLevel;
  startsAt: string;
  endsAt: string;
  postedBy: FormSigner;
}

export interface FormObjection {
  id: string;
  summary: string;
  raisedBy: FormSigner;
  outcome: string | null;
  opinion: string | null;
  resolvedBy: FormSigner | null;
}

/** 乡村公示情况 */
export interface FormNotice {
  /** the boards the policy required when declared (乡、村两级); empty on older declarations: any one notice */
  required: NoticeLevel[];
  /** the notices posted, village first */
  postings: FormNoticePosting[];
  objections: FormObjection[];
}

/** 分类帮扶动态管理审批表 (seed 003's attachment), filled from a designation's trail */
export interface ApprovalFormModel {
  designationId: string;
  year: number;
  /** the year whose income the declaration judged (the designation year on declarations before it was recorded) */
  incomeYear: number;
  villageCode: string;
  facts: Household | null;
  /** the income lines, of the income year; null when the facts hold no income for it */
  income: FormIncome | null;
  /** 人均纯收入 as recorded with the (re-)declaration */
  perCapitaIncome: number | null;
  /** 上户核查意见 */
  initialCheck: FormOpinion | null;
  /** 民主评议意见: the three signatures of the meeting */
  appraisal: FormOpinion | null;
  /** 乡镇复核意见 */
  township: FormOpinion | null;
  /** 县级抽查意见: the inspectors' signatures, or passed outside the sample */
  spotCheck: FormSpotCheck | null;
  /** 乡村公示情况: each board's notice and the objections */
  notice: FormNotice | null;
  /** 认定: the card, when, and the county office it was reported to (上报县扶贫办) */
  completed: { card: string; at: string; reportedTo: string } | null;
  /** withdrawn or refused: the chain ended without a designation */
  ended: { type: string; reason: string; by: FormSigner } | null;
  trail: FormTrailStep[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const signer = (e: RecordedEvent): FormSigner => ({ actor: e.metadata.actor, at: e.metadata.occurredAt });
const LEVELS: readonly NoticeLevel[] = ['village', 'township'];
const levelOf = (v: unknown): NoticeLevel => (v === 'township' ? 'township' : 'village');
const fen = (yuan: number): number => Math.round(yuan * 100);

/** the income lines of the facts for `year`; null when the facts hold none for it */
export const formIncomeOf = (facts: Household, year: number): FormIncome | null => {
  const i = facts.incomes[String(year)];
  if (!i) return null;
  const perCapita = perCapitaNetIncome(facts, year);
  return {
    year, wage: i.wage, business: i.business, property: i.property, transfer: i.transfer, productionCosts: i.productionCosts,
    subtotal: (fen(i.wage) + fen(i.business) + fen(i.property) + fen(i.transfer) - fen(i.productionCosts)) / 100,
    members: facts.members.length,
    perCapita: perCapita.ok ? perCapita.value : null,
  };
};

/**
 * Folds the (upcast) events of one designation into the form. Each row shows the step as it now stands: a re-check
 * after a send-back replaces the rows after it, as the machine does; the trail keeps every step ever signed.
 */
export const approvalFormOf = (designationId: string, events: readonly RecordedEvent[]): ApprovalFormModel | null => {
  const first = events[0];
  if (!first || first.type !== 'InitialCheckDeclared') return null;
  const year = Number(first.data.year);
  const incomeYear = typeof first.data.incomeYear === 'number' ? first.data.incomeYear : year;
  const required = Array.isArray(first.data.noticeLevels) ? LEVELS.filter((l) => (first.data.noticeLevels as unknown[]).includes(l)) : [];
  const minInspectors = typeof first.data.minInspectors === 'number' ? first.data.minInspectors : 2;
  const form: ApprovalFormModel = {
    designationId,
    year,
    incomeYear,
    villageCode: String(first.data.villageCode),
    facts: null, income: null, perCapitaIncome: null, initialCheck: null, appraisal: null, township: null, spotCheck: null, notice: null, completed: null, ended: null, trail: [],
  };
  /** the rows after a step that is taken again: the machine clears them and so does the form */
  const clearAfter = (row: 'initialCheck' | 'appraisal' | 'township') => {
    if (row === 'initialCheck') form.appraisal = null;
    if (row !== 'township') form.township = null;
    form.spotCheck = form.notice = form.completed = null;
  };
  for (const e of events) {
    const d = e.data;
    const opinion = str(d.opinion) ?? str(d.reason) ?? str(d.summary);
    form.trail.push({
      revision: e.revision, type: e.type, actor: e.metadata.actor, occurredAt: e.metadata.occurredAt, recordedAt: e.metadata.recordedAt, opinion,
      card: str(d.card) ?? str(d.proposedCard), lateEntryReason: e.metadata.lateEntryReason ?? null, hash: e.hash,
    });
    switch (e.type) {
      case 'InitialCheckDeclared':
      case 'InitialCheckRevised':
        if (d.facts) form.facts = d.facts as unknown as Household;
        form.income = form.facts ? formIncomeOf(form.facts, incomeYear) : null;
        form.perCapitaIncome = typeof d.perCapitaIncome === 'number' ? d.perCapitaIncome : null;
        form.initialCheck = { card: str(d.proposedCard), opinion: opinion ?? '', signers: [signer(e)], at: e.metadata.occurredAt };
        clearAfter('initialCheck');
        break;
      case 'AppraisalDecided': {
        const signatures = Array.isArray(d.signatures) ? (d.signatures as unknown as Array<Actor & { signedAt?: string }>) : [];
        form.appraisal = {
          card: str(d.card), opinion: opinion ?? '', outcome: str(d.decision) ?? undefined, at: e.metadata.occurredAt,
          signers: signatures.map(({ signedAt, ...actor }) => ({ actor, at: signedAt ?? e.metadata.occurredAt })),
        };
        clearAfter('appraisal');
        break;
      }
      case 'AppraisalWithdrawn':
        form.appraisal = null;
        break;
      case 'TownshipReviewed':
      case 'TownshipSentBack':
      case 'TownshipRefused': {
        const outcome = e.type === 'TownshipReviewed' ? (str(d.outcome) ?? 'confirmed') : e.type === 'TownshipSentBack' ? 'sentBack' : 'refused';
        form.township = { card: str(d.card), opinion: opinion ?? '', outcome, signers: [signer(e)], at: e.metadata.occurredAt };
        clearAfter('township');
        break;
      }
      case 'TownshipReviewWithdrawn':
        form.township = null;
        break;
      case 'SampledForSpotCheck':
        form.spotCheck = { sampled: true, checked: false, minInspectors, card: null, opinion: '', signers: [], at: e.metadata.occurredAt };
        break;
      case 'SpotCheckSigned': {
        const signers = [...(form.spotCheck?.signers ?? []), signer(e)];
        form.spotCheck = {
          sampled: true, checked: signers.length >= minInspectors, minInspectors, card: str(d.card), outcome: str(d.outcome) ?? undefined, at: e.metadata.occurredAt,
          opinion: [form.spotCheck?.opinion, opinion].filter((o) => o).join('；'),
          signers,
        };
        break;
      }
      case 'SpotCheckPassed':
        // not in the sample: nobody from the county looked at this household; it passes on the township's review
        form.spotCheck = { sampled: false, checked: false, minInspectors, card: form.township?.card ?? null, opinion: '', signers: [signer(e)], at: e.metadata.occurredAt };
        break;
      case 'NoticePosted': {
        const notice = form.notice ?? { required, postings: [], objections: [] };
        const posting: FormNoticePosting = { noticeId: String(d.noticeId), level: levelOf(d.level), startsAt: String(d.startsAt), endsAt: String(d.endsAt), postedBy: signer(e) };
        notice.postings = [...notice.postings, posting].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
        form.notice = notice;
        break;
      }
      case 'ObjectionRaised':
        form.notice?.objections.push({ id: String(d.objectionId), summary: opinion ?? '', raisedBy: signer(e), outcome: null, opinion: null, resolvedBy: null });
        break;
      case 'ObjectionResolved': {
        const open = form.notice?.objections.find((o) => o.id === d.objectionId);
        if (open) Object.assign(open, { outcome: str(d.outcome), opinion, resolvedBy: signer(e) });
        // an upheld objection sends the designation back to the township: it is no longer designated
        if (d.outcome === 'upheld') form.completed = null;
        break;
      }
      case 'DesignationCompleted':
        form.completed = { card: String(d.card), at: String(d.at), reportedTo: String(d.reportedTo) };
        break;
      case 'DeclarationWithdrawn':
        form.ended = { type: e.type, reason: opinion ?? '', by: signer(e) };
        break;
    }
    if (e.type === 'TownshipRefused') form.ended = { type: e.type, reason: opinion ?? '', by: signer(e) };
    if (e.type === 'AppraisalDecided' && d.decision === 'rejected') form.ended = { type: e.type, reason: opinion ?? '', by: signer(e) };
  }
  return form;
};
