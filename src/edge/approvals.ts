import type { Projection } from '../projections/projector.ts';
import type { RecordedEvent } from '../store/types.ts';

/**
 * The county's approved list of edge households (边缘户名单, 002 三(三)): which identification approved which household.
 * The household chain reads it (src/households/invariants.ts): only an approval on this list makes a household `edge`.
 */
export class EdgeApprovalsView implements Projection {
  readonly name = 'edgeApprovals';
  readonly streamPrefixes = ['edge-'];
  readonly #householdOf = new Map<string, string>();
  readonly #approved = new Set<string>();

  apply(e: RecordedEvent): void {
    const caseId = e.stream.slice('edge-'.length);
    if (e.type === 'EdgeCandidateScreened') this.#householdOf.set(caseId, String(e.data.householdId));
    else if (e.type === 'EdgeCountyApproved' && e.data.decision === 'approved') this.#approved.add(caseId);
  }

  /** the household an identification approved, if the county approved it */
  approval(caseId: string): { householdId: string } | undefined {
    const householdId = this.#householdOf.get(caseId);
    return householdId !== undefined && this.#approved.has(caseId) ? { householdId } : undefined;
  }
}
