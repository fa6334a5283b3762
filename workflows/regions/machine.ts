import type { AnyStateMachine } from 'xstate';
import { setup } from 'xstate';

export const REGIONS_MACHINE_VERSION = 'regions@1';

type RegionDirectoryEvent = { type: 'RegionAdded' } | { type: 'RegionRenamed' } | { type: 'RegionsImported' };

/**
 * A county's region directory ('regions-<county>', e.g. 'regions-430623'): the codes and names of its townships,
 * villages and groups (组). Entries are added, renamed (a rename is a new event: the old name stays on the trail) or
 * imported in one event from a CSV file. The names are in the events (src/regions/view.ts folds them); the machine
 * only keeps the order: the directory is empty until its first entry, then kept.
 */
export const regionDirectoryMachine = setup({
  types: { events: {} as RegionDirectoryEvent },
}).createMachine({
  id: 'regionDirectory',
  initial: 'empty',
  states: {
    empty: { on: { RegionAdded: 'kept', RegionsImported: 'kept' } },
    kept: { on: { RegionAdded: 'kept', RegionRenamed: 'kept', RegionsImported: 'kept' } },
  },
});

export const regionMachines: Readonly<Record<string, AnyStateMachine>> = { [REGIONS_MACHINE_VERSION]: regionDirectoryMachine };
