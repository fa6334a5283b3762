import type { ExpectedRevision, StreamState } from './types.ts';

/** The stream was not at the revision the caller expected: nothing of the append was written. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: StreamState,
  ) {
    super(`stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** An event id already stored (or repeated in one append): nothing of the append was written. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(readonly eventId: string) {
    super(`event id ${eventId} is already stored`);
  }
}

/** The append itself is malformed (empty, bad stream name, non-object data): a caller's bug. */
export class InvalidAppendError extends Error {
  override readonly name = 'InvalidAppendError';
}
