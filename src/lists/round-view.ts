import type { RecordedEvent } from '../store/types.ts';
import { DRAW_METHOD, drawSample } from './sample.ts';

/** a round as read from its stream, with proof that the recorded sample is the one its seed draws */
export const roundView = (id: string, events: RecordedEvent[]) => {
  const opened = events.find((e) => e.type === 'SpotCheckRoundOpened');
  if (!opened) return null;
  const d = opened.data as { townshipCode: string; ratio: number; minInspectors: number; seed: string; drawMethod: string; population: string[]; sample: string[] };
  const closed = events.find((e) => e.type === 'SpotCheckRoundClosed');
  const redrawn = d.drawMethod === DRAW_METHOD ? drawSample(d.population, d.ratio, d.seed) : null;
  return {
    id,
    townshipCode: d.townshipCode,
    openedBy: opened.metadata.actor,
    openedAt: opened.metadata.occurredAt,
    ratio: d.ratio,
    minInspectors: d.minInspectors,
    seed: d.seed,
    drawMethod: d.drawMethod,
    population: d.population,
    sample: d.sample,
    sampleReproduces: redrawn !== null && JSON.stringify(redrawn) === JSON.stringify(d.sample),
    closed: closed !== undefined,
    closedAt: closed?.metadata.occurredAt ?? null,
    /** the round stream's revision: what If-Match names */
    revision: events.at(-1)?.revision ?? 0,
  };
};
