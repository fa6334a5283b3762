import type { Registration } from '../domain/household.ts';
import { isRegionCode, regionLevel } from '../domain/region.ts';

const KEY = Buffer.from('"villageCode":"');
const VILLAGE_CODE_LENGTH = 12;
const QUOTE = 0x22;

/**
 * The village code of a stored registration (`{"household":{…}}` as UTF-8 JSON), found without parsing it, or
 * undefined when it cannot be found that way (the caller then parses). Sound because a household has exactly one
 * `villageCode` key, at its top (HouseholdSchema, which strips any other key), and because the byte sequence
 * `"villageCode":"` cannot occur inside a JSON string, where every quote is escaped. Whatever is found must be a
 * village's region code followed by its closing quote; JSON written with spaces around the colon is not found.
 */
export const villageCodeIn = (json: Uint8Array): string | undefined => {
  const bytes = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  const at = bytes.indexOf(KEY);
  if (at < 0) return undefined;
  const start = at + KEY.length;
  if (bytes[start + VILLAGE_CODE_LENGTH] !== QUOTE) return undefined;
  const code = bytes.toString('latin1', start, start + VILLAGE_CODE_LENGTH);
  return isRegionCode(code) && regionLevel(code) === 'village' ? code : undefined;
};

const REGISTRATION_KEY = Buffer.from('"registration":"');
const REGISTRATIONS = new Set<Registration>(['registered', 'edge', 'ordinary']);

/** 户类型 of a stored registration, found the same way (one `registration` key, at the household's top); else undefined */
export const registrationIn = (json: Uint8Array): Registration | undefined => {
  const bytes = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  const at = bytes.indexOf(REGISTRATION_KEY);
  if (at < 0) return undefined;
  const start = at + REGISTRATION_KEY.length;
  const end = bytes.indexOf(QUOTE, start);
  if (end < 0 || end - start > 12) return undefined;
  const value = bytes.toString('latin1', start, end);
  return REGISTRATIONS.has(value as Registration) ? (value as Registration) : undefined;
};
