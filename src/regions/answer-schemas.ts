import { Type } from 'typebox';
import { Actor, Instant, Nullable, Revision, StringEnum } from '../http/contract/types.ts';

const LEVELS = ['county', 'township', 'village', 'group'] as const;
const Code = () => Type.String({ pattern: '^\\d{6,14}$', description: '6-digit county, 9-digit township, 12-digit village or 14-digit group code', examples: ['430623101'] });

/** one code of the region directory, with the names it has had (a rename is a new event; the old name stays) */
export const RegionAnswer = Type.Object({
  code: Code(),
  name: Type.String({ description: 'the name in force', examples: ['团洲乡'] }),
  level: StringEnum(LEVELS),
  parentCode: Nullable(Type.String({ description: 'the code one level up (null for a county)' })),
  demo: Type.Boolean({ description: 'from the demonstration directory, not entered by an office' }),
  names: Type.Array(Type.Object({
    name: Type.String(),
    type: Type.String({ description: 'the event that gave it: RegionAdded, RegionRenamed or RegionsImported' }),
    revision: Revision(),
    actor: Actor,
    recordedAt: Instant(),
  }), { description: 'every name the code has had, oldest first; the last is in force' }),
});

export const RegionWithChildrenAnswer = Type.Object({
  ...RegionAnswer.properties,
  children: Type.Array(Type.Object({ code: Code(), name: Type.String(), level: StringEnum(LEVELS) }), { description: 'the codes one level below' }),
});

export const RegionListAnswer = Type.Object({
  total: Type.Integer({ minimum: 0 }),
  items: Type.Array(RegionAnswer),
});

export const RegionImportAnswer = Type.Object({
  county: Type.String({ pattern: '^\\d{6}$', description: 'the county the file is of' }),
  rows: Type.Integer({ minimum: 0, description: 'rows read' }),
  added: Type.Array(Type.String(), { description: 'codes added' }),
  renamed: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), previousName: Type.String() }), { description: 'codes whose name changed' }),
  unchanged: Type.Integer({ minimum: 0, description: 'rows that matched the directory already' }),
  revision: Revision("the county directory's revision after the import"),
});
