import { createHash } from 'node:crypto';
import type { NewEvent } from '../../src/store/types.ts';

/**
 * Events shaped like the application's (cf. test/store/harness.ts), with a payload of a realistic size:
 * a field investigation of a household, about 250 bytes of data and 200 of metadata.
 */
export const benchEvent = (writer: number, i: number): NewEvent => ({
  type: 'HouseholdInvestigated',
  data: {
    householdId: `430623101${String(writer).padStart(3, '0')}${String(i % 1000).padStart(3, '0')}`,
    regionCode: '430623101203',
    card: i % 4 === 0 ? 'red' : i % 4 === 1 ? 'yellow' : i % 4 === 2 ? 'green' : 'blue',
    members: 3 + (i % 4),
    annualIncomePerCapita: 6800 + (i % 500),
    risks: ['illness', 'education'],
    note: 'visited at home; income verified against the village ledger',
    i,
  },
  metadata: {
    actor: { id: `investigator-${writer}`, capacity: 'investigator', jurisdiction: '430623101' },
    occurredAt: '2026-03-18T09:00:00.000Z',
    correlationId: null,
    causationId: null,
    commandId: null,
  },
});

/** What the SQLite store writes for an event, as strings: the raw baseline inserts exactly these. */
export interface RowTemplate {
  type: string;
  data: string;
  metadata: string;
  prevHash: string;
  hash: string;
}

export const rowTemplate = (writer: number, i: number, recordedAt: string): RowTemplate => {
  const e = benchEvent(writer, i);
  const hex = (s: string) => createHash('sha256').update(s).digest('hex');
  return {
    type: e.type,
    data: JSON.stringify(e.data),
    metadata: JSON.stringify({ ...e.metadata, recordedAt }),
    prevHash: hex(`prev-${writer}-${i}`),
    hash: hex(`this-${writer}-${i}`),
  };
};
