import type { Projection } from '../projections/projector.ts';
import type { Actor, RecordedEvent } from '../store/types.ts';
import { ADDED, IMPORTED, RENAMED, regionsChain } from './chain.ts';
import { RegionAddedDataSchema, RegionRenamedDataSchema, RegionsImportedDataSchema } from './events.ts';
import type { DirectoryEntry, DirectoryLevel } from './events.ts';

/** one name a code has had: from which event, by whom */
export interface RegionName {
  readonly name: string;
  readonly type: string;
  readonly revision: number;
  readonly actor: Actor;
  readonly recordedAt: string;
}

export interface RegionRecord {
  readonly code: string;
  readonly name: string;
  readonly level: DirectoryLevel;
  readonly parentCode: string | null;
  readonly demo: boolean;
  /** the names the code has had, oldest first; the last one is in force */
  readonly names: readonly RegionName[];
}

/** the township and village names a read answer prints beside its codes (null when the directory does not know one) */
export interface PlaceNames {
  townshipName: string | null;
  villageName: string | null;
}

/**
 * The region directory as a read model: the names of townships, villages and groups by code, folded from the
 * counties' `regions-<county>` streams by the projector, in every instance.
 */
export class RegionDirectoryView implements Projection {
  readonly name = 'regions';
  readonly streamPrefixes = [regionsChain.streamPrefix];
  readonly #byCode = new Map<string, RegionRecord>();
  readonly #revisions = new Map<string, number>();

  apply(event: RecordedEvent): void {
    if (!event.stream.startsWith(regionsChain.streamPrefix)) return;
    const at = { type: event.type, revision: event.revision, actor: event.metadata.actor, recordedAt: event.metadata.recordedAt };
    const add = (e: DirectoryEntry) => this.#byCode.set(e.code, { ...e, names: [...(this.#byCode.get(e.code)?.names ?? []), { ...at, name: e.name }] });
    const rename = (code: string, name: string) => {
      const before = this.#byCode.get(code);
      if (before) this.#byCode.set(code, { ...before, name, names: [...before.names, { ...at, name }] });
    };
    if (event.type === ADDED) add(RegionAddedDataSchema.parse(event.data).entry);
    else if (event.type === RENAMED) {
      const d = RegionRenamedDataSchema.parse(event.data);
      rename(d.code, d.name);
    } else if (event.type === IMPORTED) {
      const d = RegionsImportedDataSchema.parse(event.data);
      d.added.forEach(add);
      d.renamed.forEach((r) => rename(r.code, r.name));
    } else return;
    this.#revisions.set(event.stream.slice(regionsChain.streamPrefix.length), event.revision);
  }

  get(code: string): RegionRecord | undefined {
    return this.#byCode.get(code);
  }

  nameOf(code: string | null | undefined): string | null {
    return code ? (this.#byCode.get(code)?.name ?? null) : null;
  }

  /** the township's and the village's names of a village code */
  placeNames(villageCode: string | null | undefined): PlaceNames {
    return { townshipName: this.nameOf(villageCode?.slice(0, 9)), villageName: villageCode && villageCode.length >= 12 ? this.nameOf(villageCode.slice(0, 12)) : null };
  }

  /** every entry under a prefix (the prefix's own entry included), in code order */
  list(prefix = ''): RegionRecord[] {
    return [...this.#byCode.values()].filter((r) => r.code.startsWith(prefix)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  /** whether any county's directory has an entry */
  get size(): number {
    return this.#byCode.size;
  }

  /** the revision of a county's stream as this view holds it (-1: no event yet) */
  revisionOf(county: string): number {
    return this.#revisions.get(county) ?? -1;
  }
}
