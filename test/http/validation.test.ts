import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerErrors } from '../../src/http/errors-plugin.ts';
import { jsonSchemaOf, parseWith } from '../../src/http/zod-schema.ts';
import { fieldErrorsOfZod } from '../../src/http/zod-issues.ts';
import { escapePointerToken, fieldNameZh, fromPointer, toPointer, validationProblem } from '../../src/shared/field-errors.ts';
import type { FieldError } from '../../src/shared/field-errors.ts';
import { ProblemError } from '../../src/shared/problem.ts';

/**
 * The two validators agree: the same body refused by AJV (a route schema written as JSON Schema) and by zod
 * (parseWith) gives the same field errors. Fastify's AJV as the app has it (stopping at the first error): the
 * error handler judges a refused part again to list every error.
 */

const Outcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('confirmed'), opinion: z.string().min(1) }),
  z.object({ outcome: z.literal('adjusted'), card: z.enum(['red', 'yellow']), opinion: z.string().min(1) }),
  z.object({ outcome: z.literal('sentBack'), reason: z.string().min(1) }),
]);
const Member = z.object({
  name: z.string().min(1).max(10),
  age: z.number().int().min(0).max(150),
  grade: z.union([z.literal(1), z.literal(2)]).optional(),
  note: z.string().nullable().optional(),
  health: z.discriminatedUnion('status', [z.object({ status: z.literal('healthy') }), z.object({ status: z.literal('disabled'), grade: z.number() })]),
});
const Body = z.object({ decision: Outcome, members: z.array(Member).min(1).max(3), tags: z.array(z.string()).optional() });

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify({ logger: false });
  registerErrors(app);
  // JSON Schema only: AJV alone judges (no zod source to defer to)
  const jsonOnly = JSON.parse(JSON.stringify(jsonSchemaOf(Body))) as Record<string, unknown>;
  app.post('/ajv', { schema: { body: jsonOnly } }, async () => ({ ok: true }));
  app.post('/zod', async (request) => ({ ok: parseWith(Body, request.body) !== undefined }));
  app.get('/query', { schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1 }, mode: { enum: ['a', 'b'] } }, required: ['mode'] } } }, async () => ({ ok: true }));
  await app.ready();
});
afterAll(() => app.close());

const errorsOf = async (url: string, payload: unknown): Promise<FieldError[]> => {
  const res = await app.inject({ method: 'POST', url, payload: payload as object });
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return res.json<{ errors: FieldError[] }>().errors;
};

const both = async (payload: unknown) => {
  const byAjv = await errorsOf('/ajv', payload);
  const byZod = await errorsOf('/zod', payload);
  return { byAjv, byZod };
};

const brief = (errors: readonly FieldError[]) => errors.map((e) => [e.pointer, e.code, ...(e.allowed ? [e.allowed] : [])]);

describe('AJV and zod give the same field errors', () => {
  const member = { name: '张三', age: 40, health: { status: 'healthy' } };

  it('a misspelt discriminator: one error at it, with the allowed values', async () => {
    const { byAjv, byZod } = await both({ decision: { outcome: 'confirmd', opinion: '属实' }, members: [member] });
    expect(brief(byAjv)).toEqual([['/decision/outcome', 'NOT_IN_ENUM', ['confirmed', 'adjusted', 'sentBack']]]);
    expect(byZod).toEqual(byAjv);
  });

  it('a discriminator that matched: only its branch speaks', async () => {
    const { byAjv, byZod } = await both({ decision: { outcome: 'adjusted', card: 'blue', opinion: '' }, members: [member] });
    expect(brief(byAjv)).toEqual([['/decision/card', 'NOT_IN_ENUM', ['red', 'yellow']], ['/decision/opinion', 'TOO_SHORT']]);
    expect(brief(byZod)).toEqual(brief(byAjv));
  });

  it('every error in nested arrays, each at its own pointer', async () => {
    const { byAjv, byZod } = await both({
      decision: { outcome: 'sentBack', reason: '补充材料' },
      members: [{ ...member, name: '', age: 1.5 }, { ...member, age: 200, grade: 3, health: { status: 'sick' } }, { name: 'x'.repeat(11), health: { status: 'disabled' } }],
    });
    const expected = [
      ['/members/0/name', 'TOO_SHORT'],
      ['/members/0/age', 'NOT_AN_INTEGER'],
      ['/members/1/age', 'OUT_OF_RANGE'],
      ['/members/1/grade', 'NOT_IN_ENUM', [1, 2]],
      ['/members/1/health/status', 'NOT_IN_ENUM', ['healthy', 'disabled']],
      ['/members/2/name', 'TOO_LONG'],
      ['/members/2/age', 'REQUIRED'],
      ['/members/2/health/grade', 'REQUIRED'],
    ];
    expect(brief(byAjv).sort()).toEqual([...expected].sort());
    expect(brief(byZod).sort()).toEqual([...expected].sort());
  });

  it('a nullable field of the wrong type says both types it may be', async () => {
    // (a number would pass: Fastify's AJV coerces scalars to the type asked for)
    const { byAjv, byZod } = await both({ decision: { outcome: 'sentBack', reason: '补充' }, members: [{ ...member, note: { text: '备注' } }] });
    expect(brief(byAjv)).toEqual([['/members/0/note', 'WRONG_TYPE']]);
    expect(byAjv[0]?.message_en).toBe('/members/0/note: must be a string or null');
    expect(brief(byZod)).toEqual([['/members/0/note', 'WRONG_TYPE']]);
  });

  it('the whole body of the wrong type, and too many items', async () => {
    expect(brief((await both([])).byAjv)).toEqual([['', 'WRONG_TYPE']]);
    const many = await both({ decision: { outcome: 'sentBack', reason: 'r' }, members: [member, member, member, member] });
    expect(brief(many.byAjv)).toEqual([['/members', 'TOO_MANY_ITEMS']]);
    expect(many.byZod).toEqual(many.byAjv);
  });

  it('query parameters: a missing one, a wrong type and a value not allowed', async () => {
    const missing = await app.inject({ method: 'GET', url: '/query?limit=0' });
    expect(brief(missing.json<{ errors: FieldError[] }>().errors)).toEqual([['/mode', 'REQUIRED'], ['/limit', 'OUT_OF_RANGE']]);
    const wrong = await app.inject({ method: 'GET', url: '/query?limit=x&mode=c' });
    expect(wrong.json<{ errors: FieldError[] }>().errors.map((e) => [e.in, e.pointer, e.code])).toEqual([['query', '/limit', 'NOT_AN_INTEGER'], ['query', '/mode', 'NOT_IN_ENUM']]);
  });
});

