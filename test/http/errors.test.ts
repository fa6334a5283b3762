import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldError } from '../../src/shared/field-errors.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { call } from '../support/drive.ts';
import { TOWNSHIP, VILLAGE, residentId, yellowHousehold } from '../support/fixtures.ts';

/** Issue 13: errors the people at a township office can read — every field, where, why, in both languages. */

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => t.close());

const investigator = { id: 'inv-1', role: 'investigator' as const, region: VILLAGE };
const reviewer = { id: 'tr-1', role: 'townshipReviewer' as const, region: TOWNSHIP };
const SOME_ID = '00000000-0000-4000-8000-0000000000aa';

interface ValidationBody {
  code: string;
  message_zh: string;
  message_en: string;
  errors: FieldError[];
}

const validation = (res: { statusCode: number; headers: Record<string, unknown>; body: string }): ValidationBody => {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body) as ValidationBody;
  expect(body.code).toBe('VALIDATION_FAILED');
  for (const e of body.errors) {
    expect(e.pointer, JSON.stringify(e)).toMatch(/^(\/([^~/]|~[01])*)*$/);
    expect(e.message_zh).toMatch(/\p{Script=Han}/u);
    expect(e.message_en).toMatch(/^[\x20-\x7e–]+$/);
  }
  return body;
};

const where = (errors: readonly FieldError[]) => errors.map((e) => [e.in, e.pointer, e.code]);

const withCheckDigitWrong = (id: string) => id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');

