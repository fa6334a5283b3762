import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { ChainDefinition } from '../../src/engine/chain.ts';
import { Engine } from '../../src/engine/engine.ts';
import type { CommandContext } from '../../src/engine/engine.ts';
import { stateName } from '../../src/engine/fold.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { sequentialIds } from '../../src/shared/ids.ts';
import { ProblemError } from '../../src/shared/problem.ts';
import { MemoryEventStore } from '../../src/store/memory.ts';
import { judgingWith } from '../support/judging.ts';

// two released versions of a toy procedure: v1 needed one review, v2 needs a second one
const v1 = setup({}).createMachine({ id: 'toy', initial: 'new', states: { new: { on: { Opened: 'open' } }, open: { on: { Reviewed: 'done' } }, done: {} } });
const v2 = setup({}).createMachine({
  id: 'toy', initial: 'new',
  states: { new: { on: { Opened: 'open' } }, open: { on: { Reviewed: 'reviewedOnce' } }, reviewedOnce: { on: { Reviewed: 'done' } }, done: {} },
});
const chainAt = (currentVersion: string): ChainDefinition => ({
  name: 'toy', streamPrefix: 'toy-', currentVersion, machines: { 'toy@1': v1, 'toy@2': v2 }, versionOf: (e) => String(e.data.version), invariants: [], regionOf: () => null, datedInEarlierPeriod: [],
});

const setupEngine = () => {
  const clock = new ManualClock();
  const store = new MemoryEventStore({ clock, newId: sequentialIds() });
  return { store, engine: new Engine(store, judgingWith(clock)) };
};
const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({ actor: { id: 'u1', capacity: 'investigator' }, occurredAt: '2026-03-18T00:00:00.000Z', correlationId: 'c', ...extra });
const open = (version: string) => () => [{ type: 'Opened', data: { version } }];
const review = () => [{ type: 'Reviewed', data: {} }];

describe('engine', () => {
  it('a stream keeps replaying under the machine version it was started with', async () => {
    const { engine, store } = setupEngine();
    await engine.execute(chainAt('toy@1'), 'old', ctx(), open('toy@1'));
    const later = new Engine(store, judgingWith(new ManualClock())); // a new release, started after v2 was deployed
    await later.execute(chainAt('toy@2'), 'new', ctx(), open('toy@2'));
    expect(stateName((await later.execute(chainAt('toy@2'), 'old', ctx(), review)).snapshot)).toBe('done');
    expect(stateName((await later.execute(chainAt('toy@2'), 'new', ctx(), review)).snapshot)).toBe('reviewedOnce');
  });

  it('refuses a step the machine does not accept, naming the state, and appends nothing', async () => {
    const { engine, store } = setupEngine();
    const chain = chainAt('toy@1');
    await engine.execute(chain, 'a', ctx(), open('toy@1'));
    const error = await engine.execute(chain, 'a', ctx(), open('toy@1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ status: 409, code: 'STEP_NOT_ALLOWED', extensions: { currentState: 'open', refusedStep: 'Opened' } });
    expect(await store.readStream('toy-a')).toHaveLength(1);
  });

  it('answers a retried command (same actor and Idempotency-Key) with its first outcome and no new event', async () => {
    const { engine, store } = setupEngine();
    const chain = chainAt('toy@1');
    const first = await engine.execute(chain, 'a', ctx({ idempotencyKey: 'key-00000001' }), open('toy@1'));
    const retry = await engine.execute(chain, 'a', ctx({ idempotencyKey: 'key-00000001' }), open('toy@1'));
    expect(retry).toMatchObject({ replayed: true, revision: first.revision });
    expect(stateName(retry.snapshot)).toBe('open');
    expect(await store.readStream('toy-a')).toHaveLength(1);
    // the same key from another person is another command
    await expect(engine.execute(chain, 'a', ctx({ idempotencyKey: 'key-00000001', actor: { id: 'u2' } }), open('toy@1'))).rejects.toMatchObject({ code: 'STEP_NOT_ALLOWED' });
  });

  it('If-Match must name the current revision (412 otherwise)', async () => {
    const { engine, store } = setupEngine();
    const chain = chainAt('toy@1');
    await engine.execute(chain, 'a', ctx(), open('toy@1'));
    await expect(engine.execute(chain, 'a', ctx({ ifMatch: 5 }), review)).rejects.toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });
    expect(await store.readStream('toy-a')).toHaveLength(1);
    await expect(engine.execute(chain, 'a', ctx({ ifMatch: 0 }), review)).resolves.toMatchObject({ revision: 1 });
  });

  it('a cached snapshot picks up what another instance appended meanwhile', async () => {
    const { engine, store } = setupEngine();
    const other = new Engine(store, judgingWith(new ManualClock()));
    const chain = chainAt('toy@2');
    await engine.execute(chain, 'a', ctx(), open('toy@2'));
    await other.execute(chain, 'a', ctx(), review);
    const outcome = await engine.execute(chain, 'a', ctx(), review);
    expect(stateName(outcome.snapshot)).toBe('done');
    expect(outcome.revision).toBe(2);
  });

  it('a command on a stream its caller believed new (`fresh`) is decided on the stream as stored when it is not', async () => {
    const { engine, store } = setupEngine();
    const other = new Engine(store, judgingWith(new ManualClock()));
    const chain = chainAt('toy@1');
    const first = await engine.execute(chain, 'n', ctx(), open('toy@1'), { fresh: true });
    expect(first.revision).toBe(0);
    // another instance, which never saw the stream, is told it is new: its append's 'no_stream' check fails and
    // the step runs on the stored stream, where an opening is not allowed and a review is
    await expect(other.execute(chain, 'n', ctx(), open('toy@1'), { fresh: true })).rejects.toMatchObject({ code: 'STEP_NOT_ALLOWED' });
    const reviewed = await other.execute(chain, 'n', ctx(), review, { fresh: true });
    expect([stateName(reviewed.snapshot), reviewed.revision]).toEqual(['done', 1]);
    expect((await store.readStream('toy-n')).map((e) => e.type)).toEqual(['Opened', 'Reviewed']);
  });

  it('rebuilds the state as of a revision or a time (time travel)', async () => {
    const { engine } = setupEngine();
    const chain = chainAt('toy@2');
    await engine.execute(chain, 'a', ctx(), open('toy@2'));
    await engine.execute(chain, 'a', ctx(), review);
    const at0 = await engine.stateAt(chain, 'a', { revision: 0 });
    expect(at0 && stateName(at0.snapshot)).toBe('open');
    expect(await engine.stateAt(chain, 'missing', {})).toBeNull();
  });
});
