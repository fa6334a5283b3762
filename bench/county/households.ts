import type { HouseholdInput } from '../../src/domain/household.ts';
import { Draw } from './draw.ts';
import { householdsPerVillage, townships } from './geography.ts';
import { incomeYear, perCapitaFor } from './incomes.ts';
import type { Standing } from './incomes.ts';
import { membersOf } from './members.ts';
import type { MemberInput } from './members.ts';
import { ResidentIds } from './people.ts';

/**
 * A made-up county shaped like 华容县, for benchmarks and demos. Proportions are plausible, not published figures:
 * - ≈ 10 % registered poor (建档立卡), more often where someone is seriously ill or disabled or nobody can work;
 *   of them ≈ 93 % escaped (已脱贫), 4 % escaped but monitored (脱贫监测户), 2 % not escaped, 1 % returned (返贫);
 * - ≈ 3 % edge households (边缘户), the rest ordinary farmers (一般农户);
 * - exclusion facts: a consumer car in ≈ 8 % of ordinary households (0.5 % of registered), commercial housing 5 %,
 *   luxurious decoration 1 %, a member paid from public funds 3 %, an enterprise executive 0.5 %; elderly parents
 *   living apart from able children in ≈ 15 % of small elderly households;
 * - risks: illness and schooling where members show them, and the 2024 团洲垸 dike breach in 团洲乡 (half its
 *   households) against 2 % elsewhere.
 * Every household is valid per HouseholdSchema and passes the blocking field checks of src/domain/rules.ts.
 */
export interface GeneratedHousehold {
  /** 0-based, in village order */
  index: number;
  household: HouseholdInput;
  /** 2025's income of registered and edge households, recorded by the yearly monitoring survey after registration */
  survey2025?: HouseholdInput['incomes'][string];
}

export interface CountyOptions {
  seed: string;
  households: number;
}

const FLOODED_TOWNSHIP = '430623202'; // 团洲乡

const isSick = (m: MemberInput) => m.health.status === 'chronic-illness' || m.health.status === 'serious-illness';
const inEducation = (m: MemberInput) => m.studentStatus !== 'none' && m.studentStatus !== 'dropout';
const HIGH_COST_SCHOOLING = ['senior-high', 'secondary-vocational', 'higher'];

type Cause = NonNullable<HouseholdInput['mainCauseOfPoverty']>;
type Policy = NonNullable<HouseholdInput['policiesEnjoyed']>[number];
type Risk = NonNullable<HouseholdInput['risks']>[number];

/** the causes the members show, most telling first; generic ones otherwise (never 缺资金, seed 002) */
const causesOf = (draw: Draw, members: readonly MemberInput[], hasLabour: boolean): Cause[] => {
  const shown: Cause[] = [];
  if (members.some((m) => m.health.status === 'serious-illness' || m.health.status === 'chronic-illness')) shown.push('illness');
  if (members.some((m) => m.health.status === 'disabled')) shown.push('disability');
  if (members.some((m) => HIGH_COST_SCHOOLING.includes(m.studentStatus))) shown.push('schooling');
  if (!members.some((m) => m.labour === 'normal')) shown.push('lack-of-labour');
  const generic: (readonly [Cause, number])[] = [['lack-of-skills', 30], ['lack-of-land', 15], ['disaster', 10], ['poor-transport', 8], ['lack-of-water', 5], ['other', 5]];
  if (hasLabour) generic.push(['lack-of-motivation', 8]);
  const causes = shown.length > 0 && draw.chance(0.85) ? shown : [draw.weighted(generic), ...shown];
  return [...new Set(causes)];
};

const policiesOf = (draw: Draw, members: readonly MemberInput[], hasLabour: boolean, noNormalLabour: boolean): Policy[] => {
  const p: Policy[] = [];
  if (draw.chance(0.96)) p.push('health');
  if (members.some(inEducation) && draw.chance(0.9)) p.push('education');
  if (hasLabour && draw.chance(0.55)) p.push('industry');
  if (hasLabour && members.some((m) => m.employment.place !== 'none') && draw.chance(0.35)) p.push('employment');
  if (hasLabour && draw.chance(0.15)) p.push('microcredit');
  if (draw.chance(noNormalLabour ? 0.7 : 0.2)) p.push('subsistence-allowance');
  if (draw.chance(0.2)) p.push('housing-renovation');
  if (draw.chance(0.02)) p.push('relocation');
  return p;
};

const risksOf = (draw: Draw, members: readonly MemberInput[], village: string, registered: boolean, perCapita: number): Risk[] => {
  const risks: Risk[] = [];
  if (members.some(isSick) && draw.chance(registered ? 0.6 : members.some((m) => m.health.status === 'serious-illness') ? 0.7 : 0.05)) risks.push({ kind: 'illness' });
  if (members.some((m) => HIGH_COST_SCHOOLING.includes(m.studentStatus)) && draw.chance(registered ? 0.5 : 0.2)) risks.push({ kind: 'schooling' });
  if (draw.chance(village.startsWith(FLOODED_TOWNSHIP) ? 0.5 : 0.02)) risks.push({ kind: 'disaster', note: village.startsWith(FLOODED_TOWNSHIP) ? '2024年团洲垸溃堤受灾' : '洪涝受灾' });
  if (perCapita < 8_000 && draw.chance(0.05)) risks.push({ kind: 'income-loss' });
  return risks;
};

