import { createHash } from 'node:crypto';
import type { ChainDefinition } from './chain.ts';
import type { CommandContext } from './engine.ts';

/**
 * The id of the stream a creating command (a declaration, a meeting, a round, a notice) starts. Without an
 * Idempotency-Key it is fresh. With one it is derived from the chain, the actor and the key (a UUID of version 8,
 * RFC 9562), so a retry — even after a restart — addresses the stream its first attempt created, where the engine
 * finds the command id and answers as the first time instead of starting a second stream.
 */
export const creationId = (chain: Pick<ChainDefinition, 'name'>, ctx: Pick<CommandContext, 'actor' | 'idempotencyKey'>, fresh: () => string): string => {
  if (ctx.idempotencyKey === undefined) return fresh();
  const b = createHash('sha256').update(`${chain.name}\u0000${ctx.actor.id}\u0000${ctx.idempotencyKey}`).digest().subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80; // version 8: custom
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // variant 10xx
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
