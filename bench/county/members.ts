import type { HouseholdInput } from '../../src/domain/household.ts';
import type { Draw } from './draw.ts';
import { birthDateFor, birthplace, personName, surname } from './people.ts';
import type { ResidentIds, Sex } from './people.ts';

export type MemberInput = HouseholdInput['members'][number];
type Relation = MemberInput['relation'];

/**
 * Who lives in a rural household of 华容 (shares are rough and made up, not published figures): 1–6 members
 * (mean ≈ 3.4), heads mostly men of 45–70, single-person households mostly elderly; couples, their children,
 * sometimes a parent, and in older households a married child with grandchildren. Health, labour capacity,
 * schooling and migrant work follow age: chronic illness rises from 2 % under 40 to 35 % over 75; 3 % disabled;
 * pupils at 6–15, 80 % of 16–18-year-olds in senior high or vocational school, a third of 19–22 at university;
 * two thirds of able adults work away for 6–12 months, most of them outside the province.
 */
const SIZES: readonly (readonly [number, number])[] = [[1, 12], [2, 22], [3, 22], [4, 22], [5, 14], [6, 8]];

interface Person { relation: Relation; age: number; sex: Sex; family: string; marriedIn: boolean }

const clampAge = (age: number) => Math.max(0, Math.min(99, age));

const structure = (draw: Draw): Person[] => {
  const size = draw.weighted(SIZES);
  const family = surname(draw);
  const single = size === 1;
  const headAge = single
    ? draw.weighted([[draw.int(25, 44), 15], [draw.int(45, 59), 20], [draw.int(60, 74), 40], [draw.int(75, 92), 25]])
    : draw.weighted([[draw.int(26, 39), 18], [draw.int(40, 54), 34], [draw.int(55, 69), 33], [draw.int(70, 85), 15]]);
  const headSex: Sex = draw.chance(single ? 0.55 : 0.86) ? 'male' : 'female';
  const people: Person[] = [{ relation: 'head', age: headAge, sex: headSex, family, marriedIn: false }];
  const other = (sex: Sex): Sex => (sex === 'male' ? 'female' : 'male');
  const room = () => people.length < size;
  if (room() && draw.chance(size === 2 ? 0.75 : 0.9)) {
    people.push({ relation: 'spouse', age: clampAge(headAge + draw.int(-5, 3)), sex: other(headSex), family: surname(draw), marriedIn: true });
  }
  if (room() && headAge < 56 && draw.chance(0.35)) {
    const parentAge = Math.min(95, headAge + draw.int(23, 32));
    people.push({ relation: 'parent', age: parentAge, sex: draw.chance(0.6) ? 'female' : 'male', family, marriedIn: false });
  }
  let childAge = headAge - draw.int(23, 33);
  let adultChild: Person | null = null;
  while (room() && childAge >= 0) {
    const child: Person = { relation: 'child', age: childAge, sex: draw.chance(0.52) ? 'male' : 'female', family, marriedIn: false };
    people.push(child);
    if (childAge >= 24 && adultChild === null) adultChild = child;
    childAge -= draw.int(2, 6);
    if (adultChild && room() && draw.chance(0.7)) break; // the married child's family fills the rest
  }
  if (adultChild && room()) {
    people.push({ relation: 'child-in-law', age: clampAge(adultChild.age + draw.int(-4, 3)), sex: other(adultChild.sex), family: surname(draw), marriedIn: true });
  }
  let grandchildAge = adultChild ? adultChild.age - draw.int(22, 30) : -1;
  while (room() && grandchildAge >= 0) {
    people.push({ relation: 'grandchild', age: grandchildAge, sex: draw.chance(0.52) ? 'male' : 'female', family, marriedIn: false });
    grandchildAge -= draw.int(2, 5);
  }
  while (room()) people.push({ relation: 'other', age: draw.int(30, 80), sex: draw.chance(0.5) ? 'male' : 'female', family: surname(draw), marriedIn: false });
  return people;
};

const healthFor = (draw: Draw, age: number): MemberInput['health'] => {
  if (draw.chance(0.03)) return { status: 'disabled', grade: draw.weighted([[1, 10], [2, 20], [3, 35], [4, 35]] as const) };
  if (draw.chance(age > 60 ? 0.03 : 0.008)) return { status: 'serious-illness' };
  if (draw.chance(age < 40 ? 0.02 : age < 60 ? 0.08 : age < 75 ? 0.2 : 0.35)) return { status: 'chronic-illness' };
  return { status: 'healthy' };
};

const schoolingFor = (draw: Draw, age: number): MemberInput['studentStatus'] => {
  if (age >= 3 && age <= 5) return draw.chance(0.75) ? 'preschool' : 'none';
  if (age >= 6 && age <= 15) return draw.chance(0.996) ? 'compulsory' : 'dropout';
  if (age >= 16 && age <= 18) return draw.weighted([['senior-high', 50], ['secondary-vocational', 30], ['none', 20]]);
  if (age >= 19 && age <= 22) return draw.chance(0.35) ? 'higher' : 'none';
  return 'none';
};

const labourFor = (draw: Draw, age: number, health: MemberInput['health'], student: boolean): MemberInput['labour'] => {
  if (age < 16 || student || health.status === 'serious-illness') return 'none';
  if (health.status === 'disabled') return health.grade <= 2 ? (draw.chance(0.7) ? 'none' : 'weak') : 'weak';
  if (age > 70) return draw.chance(0.6) ? 'none' : 'weak';
  if (age > 60) return draw.chance(0.7) ? 'weak' : 'normal';
  if (health.status === 'chronic-illness') return draw.chance(0.6) ? 'weak' : 'normal';
  return 'normal';
};

const employmentFor = (draw: Draw, age: number, labour: MemberInput['labour']): MemberInput['employment'] => {
  if (labour === 'normal' && age >= 18 && age <= 60 && draw.chance(0.65)) {
    const place = draw.weighted([['within-county', 30], ['within-province', 25], ['outside-province', 45]] as const);
    return { place, monthsPerYear: draw.int(6, 12) };
  }
  if (labour === 'weak' && draw.chance(0.25)) return { place: 'within-county', monthsPerYear: draw.int(2, 6) };
  return { place: 'none' };
};

/** the members of one household, the head first; the head always carries a resident ID */
export const membersOf = (draw: Draw, ids: ResidentIds): MemberInput[] =>
  structure(draw).map((p) => {
    const health = healthFor(draw, p.age);
    const studentStatus = schoolingFor(draw, p.age);
    const inEducation = studentStatus !== 'none' && studentStatus !== 'dropout';
    const labour = labourFor(draw, p.age, health, inEducation && p.age >= 16);
    const birthDate = birthDateFor(draw, p.age);
    const how = p.relation === 'head' ? 'id' : draw.weighted([['id', 90], ['birthDate', 8], ['age', 2]] as const);
    const identity = how === 'id' ? { residentId: ids.issue(birthplace(draw, p.marriedIn), birthDate, p.sex) } : how === 'birthDate' ? { birthDate } : { age: p.age };
    return {
      name: personName(draw, p.family, p.sex),
      relation: p.relation,
      ...identity,
      studentStatus,
      health,
      labour,
      employment: inEducation ? { place: 'none' } : employmentFor(draw, p.age, labour),
    };
  });

/** ages as the generator made them (on 2025-12-31), for the income and cause rules of households.ts */
export const ageOf = (m: MemberInput): number => {
  if (m.age !== undefined) return m.age;
  const year = m.birthDate?.slice(0, 4) ?? m.residentId?.slice(6, 10);
  return year === undefined ? 0 : 2025 - Number(year);
};
