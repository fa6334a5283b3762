import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { fourCardMachine } from '../../workflows/four-card/machine.ts';
import type { FourCardEvent } from '../../workflows/four-card/events.ts';
import { fold, initialSnapshot, stateName, step } from '../../src/engine/fold.ts';
import type { MachineEvent } from '../../src/engine/chain.ts';

const at = '2026-03-18T02:00:00.000Z';
const by = (id: string) => ({ actor: { id }, occurredAt: at });
type Data<T extends FourCardEvent['type']> = Omit<Extract<FourCardEvent, { type: T }>, 'type' | 'actor' | 'occurredAt'>;
const e = <T extends FourCardEvent['type']>(type: T, data: Data<T>, actor = 'inv'): MachineEvent => ({ type, ...by(actor), ...data }) as unknown as MachineEvent;

const declared = e('InitialCheckDeclared', { householdId: 'h1', villageCode: '430623101201', year: 2025, proposedCard: 'yellow', suggestedCard: 'yellow', perCapitaIncome: 4200, warnings: [], opinion: '核实', machineVersion: 'four-card@1', minInspectors: 2 });
const approved = e('AppraisalDecided', { meetingId: 'm1', decision: 'approved', card: 'yellow', opinion: '同意', signatures: [] }, 'ps');
const reviewed = e('TownshipReviewed', { outcome: 'confirmed', card: 'yellow', opinion: '属实' }, 'tr');
const sampled = e('SampledForSpotCheck', { roundId: 'r1' }, 'co');
const signed = (who: string, outcome: 'confirmed' | 'adjusted' | 'sentBack' | 'refused' = 'confirmed', card: 'yellow' | 'red' = 'yellow') =>
  e('SpotCheckSigned', { roundId: 'r1', outcome, card, opinion: '抽查' }, who);
/** an objection is dated during the notice (entered whenever: villages work on paper) */
const duringNotice = (event: MachineEvent): MachineEvent => ({ ...event, occurredAt: '2026-04-05T00:00:00.000Z' });
const posted = e('NoticePosted', { noticeId: 'n1', startsAt: '2026-04-03T00:00:00.000Z', endsAt: '2026-04-10T16:00:00.000Z' }, 'ta');
const completed = (when: string) => e('DesignationCompleted', { card: 'yellow', at: when, reportedTo: '430623' }, 'system');

const run = (...events: MachineEvent[]) => fold(fourCardMachine, events);
const refuses = (events: MachineEvent[], next: MachineEvent) => step(fourCardMachine, run(...events), next) === null;

