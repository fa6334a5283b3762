import type { RecordedEvent } from '../../src/store/types.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import { MANAGEMENT_MACHINE_VERSION } from '../../workflows/registry.ts';

let position = 0;

/** a stored management event as the projection receives it */
export const stored = (id: string, revision: number, type: string, data: JsonObject, occurredAt: string, actorId = 'someone'): RecordedEvent => ({
  id: `e-${++position}`, stream: `management-${id}`, revision, position, type, data,
  metadata: { actor: { id: actorId }, occurredAt, recordedAt: occurredAt, correlationId: null, causationId: null, commandId: null },
  prevHash: '', hash: '',
});

export const started = (id: string, village: string, card: string, cardSince: string, cadre: { id: string; unitLevel: string } | null): RecordedEvent =>
  stored(id, 0, 'ManagementStarted', {
    householdId: `h-${id}`, villageCode: village, designationId: `d-${id}`, card, cardSince, year: 2026, notEscaped: card === 'red',
    cadre: cadre && { id: cadre.id, name: '干部', unitLevel: cadre.unitLevel, organisation: null }, machineVersion: MANAGEMENT_MACHINE_VERSION,
  }, cardSince);

/** a contact made by `byId` (the paired cadre's contacts count toward the household's duties, another's do not) */
export const contact = (id: string, revision: number, mode: string, occurredAt: string, byId = 'x'): RecordedEvent =>
  stored(id, revision, 'ContactLogged', { contactId: `c-${revision}`, mode, by: { id: byId, name: byId, unitLevel: null }, findings: '正常', newRisk: null, evidence: [] }, occurredAt, byId);
