import type { AnyMachineSnapshot } from 'xstate';
import { designationChain } from '../designations/chain.ts';
import type { WorkingCalendar } from '../domain/calendar.ts';
import type { PolicyBook } from '../domain/policy.ts';
import { machineFor, toMachineEvent } from '../engine/chain.ts';
import type { ChainDefinition } from '../engine/chain.ts';
import { initialSnapshot, stateName, step } from '../engine/fold.ts';
import { judge } from '../engine/invariants.ts';
import type { Invariant, World } from '../engine/invariants.ts';
import { invariantsOf, latestOf } from '../engine/time-rules.ts';
import { householdChain } from '../households/chain.ts';
import { HouseholdsView } from '../households/projection.ts';
import { meetingChain, noticeChain, roundChain } from '../lists/chains.ts';
import { monitoringChain } from '../monitoring/chain.ts';
import { campaignChain, listedVillageChain, problemChain } from '../ledger/chains.ts';
import { adjustmentRoundChain } from '../management/chain.ts';
import type { EventStore, RecordedEvent } from '../store/types.ts';

/** the chains whose trails the procedure audit judges */
export const AUDITED_CHAINS: readonly ChainDefinition[] = [designationChain, monitoringChain, meetingChain, roundChain, noticeChain, problemChain, campaignChain, listedVillageChain, adjustmentRoundChain];

/** one stored step that breaks the procedure, and the rule */
export interface ProcedureFinding {
  stream: string;
  revision: number;
  position: number;
  type: string;
  occurredAt: string;
  recordedAt: string;
  /** the region the stream is in (its village, township or scope), when known */
  regionCode: string | null;
  code: string;
  message_zh: string;
  message_en: string;
  judgedOn?: Record<string, unknown>;
}

export interface ProcedureAuditReport {
  streamsChecked: number;
  eventsChecked: number;
  findings: ProcedureFinding[];
}

interface Trail {
  chain: ChainDefinition;
  invariants: readonly Invariant[];
  snapshot: AnyMachineSnapshot;
  lastOccurredAt: string | null;
  regionCode: string | null;
  /** a step the machine refused: later steps cannot be judged on a state the trail never reached */
  derailed: boolean;
}

const regionIn = (snapshot: AnyMachineSnapshot, e: RecordedEvent): string | null => {
  const fromContext = (snapshot.context as { villageCode?: unknown } | undefined)?.villageCode;
  if (typeof fromContext === 'string' && fromContext !== '') return fromContext;
  for (const key of ['villageCode', 'townshipCode', 'scopeCode']) {
    const value = e.data[key];
    if (typeof value === 'string') return value;
  }
  return null;
};

/**
 * 程序审计: the chains' invariants run over stored trails, in one pass over the feed. Each step is judged as the
 * engine would have judged it when it was recorded: on the state its stream had reached, and on the household's
 * facts as they stood at that position (household events are folded as the feed reaches them). Finds what was
 * written before the invariants existed, by another writer, or edited in the store; `regionPrefix` keeps the
 * findings of a jurisdiction (every household is still folded, so facts are right).
 */
export const auditProcedure = async (
  store: Pick<EventStore, 'readAll'>,
  rules: { policies: PolicyBook; calendar: WorkingCalendar },
  options: { regionPrefix?: string; pageSize?: number } = {},
): Promise<ProcedureAuditReport> => {
  const households = new HouseholdsView();
  const world: World = { household: (id) => households.get(id)?.household, policies: rules.policies, calendar: rules.calendar };
  const trails = new Map<string, Trail>();
  const findings: ProcedureFinding[] = [];
  const prefix = options.regionPrefix ?? '';
  const pageSize = options.pageSize ?? 5000;
  const chains = new Map(AUDITED_CHAINS.map((c) => [c.streamPrefix, { chain: c, invariants: invariantsOf(c) }]));
  let eventsChecked = 0;
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: pageSize, streamPrefixes: [householdChain.streamPrefix, ...chains.keys()] });
    for (const e of page) {
      after = e.position;
      if (e.stream.startsWith(householdChain.streamPrefix)) {
        households.apply(e);
        continue;
      }
      const chainPrefix = [...chains.keys()].find((p) => e.stream.startsWith(p));
      const found = chainPrefix === undefined ? undefined : chains.get(chainPrefix);
      if (!found) continue;
      let trail = trails.get(e.stream);
      if (!trail) {
        const machine = machineFor(found.chain, found.chain.versionOf(e));
        trail = { chain: found.chain, invariants: found.invariants, snapshot: initialSnapshot(machine), lastOccurredAt: null, regionCode: null, derailed: false };
        trails.set(e.stream, trail);
      }
      if (trail.derailed) continue;
      eventsChecked += 1;
      const machine = machineFor(trail.chain, trail.chain.versionOf(e));
      const next = step(machine, trail.snapshot, toMachineEvent(e));
      trail.regionCode ??= regionIn(next ?? trail.snapshot, e);
      const report = (code: string, zh: string, en: string, judgedOn?: Record<string, unknown>) => {
        if (trail.regionCode !== null ? trail.regionCode.startsWith(prefix) : prefix === '') {
          findings.push({
            stream: e.stream, revision: e.revision, position: e.position, type: e.type, occurredAt: e.metadata.occurredAt, recordedAt: e.metadata.recordedAt,
            regionCode: trail.regionCode, code, message_zh: zh, message_en: en, ...(judgedOn ? { judgedOn } : {}),
          });
        }
      };
      if (!next) {
        report('STEP_NOT_ALLOWED', `该环节在当时的状态（${stateName(trail.snapshot)}）下不应被接受`, `The machine refuses this stored step in state ${stateName(trail.snapshot)}`);
        trail.derailed = true;
        continue;
      }
      const broken = judge(trail.invariants, {
        stream: e.stream, type: e.type, data: e.data, actor: e.metadata.actor, occurredAt: e.metadata.occurredAt, recordedAt: e.metadata.recordedAt,
        lateEntryReason: e.metadata.lateEntryReason ?? null, before: trail.snapshot, after: next, previousOccurredAt: trail.lastOccurredAt,
      }, world);
      for (const b of broken) report(b.code, b.zh, b.en, b.judgedOn);
      trail.snapshot = next;
      trail.lastOccurredAt = latestOf(trail.lastOccurredAt, e.metadata.occurredAt);
    }
    if (page.length < pageSize) break;
  }
  return { streamsChecked: trails.size, eventsChecked, findings };
};
