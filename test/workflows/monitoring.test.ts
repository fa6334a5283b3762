import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { monitoringMachine } from '../../workflows/monitoring/machine.ts';
import type { MonitoringContext } from '../../workflows/monitoring/context.ts';
import type { MonitoringEvent } from '../../workflows/monitoring/events.ts';
import { fold, initialSnapshot, stateName, step } from '../../src/engine/fold.ts';
import type { MachineEvent } from '../../src/engine/chain.ts';

const at = '2026-06-01T02:00:00.000Z';
type Data<T extends MonitoringEvent['type']> = Omit<Extract<MonitoringEvent, { type: T }>, 'type' | 'actor' | 'occurredAt'>;
const e = <T extends MonitoringEvent['type']>(type: T, data: Data<T>, actor = 'clerk', occurredAt = at): MachineEvent =>
  ({ type, actor: { id: actor }, occurredAt, ...data }) as unknown as MachineEvent;

const letter = { letter: { kind: 'scan' as const, id: 'l', sha256: '0'.repeat(64), mediaType: 'application/pdf' }, signedOn: '2026-06-01', signature: { by: 'applicant' as const }, thumbprint: true, factsTrue: true, authorisesAssetQuery: true };
const applied = (commitment: typeof letter | null = letter) => e('MonitoringApplied', {
  householdId: 'h1', householdRevision: 0, villageCode: '430623101201', year: 2025, source: 'householdApplication', channel: 'written', proposedType: 'edgeProne',
  risk: '重病', perCapitaIncome: 4000, incomeLine: 6000, verdict: 'must-include', warnings: [], commitment, evidence: [], machineVersion: 'monitoring@1',
});
const alert = e('DepartmentAlertRaised', { householdId: 'h1', householdRevision: 0, villageCode: '430623101201', year: 2025, department: 'medicalInsurance', alert: { kind: 'medicalExpense', summary: '大额自付' }, evidence: [], machineVersion: 'monitoring@1' }, 'dept');
const verified = (outcome: 'confirmed' | 'dismissed') => e('MonitoringAlertVerified', { outcome, proposedType: outcome === 'confirmed' ? 'suddenHardship' : null, opinion: '核实', perCapitaIncome: null, warnings: [], evidence: [] }, 'inv');
const group = e('MonitoringGroupAppraised', { outcome: 'recommended', opinion: '同意', attendance: 9, warnings: [], evidence: [] });
const village = (decision: 'included' | 'notIncluded' = 'included') => e('MonitoringVillageAppraised', { decision, monitoringType: decision === 'included' ? 'edgeProne' : null, opinion: '评议', attendance: {}, householdRevision: 0, perCapitaIncome: 4000, warnings: [], evidence: [] }, 'ps');
const endsAt = '2026-06-15T16:00:00.000Z';
const posted = (phase: 'inclusion' | 'elimination' = 'inclusion') => e('MonitoringNoticePosted', { phase, startsAt: '2026-06-08T02:00:00.000Z', endsAt, period: { days: 5, unit: 'working' }, noticeRef: null });
const requested = e('MonitoringComparisonRequested', { districtCode: '430623' });
const noFacts = { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false } };
const clear = e('MonitoringComparisonCompleted', { result: 'clear', findings: noFacts, rules: [], departments: ['publicSecurity'], opinion: '无', evidence: [] }, 'co');
const excluded = e('MonitoringComparisonCompleted', { result: 'exclusionFound', findings: { ...noFacts, consumerCar: true }, rules: [{ code: 'MONITORING_EXCLUDED_CONSUMER_CAR', zh: '', en: '' }], departments: ['publicSecurity'], opinion: '有车', evidence: [] }, 'co');
const ended = (when = endsAt) => e('MonitoringNoticeEnded', { at: when }, 'system', when);
const reported = (phase: 'inclusion' | 'elimination' = 'inclusion') => e('MonitoringReportedToTownship', { phase, opinion: '上报' });
const township = (outcome: 'approved' | 'sentBack' | 'refused', phase: 'inclusion' | 'elimination' = 'inclusion') => e('MonitoringTownshipReviewed', { phase, outcome, opinion: '审核' }, 'ta');
const filed = (phase: 'inclusion' | 'elimination' = 'inclusion') => e('MonitoringDistrictFiled', { phase, announcementRef: 'ref', monitoringType: null, opinion: '备案' }, 'co');
const objection = (id = 'o1', when = '2026-06-10T02:00:00.000Z') => e('MonitoringObjectionRaised', { objectionId: id, summary: '异议' }, 'clerk', when);
const resolved = (outcome: 'upheld' | 'dismissed', id = 'o1') => e('MonitoringObjectionResolved', { objectionId: id, outcome, opinion: '处理' }, 'tr');
const contact = (reason: string | null = null) => e('MonitoringContactAssigned', { contact: { id: null, name: '李', organisation: null }, replaces: null, reason });
const proposed = e('RiskEliminationProposed', { year: 2026, householdRevision: 2, perCapitaIncome: 9600, opinion: '提出', warnings: [], evidence: [] });
const agreed = e('RiskEliminationAppraised', { outcome: 'agreed', opinion: '同意', attendance: {}, evidence: [] }, 'ps');
const reflagged = e('RiskReflagged', { year: 2026, householdRevision: 3, monitoringType: 'suddenHardship', reason: '工伤', risks: [{ kind: 'accident' }], warnings: [], evidence: [] }, 'tr');

