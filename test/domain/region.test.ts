import { describe, expect, it } from 'vitest';
import {
  cityOf, countyOf, isRegionCode, isWithin, provinceOf, regionLevel, regionPrefix, toFullRegionCode, townshipOf,
} from '../../src/domain/region.ts';

describe('region codes (统计用区划代码)', () => {
  it('recognises the level of full codes and of prefixes', () => {
    expect(regionLevel('430000000000')).toBe('province');
    expect(regionLevel('430600000000')).toBe('city');
    expect(regionLevel('430623000000')).toBe('county');
    expect(regionLevel('430623101000')).toBe('township');
    expect(regionLevel('430623101201')).toBe('village');
    expect(regionLevel('43')).toBe('province');
    expect(regionLevel('4306')).toBe('city');
    expect(regionLevel('430623')).toBe('county');
    expect(regionLevel('430623101')).toBe('township');
  });

  it('reads a zero-filled 6-digit code as the city it names', () => {
    expect(regionPrefix('430600')).toBe('4306');
  });

  it('rejects malformed codes', () => {
    expect(isRegionCode('43062310120')).toBe(false); // 11 digits
    expect(isRegionCode('43062310120a')).toBe(false);
    expect(isRegionCode('430000101000')).toBe(false); // a township under no city or county
    expect(isRegionCode('000000000000')).toBe(false);
    expect(regionLevel('43062')).toBeNull(); // 5 digits is no level
    expect(regionLevel('')).toBeNull();
  });

  it('decides jurisdiction by prefix, in either spelling of the jurisdiction', () => {
    expect(isWithin('430623101201', '430623101')).toBe(true);
    expect(isWithin('430623101201', '430623101000')).toBe(true);
    expect(isWithin('430623101201', '430623')).toBe(true);
    expect(isWithin('430623102201', '430623101')).toBe(false);
    expect(isWithin('430623101201', '430623101201')).toBe(true);
    expect(isWithin('430623101000', '430623101201')).toBe(false); // a township is not within its village
    expect(isWithin('430624101201', '43062')).toBe(false); // a malformed jurisdiction grants nothing
  });

  it('does not let a city code 430600 contain county 430623 by string accident only', () => {
    expect(isWithin('430623101201', '430600000000')).toBe(true); // 岳阳市 contains 华容县
    expect(isWithin('430723101201', '430600000000')).toBe(false);
  });

  it('finds the township, county, city and province above a village', () => {
    expect(townshipOf('430623101201')).toBe('430623101');
    expect(countyOf('430623101201')).toBe('430623');
    expect(cityOf('430623101201')).toBe('4306');
    expect(provinceOf('430623101201')).toBe('43');
    expect(townshipOf('430623000000')).toBeNull();
    expect(toFullRegionCode('430623101')).toBe('430623101000');
  });
});
