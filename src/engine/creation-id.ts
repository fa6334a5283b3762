import { derivedId } from '../shared/ids.ts';
import type { ChainDefinition } from './chain.ts';
import type { CommandContext } from './engine.ts';

/**
 * The id of the stream a creating command (a declaration, a meeting, a round, a notice) starts. Without an
 * Idempotency-Key it is fresh. With one it is derived from the chain, the actor and the key (a UUID of version 8,
 * RFC 9562), so a retry — even after a restart — addresses the stream its first attempt created, where the engine
 * finds the command id and answers as the first time instead of starting a second stream.
 */
export const creationId = (chain: Pick<ChainDefinition, 'name'>, ctx: Pick<CommandContext, 'actor' | 'idempotencyKey'>, fresh: () => string): string =>
  ctx.idempotencyKey === undefined ? fresh() : derivedId(chain.name, ctx.actor.id, ctx.idempotencyKey);
