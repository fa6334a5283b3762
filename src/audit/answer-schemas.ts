import { Type } from 'typebox';
import { FreeObject, Instant, Nullable, Revision, StringEnum, VillageCode } from '../http/contract/types.ts';

const BrokenLink = Type.Object({
  stream: Type.String(),
  revision: Revision('the event\'s stored revision'),
  reason: StringEnum(['hash-mismatch', 'prev-hash-mismatch', 'revision-gap', 'wrong-stream', 'position-order'], 'the first of reasons'),
  reasons: Type.Array(StringEnum(['hash-mismatch', 'prev-hash-mismatch', 'revision-gap', 'wrong-stream', 'position-order'])),
  expectedRevision: Type.Integer({ description: 'for a gap, the revision that should have come' }),
  position: Type.Integer({ minimum: 0 }),
  eventId: Type.String(),
  type: Type.String(),
}, { $id: 'BrokenLink', description: 'a link of a stream\'s hash chain that does not hold' });
const BrokenLinkRef = Type.Unsafe<unknown>({ $ref: 'BrokenLink#' });
export { BrokenLink };

export const StreamVerificationAnswer = Type.Object({
  stream: Type.String(),
  ok: Type.Boolean(),
  checked: Type.Integer({ minimum: 0, description: 'events checked' }),
  brokenLinks: Type.Array(BrokenLinkRef),
});

export const VillageVerificationAnswer = Type.Object({
  villageCode: VillageCode(),
  ok: Type.Boolean(),
  streamsChecked: Type.Integer({ minimum: 0 }),
  eventsChecked: Type.Integer({ minimum: 0 }),
  brokenLinks: Type.Array(BrokenLinkRef),
  streams: Type.Array(Type.Object({ stream: Type.String(), ok: Type.Boolean(), checked: Type.Integer({ minimum: 0 }) })),
});

export const StoreVerificationAnswer = Type.Object({
  ok: Type.Boolean(),
  scope: Type.String({ description: 'the jurisdiction verified' }),
  headPosition: Type.Integer({ minimum: 0 }),
  eventsChecked: Type.Integer({ minimum: 0 }),
  streamsChecked: Type.Integer({ minimum: 0 }),
  brokenTotal: Type.Integer({ minimum: 0 }),
  truncated: Type.Boolean({ description: 'more broken links than listed' }),
  brokenLinks: Type.Array(BrokenLinkRef),
});

export const ProcedureAuditAnswer = Type.Object({
  regionCode: Type.String(),
  ok: Type.Boolean(),
  streamsChecked: Type.Integer({ minimum: 0 }),
  eventsChecked: Type.Integer({ minimum: 0 }),
  streamsWithFindings: Type.Integer({ minimum: 0 }),
  byRule: Type.Array(Type.Object({ code: Type.String(), count: Type.Integer({ minimum: 1 }) })),
  findings: Type.Array(Type.Object({
    stream: Type.String(),
    revision: Revision(),
    position: Type.Integer({ minimum: 0 }),
    type: Type.String(),
    occurredAt: Instant(),
    recordedAt: Instant(),
    regionCode: Nullable(Type.String()),
    code: Type.String({ description: 'the rule broken' }),
    message_zh: Type.String(),
    message_en: Type.String(),
    judgedOn: Type.Optional(FreeObject('the facts the rule was judged on')),
  })),
  truncated: Type.Boolean({ description: 'more findings than `limit` (the counts cover all)' }),
});

