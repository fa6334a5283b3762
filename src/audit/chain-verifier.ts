import { GENESIS_HASH, eventHash } from '../store/hash.ts';
import type { BrokenLink, BrokenLinkReason, RecordedEvent } from '../store/types.ts';

/** what the verifier keeps of a stream: its last link, never its events */
interface StreamHead {
  lastRevision: number;
  lastHash: string;
  lastPosition: number;
}

/** one event whose link to the one before it (or whose own hash) does not hold */
export interface AuditBrokenLink extends BrokenLink {
  /** the first of `reasons` (as the store's own verify reports it) */
  reason: BrokenLinkReason;
  reasons: BrokenLinkReason[];
  /** the event's stored revision (for a gap, `expectedRevision` is the one that should have come) */
  revision: number;
  expectedRevision: number;
  position: number;
  eventId: string;
  type: string;
}

/**
 * The hash chain checked incrementally: feed events in position order (the global feed) or in revision order (one
 * stream), get the broken links each one reveals. Pure and O(streams) in memory. After a break it carries on from
 * the event as stored, so one tampered event is one finding and every later break is found too, not just the first.
 */
export class ChainVerifier {
  readonly #heads = new Map<string, StreamHead>();
  #events = 0;

  /** @param stream when set, every event must belong to this stream ('wrong-stream' otherwise) */
  constructor(private readonly stream?: string) {}

  feed(event: RecordedEvent): AuditBrokenLink | null {
    const stream = this.stream ?? event.stream;
    const head = this.#heads.get(stream);
    const expectedRevision = head ? head.lastRevision + 1 : 0;
    const reasons: BrokenLinkReason[] = [];
    if (event.stream !== stream) reasons.push('wrong-stream');
    if (event.revision !== expectedRevision) reasons.push('revision-gap');
    if (head && event.position <= head.lastPosition) reasons.push('position-order');
    if (event.prevHash !== (head ? head.lastHash : GENESIS_HASH)) reasons.push('prev-hash-mismatch');
    if (eventHash(event) !== event.hash) reasons.push('hash-mismatch');
    this.#heads.set(stream, { lastRevision: event.revision, lastHash: event.hash, lastPosition: event.position });
    this.#events += 1;
    const [reason] = reasons;
    if (reason === undefined) return null;
    return { stream, revision: event.revision, expectedRevision, reason, reasons, position: event.position, eventId: event.id, type: event.type };
  }

  get eventsChecked(): number {
    return this.#events;
  }

  get streamsChecked(): number {
    return this.#heads.size;
  }
}

export interface FeedReport {
  eventsChecked: number;
  streamsChecked: number;
  brokenLinks: AuditBrokenLink[];
  /** more broken links were found than kept (`maxReported`) */
  truncated: boolean;
  brokenTotal: number;
}

type ReadPage = (after: number, limit: number) => Promise<RecordedEvent[]>;

/**
 * Walks a feed page by page (`after` is the last position or revision seen) through one verifier; holds one page
 * and the per-stream heads at a time. `keep` decides which findings are reported (a reader's jurisdiction).
 */
export const verifyPages = async (
  readPage: ReadPage,
  options: { verifier?: ChainVerifier; pageSize?: number; maxReported?: number; start?: number; cursor?: (e: RecordedEvent) => number; keep?: (link: AuditBrokenLink) => boolean | Promise<boolean> } = {},
): Promise<FeedReport> => {
  const verifier = options.verifier ?? new ChainVerifier();
  const pageSize = options.pageSize ?? 1000;
  const maxReported = options.maxReported ?? 10_000;
  const cursor = options.cursor ?? ((e) => e.position);
  const brokenLinks: AuditBrokenLink[] = [];
  let brokenTotal = 0;
  let after = options.start ?? 0;
  for (;;) {
    const page = await readPage(after, pageSize);
    for (const event of page) {
      const broken = verifier.feed(event);
      if (broken && (!options.keep || (await options.keep(broken)))) {
        brokenTotal += 1;
        if (brokenLinks.length < maxReported) brokenLinks.push(broken);
      }
      after = cursor(event);
    }
    if (page.length < pageSize) break;
  }
  return { eventsChecked: verifier.eventsChecked, streamsChecked: verifier.streamsChecked, brokenLinks, truncated: brokenTotal > brokenLinks.length, brokenTotal };
};
