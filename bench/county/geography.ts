import type { Random } from '../../src/shared/random.ts';

/**
 * 华容县 (430623, 岳阳市, 湖南省): 14 townships and 225 villages, as the county generator lays them out.
 * The township names are the county's; the codes follow the statistical scheme (镇 1xx, 乡 2xx, 村委会 2xx under
 * them) but their pairing with the names, and the villages, are made up: no real village is described.
 */
export const COUNTY_CODE = '430623';

export interface Township {
  code: string;
  name: string;
  villages: string[];
}

/** [name, 3-digit code, villages]; 225 villages in all */
const TOWNSHIPS: readonly (readonly [string, string, number])[] = [
  ['章华镇', '100', 22], ['治河渡镇', '101', 18], ['北景港镇', '102', 17], ['鲇鱼须镇', '103', 16],
  ['万庾镇', '104', 17], ['插旗镇', '105', 18], ['注滋口镇', '106', 15], ['操军镇', '107', 16],
  ['东山镇', '108', 17], ['三封寺镇', '109', 14], ['梅田湖镇', '110', 15], ['新河乡', '201', 13],
  ['团洲乡', '202', 14], ['胜峰乡', '203', 13],
];

export const townships = (): Township[] =>
  TOWNSHIPS.map(([name, code, villages]) => {
    const township = `${COUNTY_CODE}${code}`;
    return { code: township, name, villages: Array.from({ length: villages }, (_, i) => `${township}${String(201 + i)}`) };
  });

export const townshipOfVillage = (village: string): string => village.slice(0, 9);

/**
 * How many of `total` households each village has: village sizes vary (weights 0.5–1.5), and the largest
 * remainders make the counts add up to `total` exactly. Deterministic for a seed.
 */
export const householdsPerVillage = (villages: readonly string[], total: number, random: Random): Map<string, number> => {
  const weights = villages.map(() => 0.5 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return new Map(villages.map((v, i) => [v, counts[i] ?? 0]));
};
