import type { Policy } from '../domain/policy-schema.ts';
import type { ManagementRow } from './projection.ts';

export interface Shortfall {
  regionCode: string;
  level: 'county' | 'township' | 'village';
  kind: string;
  quota: number;
  posts: number;
  shortfall: number;
}

/**
 * 003 四(一): posts set per county (≥ 60), 挂牌督战 township (≥ 30), other township (≥ 20), poor or 督战 village (≥ 2),
 * village with a solar station (≥ 3), other village (≥ 1). Posts are counted from the ledger's public-welfare posts
 * of the year, by the post's own level and region; the townships and villages judged are those with carded
 * households or named in the policy. Only shortfalls are listed.
 */
export const postShortfalls = (rows: readonly ManagementRow[], policy: Policy, countyCode: string, year: number): Shortfall[] => {
  const q = policy.management.postQuotas;
  const posts = new Map<string, number>();
  const townships = new Set<string>(q.battleTownships.filter((c) => c.startsWith(countyCode)));
  const villages = new Set<string>([...q.battleVillages, ...q.poorVillages, ...q.solarVillages].filter((c) => c.startsWith(countyCode)));
  for (const row of rows) {
    villages.add(row.context.villageCode);
    townships.add(row.context.villageCode.slice(0, 9));
    for (const m of row.measures) {
      if (m.kind !== 'publicWelfarePost' || m.year !== year || m.post === null) continue;
      const code = m.post.level === 'county' ? countyCode : m.post.level === 'township' ? m.post.regionCode.slice(0, 9) : m.post.regionCode.slice(0, 12);
      posts.set(`${m.post.level}:${code}`, (posts.get(`${m.post.level}:${code}`) ?? 0) + 1);
    }
  }
  const out: Shortfall[] = [];
  const judge = (level: Shortfall['level'], regionCode: string, kind: string, quota: number) => {
    const n = posts.get(`${level}:${regionCode}`) ?? 0;
    if (n < quota) out.push({ regionCode, level, kind, quota, posts: n, shortfall: quota - n });
  };
  judge('county', countyCode, 'county', q.county);
  for (const t of [...townships].sort()) {
    if (q.battleTownships.includes(t)) judge('township', t, 'battleTownship', q.battleTownship);
    else judge('township', t, 'township', q.township);
  }
  for (const v of [...villages].sort()) {
    if (q.solarVillages.includes(v)) judge('village', v, 'solarVillage', q.solarVillage);
    else if (q.poorVillages.includes(v) || q.battleVillages.includes(v)) judge('village', v, 'poorOrBattleVillage', q.poorOrBattleVillage);
    else judge('village', v, 'otherVillage', q.otherVillage);
  }
  return out;
};
