import { residentIdCheckChar } from '../../src/domain/resident-id.ts';
import type { Draw } from './draw.ts';

/** Made-up people: names from common 湖南 surnames, resident IDs with correct check digits and no duplicates. */

const SURNAMES: readonly (readonly [string, number])[] = [
  ['刘', 9], ['李', 8], ['王', 7], ['张', 6], ['陈', 6], ['周', 5], ['杨', 5], ['黄', 4], ['彭', 4], ['胡', 4],
  ['曾', 3], ['谢', 3], ['罗', 3], ['邓', 3], ['何', 3], ['蔡', 2], ['严', 2], ['黎', 2], ['吴', 2], ['徐', 2],
  ['熊', 2], ['许', 2], ['汤', 1], ['万', 1], ['付', 1], ['龚', 1], ['姚', 1], ['卢', 1],
];
const GIVEN_MALE = ['建国', '志强', '国华', '伟', '军', '勇', '明', '海波', '德胜', '立新', '春生', '正平', '浩', '子轩', '宇航', '俊杰', '家豪', '文', '斌', '振华'];
const GIVEN_FEMALE = ['秀英', '桂兰', '玉梅', '春花', '丽', '芳', '敏', '红霞', '小燕', '淑珍', '梓涵', '欣怡', '雨萱', '婷', '静', '美玲', '金凤', '菊香', '慧', '佳怡'];

export type Sex = 'male' | 'female';

export const surname = (draw: Draw): string => draw.weighted(SURNAMES);
export const personName = (draw: Draw, family: string, sex: Sex): string => `${family}${draw.pick(sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE)}`;

/** where married-in spouses were born: 华容's neighbours, one across the Yangtze in 湖北 */
const OTHER_BIRTHPLACES = ['430621', '430624', '430626', '430681', '430682', '430602', '421083', '421023'];
export const birthplace = (draw: Draw, marriedIn: boolean): string =>
  marriedIn && draw.chance(0.3) ? draw.pick(OTHER_BIRTHPLACES) : '430623';

/** a birth date for an age on 2025-12-31 (the income year the campaign judges) */
export const birthDateFor = (draw: Draw, age: number): string => {
  const month = draw.int(1, 12);
  const day = draw.int(1, month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31);
  return `${2025 - age}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * Issues 18-character resident IDs (GB 11643): address code, birth date, a sequence whose last digit is odd for
 * men and even for women, and the check character. The sequence counts per address and birth date, so no two
 * people of one run share an ID.
 */
export class ResidentIds {
  readonly #issued = new Map<string, number>();

  issue(address: string, birthDate: string, sex: Sex): string {
    const key = `${address}${birthDate}${sex}`;
    const n = this.#issued.get(key) ?? 0;
    this.#issued.set(key, n + 1);
    const seq = sex === 'male' ? 2 * n + 1 : 2 * n + 2;
    if (seq > 999) throw new Error(`more than 499 ${sex} residents born on ${birthDate} in ${address}`);
    const first17 = `${address}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
    return `${first17}${residentIdCheckChar(first17)}`;
  }
}
