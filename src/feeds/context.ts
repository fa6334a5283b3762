import type { Services } from '../services.ts';
import type { FeedOptions, ResolvedFeedOptions } from './options.ts';
import { resolveFeedOptions } from './options.ts';
import { RegionIndex } from './region-index.ts';

export interface FeedContext {
  options: ResolvedFeedOptions;
  /** one region index per process, shared by every SSE stream, pull request and webhook */
  regions: RegionIndex;
}

const contexts = new WeakMap<Services, FeedContext>();

/** the feed plugins of one app share their options and region index */
export const feedContext = (services: Services, options?: FeedOptions): FeedContext => {
  let context = contexts.get(services);
  if (!context) {
    const resolved = resolveFeedOptions(options);
    context = { options: resolved, regions: new RegionIndex(services.store, resolved.regionCacheSize) };
    contexts.set(services, context);
  }
  return context;
};

/**
 * Registers a plugin in its parent's context rather than a child one (what fastify-plugin does), so that its
 * decorations (`app.feedStreams`, `app.webhookWorker`) and shutdown hooks reach the root instance.
 */
export const unencapsulated = <T extends object>(plugin: T): T => Object.assign(plugin, { [Symbol.for('skip-override')]: true });
