import { systemClock } from '../../src/shared/clock.ts';
import { randomIds } from '../../src/shared/ids.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { describeConformance } from './conformance.ts';
import type { TamperField } from './harness.ts';

const edit: Record<TamperField, (e: RecordedEvent) => void> = {
  data: (e) => { e.data = { ...e.data, i: 99 }; },
  type: (e) => { e.type = 'Forged'; },
  metadata: (e) => { e.metadata = { ...e.metadata, actor: { id: 'someone-else' } }; },
  stream: (e) => { e.stream = `${e.stream}-moved`; },
  revision: (e) => { e.revision += 10; },
  prevHash: (e) => { e.prevHash = 'f'.repeat(64); },
  hash: (e) => { e.hash = 'f'.repeat(64); },
  id: (e) => { e.id = '00000000-0000-4000-8000-000000000000'; },
};

describeConformance({
  name: 'memory',
  create: async () => new MemoryEventStore({ clock: systemClock, newId: randomIds }),
  tamper: async (store, position, field) => (store as MemoryEventStore).tamper(position, edit[field]),
});
