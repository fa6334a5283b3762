import { Type } from 'typebox';
import type { z } from 'zod';
import { jsonSchemaOf } from '../../src/http/zod-schema.ts';

/** Building blocks shared by the event definitions. Where a shape is owned by the domain's zod schema, it is embedded
 * from that schema, so the catalog cannot drift from what the commands validate. */
export const fromZod = (schema: z.ZodType, description?: string) => Type.Unsafe({ ...jsonSchemaOf(schema), ...(description ? { description } : {}) });

export const Uuid = Type.String({ format: 'uuid' });
export const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 instant with an offset' });
export const RegionCode = (digits: string, description: string) => Type.String({ pattern: `^\\d{${digits}}$`, description });
export const VillageCode = RegionCode('12', '12-digit village code (统计用区划代码)');
/** one of a few strings (JSON Schema `enum`) */
export const OneOf = <const T extends string[]>(values: [...T], description?: string) => Type.Enum(values, description ? { description } : {});
export const Card = OneOf(['red', 'yellow', 'green', 'blue'], '红卡 / 黄卡 / 绿卡 / 蓝卡');
export const Text = (description: string) => Type.String({ minLength: 1, description });
export const Opinion = Text('意见: the signer\'s opinion as written');
export const Reason = Text('理由: why');
export const MachineVersion = Type.String({ description: 'machine definition the stream replays under, e.g. four-card@1' });

/** a named rule with its messages and the numbers that triggered it (src/domain/rule.ts) */
export const Rule = Type.Object({
  code: Type.String(),
  zh: Type.String(),
  en: Type.String(),
  facts: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

/** someone who signed, in the capacity they signed in (谁调查谁签字谁负责) */
export const Signer = Type.Object({
  id: Type.String(),
  name: Type.Optional(Type.String()),
  organisation: Type.Optional(Type.String()),
  capacity: Type.Optional(Type.String()),
  jurisdiction: Type.Optional(Type.String()),
  signedAt: Type.Optional(Instant),
});

/** one item of a list operation's result (src/lists/apply-to-designations.ts) */
export const ItemResult = Type.Object({
  designationId: Uuid,
  ok: Type.Boolean(),
  state: Type.Optional(Type.String()),
  revision: Type.Optional(Type.Integer({ minimum: 0 })),
  code: Type.Optional(Type.String()),
  message_zh: Type.Optional(Type.String()),
  message_en: Type.Optional(Type.String()),
});