const run = (...events: MachineEvent[]) => fold(monitoringMachine, events);
const state = (...events: MachineEvent[]) => stateName(run(...events));
const refuses = (events: MachineEvent[], next: MachineEvent) => step(monitoringMachine, run(...events), next) === null;

const inNotice = [applied(), group, village(), posted(), requested];
const monitored = [...inNotice, clear, ended(), reported(), township('approved'), filed()];
const eliminated = [...monitored, proposed, agreed, posted('elimination'), ended(), reported('elimination'), township('approved', 'elimination'), filed('elimination')];

describe('monitoring machine (防止返贫监测对象, seed 004)', () => {
  it('reads as the procedure: application → appraisals → notice + comparison → report → township → district → monitored', () => {
    const s = run(...monitored);
    expect(stateName(s)).toBe('monitored');
    expect(s.context).toMatchObject({ monitoringType: 'edgeProne', source: 'householdApplication', cycle: 1, monitoredSince: at, notice: null });
  });

  it('both must be done: the notice ended without open objection and the comparison clear, in either order', () => {
    expect(state(...inNotice, clear, ended())).toBe('awaitingReport');
    expect(state(...inNotice, ended())).toBe('awaitingComparison');
    expect(state(...inNotice, ended(), clear)).toBe('awaitingReport');
    expect(refuses([...inNotice, ended()], reported())).toBe(true);
    expect(refuses(inNotice, ended('2026-06-15T15:59:59.999Z'))).toBe(true);
    // an instant is compared as an instant: 23:59 China time on 6/15 is before the end
    expect(refuses(inNotice, ended('2026-06-15T23:59:00+08:00'))).toBe(true);
  });

  it('a comparison finding a "never" fact excludes, during the notice or after it', () => {
    const s = run(...inNotice, excluded);
    expect([stateName(s), (s.context as MonitoringContext).exclusionRules.map((r) => r.code)]).toEqual(['excluded', ['MONITORING_EXCLUDED_CONSUMER_CAR']]);
    expect(state(...inNotice, ended(), excluded)).toBe('excluded');
    expect(refuses([...inNotice, clear], excluded)).toBe(true);
  });

  it('no notice without the commitment letter on file', () => {
    const noLetter = [applied(null), group, village()];
    expect(refuses(noLetter, posted())).toBe(true);
    const withLetter = [...noLetter, e('MonitoringCommitmentRecorded', { commitment: letter, warnings: [] })];
    expect(state(...withLetter, posted())).toBe('inNotice');
    // an elimination notice cannot be posted in the inclusion phase, nor the other way round
    expect(refuses(withLetter, posted('elimination'))).toBe(true);
  });

  it('objections: only within the notice; open, they hold it; upheld, back to the village; dismissed, it goes on', () => {
    expect(refuses(inNotice, objection('o1', '2026-06-16T00:00:00.000Z'))).toBe(true);
    const objected = [...inNotice, clear, objection()];
    expect(refuses(objected, ended('2026-06-17T00:00:00.000Z'))).toBe(true);
    expect(state(...objected, resolved('dismissed'), ended('2026-06-17T00:00:00.000Z'))).toBe('awaitingReport');
    const upheld = run(...objected, resolved('upheld'));
    expect([stateName(upheld), upheld.context.notice, upheld.context.comparison]).toEqual(['awaitingVillageAppraisal', null, null]);
    expect(refuses(objected, resolved('dismissed', 'o2'))).toBe(true);
  });

  it('send-backs and endings: township back to the village, district back to the township, refusal, withdrawal, not included', () => {
    const atTownship = [...inNotice, clear, ended(), reported()];
    expect(state(...atTownship, township('sentBack'))).toBe('awaitingVillageAppraisal');
    expect(state(...atTownship, township('refused'))).toBe('refused');
    expect(state(...atTownship, township('approved'), e('MonitoringDistrictSentBack', { phase: 'inclusion', reason: '补' }, 'co'))).toBe('awaitingTownshipReview');
    expect(state(applied(), e('MonitoringWithdrawn', { reason: '撤回' }))).toBe('withdrawn');
    expect(state(applied(), group, village('notIncluded'))).toBe('notIncluded');
    expect(refuses(monitored, e('MonitoringWithdrawn', { reason: '撤回' }))).toBe(true);
  });

  it("a department's alert waits for the village's verification", () => {
    expect(state(alert)).toBe('awaitingAlertVerification');
    expect(refuses([alert], group)).toBe(true);
    expect(state(alert, verified('dismissed'))).toBe('alertDismissed');
    const confirmed = run(alert, verified('confirmed'));
    expect([stateName(confirmed), confirmed.context.monitoringType, confirmed.context.source]).toEqual(['awaitingGroupAppraisal', 'suddenHardship', 'departmentAlert']);
  });

  it('assistance: a contact replaced only with a reason; risk elimination through its own notice; re-flagging in the same stream', () => {
    expect(refuses([...monitored, contact()], contact())).toBe(true);
    expect(run(...monitored, contact(), contact('退休')).context.contact?.name).toBe('李');
    const s = run(...eliminated);
    expect([stateName(s), s.context.eliminatedAt]).toEqual(['riskEliminated', at]);
    expect(refuses(eliminated, contact('x'))).toBe(true);
    const again = run(...eliminated, reflagged);
    expect([stateName(again), again.context.cycle, again.context.monitoringType]).toEqual(['monitored', 2, 'suddenHardship']);
    // an upheld objection to the elimination keeps the household monitored
    const objected = [...monitored, proposed, agreed, posted('elimination'), objection()];
    expect(state(...objected, resolved('upheld'))).toBe('monitored');
    expect(state(...monitored, proposed, e('RiskEliminationAppraised', { outcome: 'notAgreed', opinion: '不同意', attendance: {}, evidence: [] }))).toBe('monitored');
  });

  it('is pure: no delayed transitions or invoked services that a replay would have to persist', () => {
    expect(JSON.stringify(monitoringMachine.config)).not.toMatch(/"after"|"invoke"/);
  });

  it('every state is reachable from the start through accepted steps (xstate/graph)', () => {
    const events = [
      applied(), alert, verified('confirmed'), verified('dismissed'), group, village(), village('notIncluded'), posted(), requested, clear, excluded,
      objection(), resolved('upheld'), ended(), reported(), township('approved'), township('refused'), filed(), e('MonitoringWithdrawn', { reason: 'x' }),
      proposed, agreed, posted('elimination'), reported('elimination'), township('approved', 'elimination'), filed('elimination'), reflagged,
    ];
    // states are told apart by name and the context the guards read: cycles, warnings and visits would make it endless
    const paths = getShortestPaths(monitoringMachine, { events: events as never, serializeState: (s) => {
      const c = s.context as MonitoringContext;
      return JSON.stringify([s.value, c.comparison?.status ?? null, c.notice !== null, c.openObjections.length, c.commitment !== null]);
    }, limit: 20000 });
    const reached = new Set(paths.map((p) => stateName(p.state as never)));
    const states = Object.keys(monitoringMachine.config.states ?? {});
    expect(states.filter((s) => !reached.has(s))).toEqual([]);
    expect(stateName(initialSnapshot(monitoringMachine))).toBe('new');
  });
});
