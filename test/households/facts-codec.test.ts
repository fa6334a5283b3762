import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { decodeFacts, encodeFacts } from '../../src/households/facts-codec.ts';
import { OTHER_VILLAGE, yellowHousehold } from '../support/fixtures.ts';

describe("a household's facts as the read model keeps them (deflated with a preset dictionary)", () => {
  it('reads back every fact exactly, and takes a fraction of its JSON', () => {
    for (const h of [HouseholdSchema.parse(yellowHousehold(7)), HouseholdSchema.parse({ ...yellowHousehold(3, OTHER_VILLAGE), registration: 'ordinary', povertyStatus: null, mainCauseOfPoverty: null })]) {
      const bytes = encodeFacts(h);
      expect(decodeFacts(bytes)).toEqual(h);
      expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(JSON.stringify(h)) / 3);
    }
  });

  it('keeps any text as it was, whatever the dictionary expects (fixed seed)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string(), (head, group) => {
      const h = { ...HouseholdSchema.parse(yellowHousehold(1)), head, group };
      expect(decodeFacts(encodeFacts(h))).toEqual(h);
    }), { seed: 20261206, numRuns: 300 });
  });
});
