import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_UPCASTERS } from '../../schemas/catalog.ts';
import { HouseholdSchema } from '../../src/domain/household.ts';
import type { Household } from '../../src/domain/household.ts';
import { applyHouseholdPatch, householdPatchDiff, mergePatch, patchHousehold, unknownPatchFields } from '../../src/domain/household-patch.ts';
import type { HouseholdPatch } from '../../src/domain/household-patch.ts';
import { changeHousehold } from '../../src/households/commands.ts';
import type { HouseholdFactsChanged } from '../../src/households/events.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import { yellowHousehold } from '../support/fixtures.ts';

const household = (): Household => HouseholdSchema.parse({ ...yellowHousehold(1), livelihood: { incomeStable: false, basicNeedsAndWaterSecure: true } });
const year = { wage: 100, business: 0, property: 0, transfer: 0, productionCosts: 0 };

const patched = (current: Household, patch: HouseholdPatch) => {
  const result = patchHousehold(current, patch);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
};

describe('RFC 7396 MergePatch', () => {
  it('gives the results of the RFC\'s appendix A', () => {
    const cases: [unknown, unknown, unknown][] = [
      [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
      [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
      [{ a: 'b' }, { a: null }, {}],
      [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
      [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
      [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
      [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
      [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
      [['a', 'b'], ['c', 'd'], ['c', 'd']],
      [{ a: 'b' }, ['c'], ['c']],
      [{ a: 'foo' }, null, null],
      [{ a: 'foo' }, 'bar', 'bar'],
      [{ e: null }, { a: 1 }, { e: null, a: 1 }],
      [[1, 2], { a: 'b', c: null }, { a: 'b' }],
      [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
    ];
    for (const [target, patch, result] of cases) expect(mergePatch(target, patch)).toEqual(result);
  });

  it('changes neither the target nor the patch, and never a prototype', () => {
    const target = { a: { b: 1 }, c: [1] };
    const patch = JSON.parse('{"a":{"b":2},"__proto__":{"polluted":true}}') as JsonObject;
    const result = mergePatch(target, patch) as Record<string, unknown>;
    expect(target).toEqual({ a: { b: 1 }, c: [1] });
    expect(result.c).toBe(target.c);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});

describe('a household change as a merge patch', () => {
  it('keeps what is not sent: the other exclusion facts, the other income years', () => {
    const current = HouseholdSchema.parse({ ...yellowHousehold(1), exclusions: { publicFundsMember: true } });
    const { household: next, applied } = patched(current, { exclusions: { consumerCar: true }, incomes: { '2026': year } });
    expect(next.exclusions).toMatchObject({ consumerCar: true, publicFundsMember: true });
    expect(Object.keys(next.incomes).sort()).toEqual(['2025', '2026']);
    expect(applied).toEqual({ exclusions: { consumerCar: true }, incomes: { '2026': { ...year, schoolingExpenses: 0, medicalExpenses: 0 } } });
  });

  it('null: an optional field is removed, a defaulted one reset, a nullable one set to null', () => {
    const current = household();
    const { household: next, applied } = patched(current, { livelihood: null, risks: null, registration: 'ordinary', povertyStatus: null });
    expect(next).not.toHaveProperty('livelihood');
    expect(next.risks).toEqual([]);
    expect(next.povertyStatus).toBeNull();
    expect(applied).toEqual({ livelihood: null, risks: [], registration: 'ordinary', povertyStatus: null });
    expect(applyHouseholdPatch(current, applied)).toEqual(next);
  });

  it('names unknown fields as JSON pointers, at any depth', () => {
    expect(unknownPatchFields({ group: '1组', nickname: 'x' })).toEqual(['/nickname']);
    expect(unknownPatchFields({ exclusions: { childrenHouseholds: { rich: true } } })).toEqual(['/exclusions/childrenHouseholds/rich']);
    expect(unknownPatchFields({ incomes: { '2025': { bonus: 1 }, 'a/b': null } })).toEqual(['/incomes/2025/bonus', '/incomes/a~1b']);
    expect(unknownPatchFields({ members: [{ name: 'x', health: { status: 'healthy', grade: 1 } }], risks: [{ kind: 'other', when: 'now' }] }))
      .toEqual(['/members/0/health/grade', '/risks/0/when']);
    expect(unknownPatchFields({ livelihood: null, members: [{ name: 'x', health: { status: 'disabled', grade: 1 } }] })).toEqual([]);
  });

  it('the head and the head member share one name', () => {
    const current = household();
    expect(patched(current, { head: '新户主' }).household.members[0]?.name).toBe('新户主');
    const members = current.members.map((m) => (m.relation === 'head' ? { ...m, name: '改名' } : m));
    expect(patched(current, { members }).household.head).toBe('改名');
    expect(patchHousehold(current, { members, head: '别名' })).toEqual({ ok: false, error: { code: 'HEAD_NAME_MISMATCH' } });
    expect(patched(current, { members, head: '改名' }).applied).toEqual({ head: '改名', members });
  });

  it('refuses what changes nothing', () => {
    const current = household();
    for (const patch of [{}, { head: current.head }, { exclusions: { consumerCar: false } }, { livelihood: { incomeStable: false } }, { incomes: { '1999': null } }]) {
      expect(patchHousehold(current, patch)).toEqual({ ok: false, error: { code: 'NO_CHANGE' } });
    }
    expect(() => changeHousehold(current, {}, '无')).toThrow(expect.objectContaining({ status: 422, code: 'NO_CHANGE' }));
  });

  it('recording the applied patch and replaying it gives the household the command computed, whatever the patch', () => {
    const current = HouseholdSchema.parse({ ...yellowHousehold(1), incomes: { '2024': year, '2025': year } });
    const bool = fc.option(fc.boolean(), { nil: null });
    const amount = fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null });
    const patch = fc.record({
      group: fc.constantFrom('3组', '4组'),
      exclusions: fc.record({ consumerCar: bool, publicFundsMember: bool, childrenHouseholds: fc.record({ wellOff: bool }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      incomes: fc.dictionary(fc.constantFrom('2024', '2025', '2026'), fc.option(fc.record({ wage: fc.integer({ min: 0, max: 20_000 }), business: amount, property: amount, transfer: amount, productionCosts: amount }, { requiredKeys: ['wage'] }), { nil: null })),
      livelihood: fc.option(fc.record({ incomeStable: fc.boolean(), basicNeedsAndWaterSecure: fc.boolean() }, { requiredKeys: [] }), { nil: null }),
      risks: fc.option(fc.array(fc.record({ kind: fc.constantFrom('illness' as const, 'accident' as const) })), { nil: null }),
      head: fc.constantFrom('户主1', '张三'),
    }, { requiredKeys: [] });
    fc.assert(fc.property(patch, (p) => {
      const result = patchHousehold(current, p);
      if (!result.ok) return ['NO_CHANGE', 'INVALID'].includes(result.error.code);
      const { household: next, applied } = result.value;
      expect(HouseholdSchema.parse(next)).toEqual(next);
      expect(applyHouseholdPatch(current, applied)).toEqual(next);
      expect(householdPatchDiff(current, next)).toEqual(applied);
      expect(applyHouseholdPatch(current, JSON.parse(JSON.stringify(applied)) as JsonObject)).toEqual(JSON.parse(JSON.stringify(next)));
      return true;
    }), { numRuns: 300 });
  });
});

describe('HouseholdFactsChanged v1 (recorded before merge patches)', () => {
  it('reads as v2 with shallow: each field replaced the recorded one whole, as it did when recorded', () => {
    const changes = { incomes: { '2026': { ...year, schoolingExpenses: 0, medicalExpenses: 0 } }, povertyStatus: 'returned' };
    const read = EVENT_UPCASTERS.upcast({
      id: 'e', stream: 'household-x', revision: 1, position: 2, prevHash: '0', hash: '1', type: 'HouseholdFactsChanged',
      data: { changes, reason: '旧版', warnings: [] },
      metadata: { actor: { id: 'a' }, occurredAt: '2026-01-01T00:00:00.000Z', recordedAt: '2026-01-01T00:00:00.000Z', correlationId: null, causationId: null, commandId: null },
    });
    expect(read.data).toEqual({ patch: changes, shallow: true, reason: '旧版', warnings: [] });
    const data = read.data as unknown as HouseholdFactsChanged;
    const after = applyHouseholdPatch(household(), data.patch, { shallow: data.shallow === true });
    expect(Object.keys(after.incomes)).toEqual(['2026']);
    expect(after.povertyStatus).toBe('returned');
  });
});
