import { Type } from 'typebox';
import { limitParam, positionParam } from '../http/query-params.ts';
import { listParam } from './filter.ts';
import type { FeedFilter } from './filter.ts';
import { effectiveRegion } from './access.ts';

const filterFields = {
  types: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.:-]+(,[A-Za-z0-9_.:-]+)*$', maxLength: 2000, description: 'event types, comma-separated, e.g. TownshipReviewed,NoticePosted' })),
  chains: Type.Optional(Type.String({ pattern: '^[a-z0-9-]+(,[a-z0-9-]+)*$', maxLength: 500, description: 'chains (stream prefixes), comma-separated: designation, household, appraisal-meeting, spot-check-round, notice, monitoring' })),
  region: Type.Optional(Type.String({ pattern: '^\\d{2,12}$', description: 'region-code prefix; narrowed to your jurisdiction' })),
};

export const StreamQuery = Type.Object({
  after: Type.Optional(positionParam('exclusive global position to start after (default 0); a Last-Event-ID header wins')),
  ticket: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'a ticket of POST /feed/stream-tickets instead of the Authorization header (an EventSource cannot send one); single use' })),
  ...filterFields,
});

export const StreamHeaders = Type.Object({
  'last-event-id': Type.Optional(Type.String({ pattern: '^\\d{1,15}$', description: 'the last position received (sent by EventSource on reconnect)' })),
});

export const PullQuery = Type.Object({
  after: Type.Optional(positionParam('exclusive global position (default 0): pass the previous nextAfter, or follow the Link header')),
  limit: Type.Optional(limitParam(1000, 100)),
  ...filterFields,
});

export interface FilterQuery {
  types?: string;
  chains?: string;
  region?: string;
}

/** the filter of a request, its region forced into the caller's jurisdiction */
export const filterOf = (query: FilterQuery, jurisdiction: string): FeedFilter => ({
  types: listParam(query.types),
  chains: listParam(query.chains),
  region: effectiveRegion(jurisdiction, query.region),
});
