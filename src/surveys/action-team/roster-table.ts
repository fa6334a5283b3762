import { placeName } from '../../office/tables/common.ts';
import type { TableSpec } from '../../office/tables/spec.ts';
import type { ActionTeamMember } from '../../../workflows/action-team/machine.ts';

const ROLE_ZH: Record<ActionTeamMember['role'], string> = { leader: '队长', groupLeader: '组长', member: '组员' };
const ORDER: Record<ActionTeamMember['role'], number> = { leader: 0, groupLeader: 1, member: 2 };

/**
 * 专项行动工作队队员花名册 (seed 002 附件1), as the townships file it with the county: per village its team leader,
 * then each group's leader and members. The seed's 密码 column is not kept anywhere (accounts sign in with their own
 * credentials); 性别 and 联系方式 are not held.
 */
export const actionTeamRosterTable: TableSpec = {
  id: 'action-team-roster',
  title: '脱贫攻坚"回头看"专项行动工作队队员花名册',
  en: 'Seed 002 附件1: the action-team rosters per village, with each person\'s one role and group',
  params: ['year'],
  columns: () => [
    { header: '序号', width: 4 }, { header: '乡（镇）', width: 10 }, { header: '行政村', width: 10 }, { header: '姓名', width: 8 },
    { header: '类型（队长、组长、组员）', width: 10 }, { header: '入户分组类型', width: 8 }, { header: '账号名', width: 12 }, { header: '单位', width: 14 }, { header: '职务', width: 8 }, { header: '备注', width: 6 },
  ],
  count: (ctx) => members(ctx).length,
  rows: (ctx) => members(ctx).map((m, i) => [
    String(i + 1), placeName(ctx.services, m.villageCode.slice(0, 9)), placeName(ctx.services, m.villageCode), m.name, ROLE_ZH[m.role], m.group ?? '', m.id, m.unit ?? '', m.post ?? '', '',
  ]),
  landscape: true,
};

/** by village; the team leader first, then the groups in the order they were filed, each group's leader first */
const members = (ctx: Parameters<TableSpec['count']>[0]): ActionTeamMember[] => {
  const all = ctx.services.actionTeams.campaigns(ctx.prefix, ctx.year).flatMap((c) => c.members).filter((m) => m.villageCode.startsWith(ctx.prefix));
  const groupOrder = new Map<string, number>();
  for (const m of all) if (m.group !== null && !groupOrder.has(`${m.villageCode}/${m.group}`)) groupOrder.set(`${m.villageCode}/${m.group}`, groupOrder.size);
  const groupOf = (m: ActionTeamMember) => (m.group === null ? -1 : groupOrder.get(`${m.villageCode}/${m.group}`) ?? 0);
  return [...all].sort((a, b) => a.villageCode.localeCompare(b.villageCode) || groupOf(a) - groupOf(b) || ORDER[a.role] - ORDER[b.role]);
};
