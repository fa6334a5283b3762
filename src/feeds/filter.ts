import type { RecordedEvent } from '../store/types.ts';
import type { RegionIndex } from './region-index.ts';

/** What an integrator asks of the feed; every part is optional and they combine with AND. */
export interface FeedFilter {
  /** event types, e.g. ['TownshipReviewed', 'NoticePosted'] */
  types?: readonly string[];
  /** chains, i.e. stream prefixes without the trailing id: 'designation', 'household', 'appraisal-meeting', … */
  chains?: readonly string[];
  /** region-code prefix: only events whose designation/household/list lies in it */
  region?: string;
}

/**
 * the service's own bookkeeping, never in the feed: webhook subscriptions and their cursors (with their secrets),
 * the uniqueness claims of resident IDs (src/households/resident-claim.ts), and who read whose personal data
 * (src/privacy/access-log.ts: the county's auditors read it, integrators have no business with it)
 */
export const INTERNAL_PREFIXES = ['webhook-', 'resident-claim-', 'personal-data-access-'];
export const isInternal = (stream: string): boolean => INTERNAL_PREFIXES.some((p) => stream.startsWith(p));

const UUID_TAIL = /-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 'appraisal-meeting-<uuid>' → 'appraisal-meeting'; a stream whose id is no UUID falls back to a prefix match */
export const inChain = (stream: string, chain: string): boolean => {
  const tail = UUID_TAIL.exec(stream);
  return tail ? stream.slice(0, tail.index) === chain : stream.startsWith(`${chain}-`);
};

/** 'a,b, c' → ['a','b','c']; absent or empty → undefined (no filter) */
export const listParam = (value: string | undefined): string[] | undefined => {
  const items = value?.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  return items && items.length > 0 ? items : undefined;
};

export type EventMatcher = (event: RecordedEvent) => boolean | Promise<boolean>;

/**
 * The cheap checks (internal stream, type, chain) run first and synchronously; the region check only for what
 * passed them, and it usually answers from the region index's memory.
 */
export const matcherFor = (filter: FeedFilter, regions: RegionIndex): EventMatcher => {
  const types = filter.types && new Set(filter.types);
  const chains = filter.chains;
  const region = filter.region ?? '';
  return (event) => {
    if (isInternal(event.stream)) return false;
    if (types && !types.has(event.type)) return false;
    if (chains && !chains.some((c) => inChain(event.stream, c))) return false;
    if (region === '') return true;
    return regions.regionOf(event).then((r) => r !== null && r.startsWith(region));
  };
};
