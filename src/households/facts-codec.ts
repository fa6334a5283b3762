import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Household } from '../domain/household.ts';

/**
 * A household's facts as the read model keeps them: JSON deflated with a preset dictionary. Registrations look
 * alike (the same keys, the same enum values, the same defaults), so the dictionary holds one typical household and
 * a household's 1 KB of JSON deflates to about 150 bytes; a county's 200,000 households then take some 30 MB
 * instead of some 400 MB as objects. Encoding costs some 15 µs and decoding 5 µs plus the parse; the view keeps the
 * households in use as objects (src/households/projection.ts), so a household changed again and again is not.
 *
 * Only memory holds these bytes: the dictionary may change from one version to the next.
 */
const TYPICAL: Household = {
  head: '张三', residentId: '430623196504120052', villageCode: '430623101201', group: '1组',
  members: [
    { name: '张三', relation: 'head', residentId: '430623196504120052', studentStatus: 'none', health: { status: 'chronic-illness' }, labour: 'weak', employment: { place: 'none' } },
    { name: '李四', relation: 'spouse', residentId: '430623196708010021', birthDate: '1967-08-01', studentStatus: 'none', health: { status: 'healthy' }, labour: 'normal', employment: { place: 'within-county', monthsPerYear: 6 } },
    { name: '张小', relation: 'child', residentId: '430623200903150034', birthDate: '2009-03-15', studentStatus: 'compulsory', health: { status: 'serious-illness' }, labour: 'none', employment: { place: 'outside-province', monthsPerYear: 10 } },
  ],
  registration: 'registered', povertyStatus: 'escaped', mainCauseOfPoverty: 'illness', otherCausesOfPoverty: [], policiesEnjoyed: ['health'],
  incomes: { 2025: { wage: 6000, business: 1500, property: 0, transfer: 1200, productionCosts: 700, schoolingExpenses: 0, medicalExpenses: 0 } },
  risks: [{ kind: 'illness' }],
  exclusions: {
    consumerCar: false, commercialHousing: false, luxuriousDecoration: false, publicFundsMember: false, enterpriseExecutive: false, parentsApartFromAbleChildren: false,
    childrenHouseholds: { consumerCar: false, publicFundsMember: false, enterpriseExecutive: false, wellOff: false },
  },
};

/** what a household's JSON repeats most goes last: deflate reaches the end of the dictionary most cheaply */
const DICTIONARY = Buffer.from(`"ordinary","edge","not-escaped","returned","monitored","disability","schooling","disaster","accident","unemployment","within-province","outside-province","healthy","disabled","grandchild","parent","sibling",${JSON.stringify(TYPICAL)}`, 'utf8');

/**
 * A 2 KB window (it holds the dictionary) and the fastest level: 8 µs instead of 13 µs a household, for a few
 * more bytes. Inflating needs the same window.
 */
const WINDOW = { windowBits: 11 };

/**
 * zlib writes into output chunks of 16 KB by default, each an ArrayBuffer of its own that the answer is a view of:
 * 200,000 registrations would leave gigabytes of them for the GC. Outputs are a few hundred bytes and a few KB.
 */
const DEFLATE = { dictionary: DICTIONARY, chunkSize: 512, ...WINDOW, level: 1, memLevel: 2 };
const INFLATE = { dictionary: DICTIONARY, chunkSize: 4096, ...WINDOW };

/** the facts deflated, in a buffer of their own size (the caller copies them into a slab) */
export const encodeFacts = (household: Household): Buffer => deflateRawSync(Buffer.from(JSON.stringify(household), 'utf8'), DEFLATE);

export const decodeFacts = (bytes: Uint8Array): Household => JSON.parse(inflateRawSync(bytes, INFLATE).toString('utf8')) as Household;
