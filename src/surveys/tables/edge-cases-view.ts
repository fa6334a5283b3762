import type { Projection } from '../../projections/projector.ts';
import type { RecordedEvent } from '../../store/types.ts';
import { DIRECT_BASES, type EdgeBasis } from '../../../workflows/edge/machine.ts';

/** where an edge identification stands (the edge machine's states, workflows/edge/machine.ts) */
export type EdgeCaseState = 'screened' | 'surveyed' | 'suspected' | 'notEdge' | 'approved' | 'rejected';

export interface EdgeCaseRow {
  id: string;
  householdId: string;
  villageCode: string;
  basis: EdgeBasis[];
  appraisal: { conclusion: string; reference: string } | null;
  surveyId: string | null;
  state: EdgeCaseState;
  departments: string[];
}

/**
 * 边缘户识别 cases by village, for the tables the village teams report up (seed 002 附件8/附件9): read from the edge
 * chain's events as they were accepted (the chain judged them; this only follows its states).
 */
export class EdgeCasesView implements Projection {
  readonly name = 'edge-cases';
  readonly streamPrefixes = ['edge-'];
  readonly #cases = new Map<string, EdgeCaseRow>();

  apply(e: RecordedEvent): void {
    const id = e.stream.slice('edge-'.length);
    if (e.type === 'EdgeCandidateScreened') {
      const basis = e.data.basis as EdgeBasis[];
      this.#cases.set(id, {
        id, householdId: String(e.data.householdId), villageCode: String(e.data.villageCode), basis, appraisal: null, surveyId: null,
        state: basis.some((b) => DIRECT_BASES.includes(b)) ? 'suspected' : 'screened', departments: [],
      });
      return;
    }
    const row = this.#cases.get(id);
    if (!row) return;
    if (e.type === 'EdgeHousingAppraised') row.appraisal = { conclusion: String(e.data.conclusion), reference: String(e.data.reference) };
    else if (e.type === 'EdgeHouseholdSurveyed') {
      row.surveyId = String(e.data.surveyId);
      if (row.state === 'screened') row.state = 'surveyed';
    } else if (e.type === 'EdgeMeetingReviewed') row.state = e.data.decision === 'suspected' ? 'suspected' : 'notEdge';
    else if (e.type === 'EdgeCountyApproved') {
      row.state = e.data.decision === 'approved' ? 'approved' : 'rejected';
      row.departments = (e.data.departments as string[] | undefined) ?? [];
    }
  }

  /** the cases under a region, by village code, then in the order they were screened */
  under(prefix: string): EdgeCaseRow[] {
    return [...this.#cases.values()].filter((c) => c.villageCode.startsWith(prefix)).sort((a, b) => a.villageCode.localeCompare(b.villageCode));
  }
}