const exclusionsOf = (draw: Draw, members: readonly MemberInput[], standing: Standing, headAge: number) => {
  const ordinary = standing === 'ordinary';
  const elderlyAlone = members.length <= 2 && headAge >= 65;
  return {
    consumerCar: draw.chance(ordinary ? 0.08 : standing === 'edge' ? 0.01 : 0.005),
    commercialHousing: draw.chance(ordinary ? 0.05 : 0.003),
    luxuriousDecoration: draw.chance(ordinary ? 0.01 : 0),
    publicFundsMember: draw.chance(ordinary ? 0.03 : 0),
    enterpriseExecutive: draw.chance(ordinary ? 0.005 : 0),
    parentsApartFromAbleChildren: elderlyAlone && draw.chance(0.15),
    childrenHouseholds: { consumerCar: elderlyAlone && draw.chance(0.2), publicFundsMember: false, enterpriseExecutive: false, wellOff: elderlyAlone && draw.chance(0.2) },
  };
};

/** one household of a village; `draw` and `ids` carry on from the previous one */
const household = (draw: Draw, ids: ResidentIds, village: string): Omit<GeneratedHousehold, 'index'> => {
  const members = membersOf(draw, ids);
  const head = members[0];
  if (!head?.residentId) throw new Error('a generated household without a head');
  const hasLabour = members.some((m) => m.labour !== 'none');
  const noNormalLabour = !members.some((m) => m.labour === 'normal');
  const vulnerable = members.some((m) => m.health.status === 'serious-illness' || m.health.status === 'disabled');
  const registered = draw.chance(0.07 + (vulnerable ? 0.14 : 0) + (noNormalLabour ? 0.1 : 0));
  const standing: Standing = registered
    ? draw.weighted([['escaped', 93], ['monitored', 4], ['not-escaped', 2], ['returned', 1]] as const)
    : draw.chance(vulnerable ? 0.08 : 0.03) ? 'edge' : 'ordinary';
  const perCapita = perCapitaFor(draw, standing);
  const causes = registered ? causesOf(draw, members, hasLabour) : [];
  const policiesEnjoyed = registered ? policiesOf(draw, members, hasLabour, noNormalLabour) : standing === 'edge' && draw.chance(0.3) ? ['health' as const] : [];
  const allowance = policiesEnjoyed.includes('subsistence-allowance');
  const year = (scale: number) => incomeYear(draw, members, perCapita, allowance, scale);
  const monitored = standing !== 'ordinary';
  const y2025 = year(1);
  const y2024 = year(0.9 + 0.1 * draw.next());
  const incomes: HouseholdInput['incomes'] = monitored ? { '2023': year(0.85 + 0.1 * draw.next()), '2024': y2024 } : { '2024': y2024, '2025': y2025 };
  const risks = risksOf(draw, members, village, registered, perCapita);
  if (standing === 'monitored' && risks.length === 0) risks.push({ kind: 'income-loss' });
  return {
    household: {
      head: head.name,
      residentId: head.residentId,
      villageCode: village,
      group: `${draw.int(1, 12)}组`,
      members,
      registration: registered ? 'registered' : standing === 'edge' ? 'edge' : 'ordinary',
      povertyStatus: registered ? (standing as 'escaped' | 'monitored' | 'not-escaped' | 'returned') : null,
      mainCauseOfPoverty: causes[0] ?? null,
      otherCausesOfPoverty: causes.slice(1),
      policiesEnjoyed,
      incomes,
      risks,
      exclusions: exclusionsOf(draw, members, standing, 2025 - Number(head.residentId.slice(6, 10))),
      ...(monitored ? { livelihood: { incomeStable: perCapita >= 6_000 ? draw.chance(0.9) : draw.chance(0.4), basicNeedsAndWaterSecure: draw.chance(0.97) } } : {}),
    },
    ...(monitored ? { survey2025: y2025 } : {}),
  };
};

/** The county's households, village by village: the same seed and size give the same households. */
export function* generateHouseholds(options: CountyOptions): Generator<GeneratedHousehold> {
  const draw = new Draw(`${options.seed}/households`);
  const ids = new ResidentIds();
  const villages = townships().flatMap((t) => t.villages);
  const counts = householdsPerVillage(villages, options.households, new Draw(`${options.seed}/villages`).random);
  let index = 0;
  for (const village of villages) {
    for (let i = 0; i < (counts.get(village) ?? 0); i++) yield { index: index++, ...household(draw, ids, village) };
  }
}
