import type { Projection } from '../projections/projector.ts';
import type { Actor, RecordedEvent } from '../store/types.ts';

/** an objection (异议) raised against a designation or a monitoring case, with what became of it */
export interface Objection {
  id: string;
  summary: string;
  raisedAt: string;
  raisedBy: Actor;
  status: 'open' | 'upheld' | 'dismissed';
  resolvedAt: string | null;
  resolvedBy: Actor | null;
  opinion: string | null;
}

const RAISED = new Set(['ObjectionRaised', 'MonitoringObjectionRaised']);
const RESOLVED = new Set(['ObjectionResolved', 'MonitoringObjectionResolved']);

/** folds one stream's events into its objections, in the order they were raised */
export const foldObjections = (objections: readonly Objection[], e: Pick<RecordedEvent, 'type' | 'data' | 'metadata'>): Objection[] => {
  if (RAISED.has(e.type)) {
    const id = String(e.data.objectionId);
    if (objections.some((o) => o.id === id)) return [...objections];
    return [...objections, { id, summary: String(e.data.summary ?? ''), raisedAt: e.metadata.occurredAt, raisedBy: e.metadata.actor, status: 'open', resolvedAt: null, resolvedBy: null, opinion: null }];
  }
  if (RESOLVED.has(e.type)) {
    const id = String(e.data.objectionId);
    const status = e.data.outcome === 'upheld' ? 'upheld' : 'dismissed';
    return objections.map((o) => (o.id === id ? { ...o, status, resolvedAt: e.metadata.occurredAt, resolvedBy: e.metadata.actor, opinion: typeof e.data.opinion === 'string' ? e.data.opinion : null } : o));
  }
  return [...objections];
};

export const objectionsOf = (events: readonly Pick<RecordedEvent, 'type' | 'data' | 'metadata'>[]): Objection[] => events.reduce<Objection[]>(foldObjections, []);

/**
 * The objections of every designation and monitoring case, by stream: the ids the machines keep in `openObjections`
 * with the summary, who raised them and when, and what became of them (the answers carry them, issue 13).
 */
export class ObjectionsView implements Projection {
  readonly name = 'objections';
  readonly #byStream = new Map<string, Objection[]>();

  constructor(readonly streamPrefixes: readonly string[]) {}

  apply(event: RecordedEvent): void {
    if (!RAISED.has(event.type) && !RESOLVED.has(event.type)) return;
    this.#byStream.set(event.stream, foldObjections(this.#byStream.get(event.stream) ?? [], event));
  }

  of(stream: string): readonly Objection[] {
    return this.#byStream.get(stream) ?? [];
  }
}