describe('four-card machine (红黄绿蓝卡认定)', () => {
  it('reads as the procedure: declaration → appraisal → township review → spot check → notice → designated', () => {
    const s = run(declared, approved, reviewed, sampled, signed('ci1'), signed('ci2'), posted, completed('2026-04-10T16:00:00.000Z'));
    expect(stateName(s)).toBe('designated');
    expect(s.context).toMatchObject({ card: 'yellow', declaredBy: 'inv', completedAt: '2026-04-10T16:00:00.000Z' });
  });

  it('only the declarer may withdraw, and only before the appraisal acts', () => {
    expect(refuses([declared], e('DeclarationWithdrawn', { reason: 'x' }, 'someone-else'))).toBe(true);
    expect(stateName(run(declared, e('DeclarationWithdrawn', { reason: 'x' })))).toBe('withdrawn');
    expect(refuses([declared, approved], e('DeclarationWithdrawn', { reason: 'x' }))).toBe(true);
  });

  it('a spot-check result needs two distinct inspectors who agree', () => {
    expect(stateName(run(declared, approved, reviewed, sampled, signed('ci1')))).toBe('spotCheck');
    expect(refuses([declared, approved, reviewed, sampled, signed('ci1')], signed('ci1'))).toBe(true);
    expect(refuses([declared, approved, reviewed, sampled, signed('ci1')], signed('ci2', 'adjusted', 'red'))).toBe(true);
    const adjusted = run(declared, approved, reviewed, sampled, signed('ci1', 'adjusted', 'red'), signed('ci2', 'adjusted', 'red'));
    expect([stateName(adjusted), adjusted.context.card]).toEqual(['awaitingNotice', 'red']);
    expect(stateName(run(declared, approved, reviewed, sampled, signed('ci1', 'sentBack'), signed('ci2', 'sentBack')))).toBe('awaitingTownshipReview');
  });

  it('a notice completes only after its end and with no open objection', () => {
    const inNotice = [declared, approved, reviewed, e('SpotCheckPassed', { roundId: 'r1' }, 'co'), posted];
    expect(refuses(inNotice, completed('2026-04-10T15:59:59.999Z'))).toBe(true);
    const objected = [...inNotice, duringNotice(e('ObjectionRaised', { objectionId: 'o1', summary: '收入不实' }, 'clerk'))];
    expect(refuses(objected, completed('2026-04-11T00:00:00.000Z'))).toBe(true);
    const dismissed = [...objected, e('ObjectionResolved', { objectionId: 'o1', outcome: 'dismissed', opinion: '经核实无误' }, 'tr')];
    expect(stateName(run(...dismissed, completed('2026-04-11T00:00:00.000Z')))).toBe('designated');
    const upheld = run(...objected, e('ObjectionResolved', { objectionId: 'o1', outcome: 'upheld', opinion: '属实' }, 'tr'));
    expect([stateName(upheld), upheld.context.notice]).toEqual(['awaitingTownshipReview', null]);
  });

  it('is pure: no delayed transitions or invoked services that a replay would have to persist', () => {
    const config = JSON.stringify(fourCardMachine.config);
    expect(config).not.toMatch(/"after"|"invoke"/);
  });

  it('every state is reachable from the start through accepted steps (xstate/graph)', () => {
    const events: MachineEvent[] = [
      declared, approved, e('AppraisalDecided', { meetingId: 'm1', decision: 'rejected', card: 'yellow', opinion: '不同意', signatures: [] }, 'ps'),
      e('DeclarationWithdrawn', { reason: 'x' }), e('AppraisalWithdrawn', { reason: 'x' }, 'ps'), reviewed,
      e('TownshipSentBack', { reason: 'x' }, 'tr'), e('TownshipRefused', { reason: 'x' }, 'tr'), e('TownshipReviewWithdrawn', { reason: 'x' }, 'tr'),
      e('InitialCheckRevised', { proposedCard: 'yellow', perCapitaIncome: 4100, warnings: [], opinion: '复查' }), sampled,
      e('SpotCheckPassed', { roundId: 'r1' }, 'co'), signed('ci1'), signed('ci2'), posted,
      duringNotice(e('ObjectionRaised', { objectionId: 'o1', summary: 's' }, 'clerk')), e('ObjectionResolved', { objectionId: 'o1', outcome: 'dismissed', opinion: 'x' }, 'tr'),
      completed('2026-04-11T00:00:00.000Z'),
    ];
    const paths = getShortestPaths(fourCardMachine, { events: events as never, limit: 5000 });
    const reached = new Set(paths.map((p) => stateName(p.state as never)));
    const states = Object.keys(fourCardMachine.config.states ?? {}).filter((s) => s !== 'spotCheckSigned');
    expect([...states].filter((s) => !reached.has(s))).toEqual([]);
    expect(stateName(initialSnapshot(fourCardMachine))).toBe('new');
  });
});

describe('objections count only when raised during the notice', () => {
  it('refuses an objection that happened after the notice ended, even if the timer has not run yet', () => {
    const inNotice = [declared, approved, reviewed, e('SpotCheckPassed', { roundId: 'r1' }, 'co'), posted];
    const late = { ...e('ObjectionRaised', { objectionId: 'o9', summary: '逾期异议' }, 'clerk'), occurredAt: '2026-04-10T16:00:00.000Z' };
    expect(refuses(inNotice, late)).toBe(true);
    const lastMinute = { ...late, occurredAt: '2026-04-11T00:59:00+08:00' }; // 2026-04-10T16:59Z: after the end too
    expect(refuses(inNotice, lastMinute)).toBe(true);
    const inTime = { ...late, occurredAt: '2026-04-10T23:59:00+08:00' };
    expect(refuses(inNotice, inTime)).toBe(false);
  });
});
