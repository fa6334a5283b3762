import type { Services } from '../services.ts';
import { storedEventsOf } from '../store/upcasting.ts';
import type { EventStore, RecordedEvent } from '../store/types.ts';
import type { FeedOptions, ResolvedFeedOptions } from './options.ts';
import { resolveFeedOptions } from './options.ts';
import { RegionIndex } from './region-index.ts';

export interface FeedContext {
  options: ResolvedFeedOptions;
  /** the events exactly as stored (not upcast): what the feed hands out, hashes and all */
  stored: EventStore;
  /** one region index per process, shared by every SSE stream, pull request and webhook */
  regions: RegionIndex;
}

const contexts = new WeakMap<Services, FeedContext>();

/** the feed plugins of one app share their options and region index */
export const feedContext = (services: Services, options?: FeedOptions): FeedContext => {
  let context = contexts.get(services);
  if (!context) {
    const resolved = resolveFeedOptions(options);
    const upcast = (event: RecordedEvent) => {
      try {
        return services.store.upcasters.upcast(event);
      } catch {
        return event; // no upcaster for an old shape: look for the region in the stored data
      }
    };
    context = { options: resolved, stored: storedEventsOf(services.store), regions: new RegionIndex(services.store, resolved.regionCacheSize, upcast) };
    contexts.set(services, context);
  }
  return context;
};

/**
 * Registers a plugin in its parent's context rather than a child one (what fastify-plugin does), so that its
 * decorations (`app.feedStreams`, `app.webhookWorker`) and shutdown hooks reach the root instance.
 */
export const unencapsulated = <T extends object>(plugin: T): T => Object.assign(plugin, { [Symbol.for('skip-override')]: true });