describe('a body validated by zod (parseWith) and by the JSON Schema generated from it', () => {
  it('lists every wrong field with its pointer, code and messages in Chinese and English — not only the first', async () => {
    const h = yellowHousehold(1);
    const [head, spouse] = h.members;
    const household = {
      ...h,
      head: '',
      residentId: withCheckDigitWrong(h.residentId),
      members: [{ ...head, residentId: residentId('1985-02-30', 1) }, { ...spouse, relation: 'cousin', birthDate: '1967-02-30' }],
    };
    const body = validation(await call(t, investigator, 'POST', '/households', { household, occurredAt: 'yesterday' }));
    expect(where(body.errors)).toEqual([
      ['body', '/household/head', 'TOO_SHORT'],
      ['body', '/household/residentId', 'RESIDENT_ID_CHECK_DIGIT'],
      ['body', '/household/members/0/residentId', 'RESIDENT_ID_BIRTH_DATE'],
      ['body', '/household/members/1/relation', 'NOT_IN_ENUM'],
      ['body', '/household/members/1/birthDate', 'NOT_A_DATE'],
      ['body', '/occurredAt', 'NOT_A_DATE_TIME'],
    ]);
    expect(body.errors[0]).toMatchObject({ field_zh: '农户·户主姓名', message_zh: '农户·户主姓名不能为空', message_en: '/household/head: must not be empty', limit: 1 });
    expect(body.errors[2]?.message_zh).toBe('农户·家庭成员第 1 项·身份证号第 7–14 位不是有效的出生日期');
    expect(body.errors[3]).toMatchObject({ allowed: expect.arrayContaining(['head', 'spouse', 'child']) });
    expect(body.message_zh).toMatch(/^6 处填写有误：农户·户主姓名不能为空；/);
    expect(body.message_en).toMatch(/^6 invalid fields: \/household\/head: must not be empty; /);
  });

  it('a missing field is REQUIRED and a wrong type says what it should be', async () => {
    const body = validation(await call(t, investigator, 'POST', '/designations', { householdId: 'not-an-id', year: 2025.5, proposedCard: 'purple' }));
    expect(where(body.errors)).toEqual([
      ['body', '/householdId', 'NOT_A_UUID'],
      ['body', '/year', 'NOT_AN_INTEGER'],
      ['body', '/proposedCard', 'NOT_IN_ENUM'],
      ['body', '/opinion', 'REQUIRED'],
    ]);
    expect(body.errors.find((e) => e.pointer === '/opinion')?.message_zh).toBe('意见必须填写');
  });

  it('escapes ~ and / in pointers (RFC 6901)', async () => {
    const h = yellowHousehold(2);
    const body = validation(await call(t, investigator, 'POST', '/households', { household: { ...h, incomes: { ...h.incomes, 'a/b~c': h.incomes['2025'] } } }));
    expect(where(body.errors)).toEqual([['body', '/household/incomes/a~1b~0c', 'INVALID_KEY']]);
  });

  describe('resident IDs say which part is wrong', () => {
    const good = residentId('1965-04-12', 3);
    const register = (id: string) => {
      const h = yellowHousehold(3);
      return call(t, investigator, 'POST', '/households', { household: { ...h, residentId: id, members: h.members.map((m) => (m.relation === 'head' ? { ...m, residentId: id } : m)) } });
    };
    it.each([
      ['the length', good.slice(0, 16), 'RESIDENT_ID_LENGTH', '应为 18 位，现为 16 位', 'must have 18 characters, not 16'],
      ['a character', `${good.slice(0, 4)}O${good.slice(5)}`, 'RESIDENT_ID_CHARACTERS', '前 17 位应全为数字（第 5 位不是数字）', 'character 5 is not'],
      ['the birth date', residentId('1985-13-01', 3), 'RESIDENT_ID_BIRTH_DATE', '第 7–14 位不是有效的出生日期', 'characters 7–14 are not a real birth date'],
      ['the check digit', withCheckDigitWrong(good), 'RESIDENT_ID_CHECK_DIGIT', '校验位（最后一位）与前 17 位不符', 'check character'],
    ])('%s', async (_part, id, code, zh, en) => {
      const body = validation(await register(id));
      expect(where(body.errors)).toEqual([['body', '/household/residentId', code], ['body', '/household/members/0/residentId', code]]);
      expect(body.errors[0]?.message_zh).toContain(`农户·身份证号${zh}`);
      expect(body.errors[0]?.message_en).toContain(en);
      expect(body.message_zh).toMatch(/^2 处填写有误：/);
      expect(JSON.stringify(body), 'the answer does not echo the ID').not.toContain(id);
    });
  });

  it('a misspelt outcome is one error at /outcome listing the allowed values', async () => {
    const body = validation(await call(t, reviewer, 'POST', `/designations/${SOME_ID}/township-review`, { outcome: 'confirmd', opinion: '复核属实' }));
    expect(body.errors).toEqual([{
      in: 'body', pointer: '/outcome', code: 'NOT_IN_ENUM', field_zh: '结果', allowed: ['confirmed', 'adjusted', 'sentBack', 'refused'],
      message_zh: '结果只能是以下之一：“confirmed”、“adjusted”、“sentBack”、“refused”',
      message_en: '/outcome: must be one of "confirmed", "adjusted", "sentBack", "refused"',
    }]);
  });

  it('more errors than are examined: the count is a lower bound, the list stays short', async () => {
    const h = yellowHousehold(4);
    const res = await call(t, investigator, 'POST', '/households', { household: { ...h, members: Array.from({ length: 400 }, () => ({})) } });
    const body = validation(res) as ValidationBody & { errorCount: number; errorsTruncated: boolean };
    expect(body.errors).toHaveLength(50);
    expect(body).toMatchObject({ errorsTruncated: true, errorCount: expect.any(Number) });
    expect(body.message_zh).toMatch(/^至少 \d+ 处填写有误：农户·家庭成员第 1 项·姓名必须填写；/);
    expect(body.message_en).toMatch(/^At least \d+ invalid fields: /);
  });

  it('a hostile megabyte of wrong items is answered at once with its first error, not judged item by item', async () => {
    const h = yellowHousehold(5);
    const started = performance.now();
    const res = await call(t, investigator, 'POST', '/households', { household: { ...h, members: Array.from({ length: 300_000 }, () => ({})) } });
    const body = validation(res);
    expect(body.errors).toEqual([expect.objectContaining({ pointer: '/household/members/0/name', code: 'REQUIRED' })]);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('a right outcome with a field of its own missing names that field only', async () => {
    const body = validation(await call(t, reviewer, 'POST', `/designations/${SOME_ID}/township-review`, { outcome: 'adjusted', opinion: '调整' }));
    expect(where(body.errors)).toEqual([['body', '/card', 'REQUIRED']]);
  });
});

describe('query and path parameters validated by AJV from their JSON Schemas', () => {
  it('lists every wrong query parameter, in the same format', async () => {
    const body = validation(await call(t, investigator, 'GET', '/designations?regionCode=abc&offset=-1&limit=1000'));
    expect(body.errors).toEqual([
      { in: 'query', pointer: '/regionCode', code: 'INVALID_FORMAT', field_zh: '行政区划代码', message_zh: '行政区划代码格式不正确', message_en: 'query parameter regionCode: has the wrong format' },
      { in: 'query', pointer: '/offset', code: 'OUT_OF_RANGE', field_zh: '起始条数', limit: 0, message_zh: '起始条数不能小于 0', message_en: 'query parameter offset: must be at least 0' },
      { in: 'query', pointer: '/limit', code: 'OUT_OF_RANGE', field_zh: '每页条数', limit: 500, message_zh: '每页条数不能大于 500', message_en: 'query parameter limit: must be at most 500' },
    ]);
    expect(body.message_zh).toBe('3 处填写有误：行政区划代码格式不正确；起始条数不能小于 0；每页条数不能大于 500');
  });

  it('a query parameter that is not a number', async () => {
    const body = validation(await call(t, investigator, 'GET', '/designations?limit=ten'));
    expect(where(body.errors)).toEqual([['query', '/limit', 'NOT_AN_INTEGER']]);
  });

  it('a path parameter that is not a UUID', async () => {
    const body = validation(await call(t, investigator, 'GET', '/designations/not-a-uuid'));
    expect(body.errors).toEqual([{ in: 'path', pointer: '/id', code: 'NOT_A_UUID', field_zh: '编号', message_zh: '编号应为 UUID 格式的编号', message_en: 'path parameter id: must be a UUID' }]);
  });
});

describe('refusals by the framework are problem+json with a code', () => {
  it('429 says in English how long to wait', async () => {
    const limited = await startApp({ rateLimitPerMinute: 2 });
    try {
      const who = { id: 'busy', role: 'supervisor' as const, region: VILLAGE };
      for (let i = 0; i < 2; i++) expect((await call(limited, who, 'GET', '/households')).statusCode).toBe(200);
      const res = await call(limited, who, 'GET', '/households');
      expect(res.statusCode).toBe(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      const body = res.json<Record<string, unknown>>();
      expect(body).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterSeconds: Number(res.headers['retry-after']), limitPerMinute: 2 });
      expect(body.message_en).toMatch(/^Too many requests \(at most 2 a minute\); retry in \d+ s$/);
      expect(body.message_zh).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
      expect(res.body).not.toContain('undefined');
    } finally {
      await limited.close();
    }
  });

  it('415 and malformed JSON', async () => {
    const authorization = `Bearer ${tokenFor({ id: investigator.id, roles: [investigator.role], jurisdiction: VILLAGE }, t.clock)}`;
    const media = await t.app.inject({ method: 'POST', url: '/households', headers: { authorization, 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(media.statusCode).toBe(415);
    expect(media.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message_en: 'Unsupported content type' });
    const broken = await t.app.inject({ method: 'POST', url: '/households', headers: { authorization, 'content-type': 'application/json' }, payload: '{"household":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'MALFORMED_JSON' });
  });

  describe('before Fastify: what node refuses on a real socket', () => {
    let port = 0;
    beforeAll(async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      port = (t.app.server.address() as AddressInfo).port;
    });

    const get = (headers: Record<string, string>) => new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/health', headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => { body += chunk; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

    it('a 20 KB header is 431 problem+json', async () => {
      const res = await get({ 'x-padding': 'x'.repeat(20 * 1024) });
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
      expect(JSON.parse(res.body)).toMatchObject({
        status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', message_zh: expect.stringMatching(/请求头过大/), message_en: 'Request header fields too large',
      });
    });

    it('a request line that is not HTTP is 400 problem+json', async () => {
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write('HELLO THERE\r\n\r\n'));
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => { text += chunk; });
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      const [head = '', body = ''] = raw.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(body)).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });
    });

    it('an ordinary request on the same server still works', async () => {
      expect((await get({})).status).toBe(200);
    });
  });
});
