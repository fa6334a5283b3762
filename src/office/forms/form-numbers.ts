import { designationChain } from '../../designations/chain.ts';
import type { Projection } from '../../projections/projector.ts';
import type { RecordedEvent } from '../../store/types.ts';

/**
 * 认定编号: a number a person can read and write by hand, per county and designation year, in the order the
 * declarations stand in the store (430623-2026-000123). Folded from the designations' first events, so every
 * instance and every replay gives a designation the same number; nothing is stored beside the events.
 */
export class FormNumbersView implements Projection {
  readonly name = 'form-numbers';
  readonly streamPrefixes = [designationChain.streamPrefix];
  readonly #numbers = new Map<string, string>();
  readonly #next = new Map<string, number>();

  apply(e: RecordedEvent): void {
    if (e.type !== 'InitialCheckDeclared' || !e.stream.startsWith(designationChain.streamPrefix)) return;
    const id = e.stream.slice(designationChain.streamPrefix.length);
    if (this.#numbers.has(id)) return;
    const county = String(e.data.villageCode).slice(0, 6);
    const key = `${county}-${String(e.data.year)}`;
    const seq = (this.#next.get(key) ?? 0) + 1;
    this.#next.set(key, seq);
    this.#numbers.set(id, `${key}-${String(seq).padStart(6, '0')}`);
  }

  /** the designation's number; undefined for an unknown designation */
  numberOf(designationId: string): string | undefined {
    return this.#numbers.get(designationId);
  }
}
