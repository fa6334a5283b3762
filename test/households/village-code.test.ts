import { describe, expect, it } from 'vitest';
import { generateHouseholds } from '../../bench/county/households.ts';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { registrationIn, villageCodeIn } from '../../src/households/village-code.ts';
import { canonicalJson } from '../../src/store/hash.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the village code of a stored registration, found without parsing it', () => {
  it("is the household's, for every generated household, in insertion order and in canonical (sorted) JSON", () => {
    for (const g of generateHouseholds({ seed: 'village-code', households: 300 })) {
      const data = { machineVersion: 'household@1', household: HouseholdSchema.parse(g.household) };
      expect(villageCodeIn(bytes(JSON.stringify(data)))).toBe(g.household.villageCode);
      expect(villageCodeIn(bytes(canonicalJson(data)))).toBe(g.household.villageCode);
      expect(registrationIn(bytes(JSON.stringify(data)))).toBe(data.household.registration);
      expect(registrationIn(bytes(canonicalJson(data)))).toBe(data.household.registration);
    }
  });

  it('finds 户类型 the same way, and gives up on what is not one', () => {
    const [g] = generateHouseholds({ seed: 'village-code', households: 1 });
    if (!g) throw new Error('no household');
    const household = HouseholdSchema.parse(g.household);
    expect(registrationIn(bytes(JSON.stringify({ household: { ...household, head: '"registration":"edge"' } })))).toBe(household.registration);
    expect(registrationIn(bytes('{"household":{"registration":"someday"}}'))).toBeUndefined();
    expect(registrationIn(bytes('{"household":{}}'))).toBeUndefined();
  });

  it('is not fooled by the same text inside a string value (where its quotes are escaped)', () => {
    const [g] = generateHouseholds({ seed: 'village-code', households: 1 });
    if (!g) throw new Error('no household');
    const data = { household: { ...g.household, head: '"villageCode":"430623999999"' } };
    expect(JSON.stringify(data).indexOf('430623999999')).toBeLessThan(JSON.stringify(data).indexOf(g.household.villageCode));
    expect(villageCodeIn(bytes(JSON.stringify(data)))).toBe(g.household.villageCode);
  });

  it('gives up (the caller parses) on JSON with spaces, a missing key, or a value that is no village code', () => {
    expect(villageCodeIn(bytes('{"household": {"villageCode": "430623101201"}}'))).toBeUndefined();
    expect(villageCodeIn(bytes('{"household":{}}'))).toBeUndefined();
    expect(villageCodeIn(bytes('{"household":{"villageCode":"430623"}}'))).toBeUndefined();
    expect(villageCodeIn(bytes('{"household":{"villageCode":"4306231012019"}}'))).toBeUndefined();
    expect(villageCodeIn(bytes('{"household":{"villageCode":"430623101000"}}'))).toBeUndefined(); // a township's code
    expect(villageCodeIn(bytes('{"household":{"villageCode":"430623101201"}}'))).toBe('430623101201');
  });
});
