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
