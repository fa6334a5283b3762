import type { Projection } from '../projections/projector.ts';
import type { RecordedEvent } from '../store/types.ts';
import { noticeChain } from './chains.ts';

export interface NoticeRow {
  id: string;
  scopeCode: string;
  designationIds: string[];
  startsAt: string;
  endsAt: string;
  postedBy: RecordedEvent['metadata']['actor'];
}

/** Posted notices (公示) and their end dates, for the offices' boards and the timer's explanations. */
export class NoticesView implements Projection {
  readonly name = 'notices';
  readonly streamPrefixes = [noticeChain.streamPrefix];
  readonly #rows = new Map<string, NoticeRow>();

  apply(e: RecordedEvent): void {
    if (e.type !== 'NoticeListPosted' || !e.stream.startsWith(noticeChain.streamPrefix)) return;
    const d = e.data as { scopeCode: string; designationIds: string[]; startsAt: string; endsAt: string };
    const id = e.stream.slice(noticeChain.streamPrefix.length);
    this.#rows.set(id, { id, scopeCode: d.scopeCode, designationIds: d.designationIds, startsAt: d.startsAt, endsAt: d.endsAt, postedBy: e.metadata.actor });
  }

  get(id: string): NoticeRow | undefined {
    return this.#rows.get(id);
  }

  /** notices posted in a region prefix; `runningAt` keeps those not yet ended at that instant */
  list(prefix: string, runningAt?: string): NoticeRow[] {
    return [...this.#rows.values()].filter((n) => n.scopeCode.startsWith(prefix) && (runningAt === undefined || n.endsAt > runningAt));
  }
}
