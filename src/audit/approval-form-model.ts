import type { Household } from '../domain/household.ts';
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
  hash: string;
}

/** 分类帮扶动态管理审批表 (seed 003's attachment), filled from a designation's trail */
export interface ApprovalFormModel {
  designationId: string;
  year: number;
  villageCode: string;
  facts: Household | null;
  perCapitaIncome: number | null;
  /** 上户核查意见 */
  initialCheck: FormOpinion | null;
  /** 民主评议意见: the three signatures of the meeting */
  appraisal: FormOpinion | null;
  /** 乡镇复核意见 */
  township: FormOpinion | null;
  /** 县级抽查意见: the inspectors' signatures, or passed outside the sample */
  spotCheck: (FormOpinion & { sampled: boolean }) | null;
  /** 乡村公示情况 */
  notice: { startsAt: string; endsAt: string; postedBy: FormSigner; objections: Array<{ id: string; summary: string; raisedBy: FormSigner; outcome: string | null; opinion: string | null; resolvedBy: FormSigner | null }> } | null;
  completed: { card: string; at: string; reportedTo: string } | null;
  /** withdrawn or refused: the chain ended without a designation */
  ended: { type: string; reason: string; by: FormSigner } | null;
  trail: FormTrailStep[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const signer = (e: RecordedEvent): FormSigner => ({ actor: e.metadata.actor, at: e.metadata.occurredAt });

/**
 * Folds the (upcast) events of one designation into the form. Each row shows the step as it now stands: a re-check
 * after a send-back replaces the rows after it, as the machine does; the trail keeps every step ever signed.
 */
export const approvalFormOf = (designationId: string, events: readonly RecordedEvent[]): ApprovalFormModel | null => {
  const first = events[0];
  if (!first || first.type !== 'InitialCheckDeclared') return null;
  const form: ApprovalFormModel = {
    designationId,
    year: Number(first.data.year),
    villageCode: String(first.data.villageCode),
    facts: null, perCapitaIncome: null, initialCheck: null, appraisal: null, township: null, spotCheck: null, notice: null, completed: null, ended: null, trail: [],
  };
  for (const e of events) {
    const d = e.data;
    const opinion = str(d.opinion) ?? str(d.reason) ?? str(d.summary);
    form.trail.push({ revision: e.revision, type: e.type, actor: e.metadata.actor, occurredAt: e.metadata.occurredAt, recordedAt: e.metadata.recordedAt, opinion, card: str(d.card) ?? str(d.proposedCard), hash: e.hash });
    switch (e.type) {
      case 'InitialCheckDeclared':
      case 'InitialCheckRevised':
        if (d.facts) form.facts = d.facts as unknown as Household;
        form.perCapitaIncome = typeof d.perCapitaIncome === 'number' ? d.perCapitaIncome : null;
        form.initialCheck = { card: str(d.proposedCard), opinion: opinion ?? '', signers: [signer(e)], at: e.metadata.occurredAt };
        form.appraisal = form.township = form.spotCheck = form.notice = null;
        break;
      case 'AppraisalDecided': {
        const signatures = Array.isArray(d.signatures) ? (d.signatures as unknown as Array<Actor & { signedAt?: string }>) : [];
        form.appraisal = {
          card: str(d.card), opinion: opinion ?? '', outcome: str(d.decision) ?? undefined, at: e.metadata.occurredAt,
          signers: signatures.map(({ signedAt, ...actor }) => ({ actor, at: signedAt ?? e.metadata.occurredAt })),
        };
        form.township = form.spotCheck = form.notice = null;
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
        form.spotCheck = form.notice = null;
        break;
      }
      case 'TownshipReviewWithdrawn':
        form.township = null;
        break;
      case 'SampledForSpotCheck':
        form.spotCheck = { sampled: true, card: null, opinion: '', signers: [], at: e.metadata.occurredAt };
        break;
      case 'SpotCheckSigned':
        form.spotCheck = {
          sampled: true, card: str(d.card), outcome: str(d.outcome) ?? undefined, at: e.metadata.occurredAt,
          opinion: [form.spotCheck?.opinion, opinion].filter((o) => o).join('；'),
          signers: [...(form.spotCheck?.signers ?? []), signer(e)],
        };
        break;
      case 'SpotCheckPassed':
        form.spotCheck = { sampled: false, card: form.township?.card ?? null, opinion: '未抽中，按乡镇复核结果通过', signers: [signer(e)], at: e.metadata.occurredAt };
        break;
      case 'NoticePosted':
        form.notice = { startsAt: String(d.startsAt), endsAt: String(d.endsAt), postedBy: signer(e), objections: [] };
        break;
      case 'ObjectionRaised':
        form.notice?.objections.push({ id: String(d.objectionId), summary: opinion ?? '', raisedBy: signer(e), outcome: null, opinion: null, resolvedBy: null });
        break;
      case 'ObjectionResolved': {
        const open = form.notice?.objections.find((o) => o.id === d.objectionId);
        if (open) Object.assign(open, { outcome: str(d.outcome), opinion, resolvedBy: signer(e) });
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
