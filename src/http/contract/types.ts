import { Type } from 'typebox';
import type { TSchema } from 'typebox';

/**
 * The building blocks of the answer schemas (TypeBox: fastify serializes with them and @fastify/swagger documents
 * them as they are). Nullable values are `type: [t, 'null']` rather than a union, which fast-json-stringify writes
 * without trying each branch (a union costs it a validation per value).
 */

type Scalar = 'string' | 'integer' | 'number' | 'boolean';

/** a scalar or null */
export const Nullable = <T extends TSchema>(schema: T): TSchema => {
  const type = (schema as { type?: unknown }).type;
  if (typeof type === 'string' && ['string', 'integer', 'number', 'boolean'].includes(type)) {
    const values = (schema as { enum?: unknown[] }).enum;
    return Type.Unsafe<unknown>({ ...schema, type: [type as Scalar, 'null'], ...(values ? { enum: [...values, null] } : {}) });
  }
  // an object or array too: one schema with two types, not a union fast-json-stringify would try branch by branch
  if (type === 'object' || type === 'array') return Type.Unsafe<unknown>({ ...schema, type: [type, 'null'] });
  return Type.Union([schema, Type.Null()]);
};

export const Instant = (description = 'ISO 8601 instant') =>
  Type.String({ format: 'date-time', description, examples: ['2026-03-18T09:30:00.000Z'] });
export const IsoDay = (description = 'a day, YYYY-MM-DD (China time)') => Type.String({ format: 'date', description, examples: ['2026-04-03'] });
export const Uuid = (description?: string) => Type.String({ format: 'uuid', ...(description ? { description } : {}) });
export const Revision = (description = "the stream's revision (0 for its first event); also the ETag") => Type.Integer({ minimum: 0, description });
export const VillageCode = () => Type.String({ pattern: '^\\d{12}$', description: '12-digit village code (行政区划代码)', examples: ['430623101201'] });
export const TownshipCode = () => Type.String({ pattern: '^\\d{9}$', description: '9-digit township code', examples: ['430623101'] });
export const RegionCode = (description = 'region-code prefix (2–12 digits)') => Type.String({ pattern: '^\\d{0,12}$', description, examples: ['430623101'] });
export const CardEnum = () => Type.Union([Type.Literal('red'), Type.Literal('yellow'), Type.Literal('green'), Type.Literal('blue')], { description: '红卡 red · 黄卡 yellow · 绿卡 green · 蓝卡 blue' });
export const StringEnum = (values: readonly string[], description?: string) => Type.Unsafe<string>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
export const Free = (description: string) => Type.Unknown({ description });
export const FreeObject = (description: string) => Type.Object({}, { additionalProperties: true, description });

/** who took a step, in which capacity and for which jurisdiction (谁调查谁签字谁负责) */
export const ActorSchema = Type.Object({
  id: Type.String({ description: 'the token subject' }),
  name: Type.Optional(Type.String()),
  organisation: Type.Optional(Type.String()),
  capacity: Type.Optional(Type.String({ description: 'the role acted in, e.g. townshipReviewer' })),
  jurisdiction: Type.Optional(Type.String({ description: 'region-code prefix acted for' })),
}, { $id: 'Actor', description: 'who took a step, in which capacity, for which jurisdiction' });
export const Actor = Type.Unsafe<unknown>({ $ref: 'Actor#' });

/** a rule a step came close to (a warning every later signer sees) or broke */
export const RuleNoteSchema = Type.Object({
  code: Type.String({ description: 'stable rule code' }),
  zh: Type.String(),
  en: Type.String(),
  facts: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'the numbers that triggered it' })),
}, { $id: 'RuleNote', description: 'a named rule: a warning travelling with the step, or the reason of a refusal' });
export const RuleNote = Type.Unsafe<unknown>({ $ref: 'RuleNote#' });

/** one designation's result in a list operation (meeting, round, notice): applied, or refused with its code */
export const ItemResultSchema = Type.Object({
  designationId: Uuid(),
  ok: Type.Boolean(),
  state: Type.Optional(Type.String({ description: 'the state it reached' })),
  revision: Type.Optional(Revision()),
  code: Type.Optional(Type.String({ description: 'the problem code of its refusal' })),
  message_zh: Type.Optional(Type.String()),
  message_en: Type.Optional(Type.String()),
}, { $id: 'ItemResult', description: "one designation's result in a list operation: each is its own atomic step" });
export const ItemResult = Type.Unsafe<unknown>({ $ref: 'ItemResult#' });

/** `{ total, items }` of an offset-paged list */
export const Page = (items: TSchema, extra: Record<string, TSchema> = {}) =>
  Type.Object({ ...extra, total: Type.Integer({ minimum: 0, description: 'items in the whole list' }), items: Type.Array(items) });

/**
 * tsc's half of the guard (the answer check in tests is the other): true when every top-level field a presenter
 * returns is a property of its answer schema — a field added to a presenter but not to the schema would not be sent.
 */
export type FieldsDeclared<Presented, Properties> = [Exclude<keyof Presented, keyof Properties>] extends [never] ? true : false;

/** what a screen shows beside the ids (issue 13): the head's name masked per role, Chinese labels, place names */
export const displayProperties = {
  stateZh: Type.String({ description: '环节名称 (the same label as stepZh)' }),
  headName: Type.Union([Type.String(), Type.Null()], { description: '户主姓名, masked to the surname (张*) for roles that see resident IDs masked' }),
  townshipName: Type.Union([Type.String(), Type.Null()], { description: '乡镇名称 from the region directory; null when unknown' }),
  villageName: Type.Union([Type.String(), Type.Null()], { description: '村名称 from the region directory; null when unknown' }),
};

/** an objection with its summary and its resolution */
export const ObjectionView = Type.Object({
  id: Type.String(),
  summary: Type.String(),
  raisedAt: Type.String({ description: 'when it was raised (occurredAt)' }),
  raisedBy: Type.Object({}, { additionalProperties: true }),
  status: Type.Union([Type.Literal('open'), Type.Literal('upheld'), Type.Literal('dismissed')]),
  resolvedAt: Type.Union([Type.String(), Type.Null()]),
  resolvedBy: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
  opinion: Type.Union([Type.String(), Type.Null()]),
});

/** China-time first and last day of a notice beside its instants */
export const localDays = {
  firstDay: Type.String({ description: 'the first day (China time), YYYY-MM-DD' }),
  lastDay: Type.String({ description: 'the last day (China time), YYYY-MM-DD: a notice ending at 24:00 China time ends on this day' }),
};
