import type { DirectoryEntry } from './events.ts';

/**
 * Demonstration entries loaded at start-up when the store holds no directory (src/regions/routes.ts), so a fresh
 * deployment prints names on its forms. Every one is marked `demo: true`:
 * - 华容县 430623 is the county of seeds 000 and 003 (岳阳市, 湖南省);
 * - the township names are 华容县's as bench/county/geography.ts lists them; their pairing with the codes follows
 *   that file and is NOT the statistics bureau's (the seeds name no township code);
 * - the villages are the codes the tests and fixtures use, under invented names (示范村 = demo village): the seeds
 *   name no village. Replace them by importing the county's real list (POST /regions/import).
 */
const TOWNSHIPS: readonly (readonly [string, string])[] = [
  ['100', '章华镇'], ['101', '治河渡镇'], ['102', '北景港镇'], ['103', '鲇鱼须镇'], ['104', '万庾镇'], ['105', '插旗镇'],
  ['106', '注滋口镇'], ['107', '操军镇'], ['108', '东山镇'], ['109', '三封寺镇'], ['110', '梅田湖镇'], ['201', '新河乡'],
  ['202', '团洲乡'], ['203', '胜峰乡'],
];

const VILLAGES: readonly (readonly [string, string])[] = [
  ['430623101201', '示范一村（演示）'], ['430623101202', '示范二村（演示）'], ['430623101203', '示范三村（演示）'],
  ['430623102201', '示范四村（演示）'], ['430623202201', '示范五村（演示）'],
];

export const DEMO_COUNTY = '430623';

export const demoDirectory = (): DirectoryEntry[] => [
  { code: DEMO_COUNTY, name: '华容县', level: 'county', parentCode: null, demo: true },
  ...TOWNSHIPS.map(([c, name]): DirectoryEntry => ({ code: `${DEMO_COUNTY}${c}`, name, level: 'township', parentCode: DEMO_COUNTY, demo: true })),
  ...VILLAGES.map(([code, name]): DirectoryEntry => ({ code, name, level: 'village', parentCode: code.slice(0, 9), demo: true })),
  ...[1, 2, 3].map((g): DirectoryEntry => ({ code: `430623101201${String(g).padStart(2, '0')}`, name: `${['一', '二', '三'][g - 1] ?? g}组（演示）`, level: 'group', parentCode: '430623101201', demo: true })),
];
