import { ErrorType } from '@kurrent/kurrentdb-client';
import type { MaxAppendSizeExceededError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { ConcurrencyError, InvalidAppendError } from '../errors.ts';
import type { ExpectedRevision } from '../types.ts';
import { fromCurrentState } from './mapping.ts';

// The client's errors carry a `type` discriminant; it is checked rather than `instanceof`, which a second copy of
// the client package in node_modules would defeat.
const typeOf = (err: unknown): unknown => (err instanceof Error ? (err as { type?: unknown }).type : undefined);

export const isWrongExpectedVersion = (err: unknown): err is WrongExpectedVersionError =>
  typeOf(err) === ErrorType.WRONG_EXPECTED_VERSION;

export const isStreamNotFound = (err: unknown): boolean => typeOf(err) === ErrorType.STREAM_NOT_FOUND;

export const isMaxAppendSizeExceeded = (err: unknown): err is MaxAppendSizeExceededError =>
  typeOf(err) === ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED;

/**
 * KurrentDB refused an append because the stream was not at the revision it was told to expect. `expected` is
 * what our caller asked for (the adapter may have sent a stricter, pinned revision); `actual` is the stream's
 * revision as the server reports it, or 'no_stream' (also for deleted streams, reported with negative sentinels).
 */
export const toConcurrencyError = (err: Pick<WrongExpectedVersionError, 'actualState'>, stream: string, expected: ExpectedRevision): ConcurrencyError =>
  new ConcurrencyError(stream, expected, fromCurrentState(err.actualState));

/** Maps the client's append errors to ours; anything else is passed through unchanged. */
export const mapAppendError = (err: unknown, stream: string, expected: ExpectedRevision): unknown => {
  if (isWrongExpectedVersion(err)) return toConcurrencyError(err, stream, expected);
  if (isMaxAppendSizeExceeded(err)) {
    const limit = typeof err.maxAppendSize === 'number' && !Number.isNaN(err.maxAppendSize) ? ` of ${err.maxAppendSize} bytes` : '';
    return new InvalidAppendError(`append to ${stream} exceeds the server's maximum append size${limit} (KURRENTDB_MAX_APPEND_SIZE)`);
  }
  return err;
};