describe('zod issues', () => {
  it('unknown fields of a strict object are UNKNOWN_FIELD at their own pointer', () => {
    const parsed = z.strictObject({ a: z.string() }).safeParse({ a: 'x', 'b/c': 1 }, { reportInput: true });
    expect(brief(fieldErrorsOfZod(parsed.error?.issues ?? []).errors)).toEqual([['/b~1c', 'UNKNOWN_FIELD']]);
  });

  it('a custom check names its code and messages in params', () => {
    const S = z.object({ x: z.string().refine((v) => v === 'ok', { message: 'not ok', params: { code: 'NOT_OK', zh: '不对', en: 'is not ok' } }) });
    const parsed = S.safeParse({ x: 'no' });
    expect(fieldErrorsOfZod(parsed.error?.issues ?? [])).toEqual({ truncated: false, errors: [{ in: 'body', pointer: '/x', code: 'NOT_OK', field_zh: 'x', message_zh: 'x 不对', message_en: '/x: is not ok' }] });
  });

  it('parseWith throws 400 VALIDATION_FAILED summarising the errors', () => {
    let thrown: unknown;
    try { parseWith(z.object({ opinion: z.string().min(1), occurredAt: z.iso.datetime({ offset: true }) }), { opinion: '' }); } catch (e) { thrown = e; }
    expect(thrown).toBeInstanceOf(ProblemError);
    expect(thrown).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', zh: '2 处填写有误：意见不能为空；发生时间必须填写', en: '2 invalid fields: /opinion: must not be empty; /occurredAt: is required' });
  });
});

describe('field errors', () => {
  it('JSON Pointers per RFC 6901', () => {
    expect(escapePointerToken('a~b/c')).toBe('a~0b~1c');
    expect(toPointer(['members', 0, 'resident/Id~'])).toBe('/members/0/resident~1Id~0');
    expect(fromPointer('/members/0/resident~1Id~0')).toEqual(['members', '0', 'resident/Id~']);
    expect(toPointer([])).toBe('');
  });

  it('names a field as the forms do, with item numbers counted from 1', () => {
    expect(fieldNameZh('body', '/household/members/0/residentId')).toBe('农户·家庭成员第 1 项·身份证号');
    expect(fieldNameZh('body', '/decisions/11/opinion')).toBe('评议结果第 12 项·意见');
    expect(fieldNameZh('body', '/__proto__/constructor')).toBe('__proto__·constructor');
    expect(fieldNameZh('query', '')).toBe('查询参数');
  });

  it('lists at most 50 errors and counts the rest', () => {
    const errors = Array.from({ length: 120 }, (_, i): FieldError => ({ in: 'body', pointer: `/items/${i}`, code: 'REQUIRED', field_zh: `第 ${i + 1} 项`, message_zh: '必须填写', message_en: 'is required' }));
    const problem = validationProblem(errors);
    expect(problem.extensions).toMatchObject({ errorCount: 120 });
    expect((problem.extensions.errors as unknown[]).length).toBe(50);
    expect(problem.zh).toMatch(/^120 处填写有误：.* 等$/);
  });
});
