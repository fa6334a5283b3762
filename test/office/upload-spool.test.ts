import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, describe, expect, it } from 'vitest';
import { UploadSpool } from '../../src/office/upload-spool.ts';

const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));

describe('uploads spooled to disk', () => {
  const parent = mkdtempSync(join(tmpdir(), 'spool-test-'));
  const spoolDir = () => readdirSync(parent).map((d) => join(parent, d));
  afterEach(() => { for (const d of spoolDir()) rmSync(d, { recursive: true, force: true }); });

  it('keeps the whole body, reads it as often as asked, and deletes it when discarded', async () => {
    const spool = new UploadSpool(parent);
    const file = await spool.receive(chunks('户主身份证号,', '成员姓名\r\n', '43062319650412001X,张三\r\n'), 1024);
    expect(file.size).toBe(Buffer.byteLength('户主身份证号,成员姓名\r\n43062319650412001X,张三\r\n'));
    expect(file.head.toString('latin1')).toBe(Buffer.from('户主身份证号,成员姓名').subarray(0, 8).toString('latin1'));
    expect(await text(file.read())).toBe(await text(file.read()));
    await file.discard();
    expect(existsSync(file.path)).toBe(false);
    spool.close();
  });

  it('refuses a body over the limit with 413 and leaves no file behind', async () => {
    const spool = new UploadSpool(parent);
    await expect(spool.receive(chunks('x'.repeat(600), 'y'.repeat(600)), 1000)).rejects.toMatchObject({ statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    const [dir] = spoolDir();
    expect(dir && readdirSync(dir)).toEqual([]);
    spool.close();
  });

  it('removes what is left when the service closes', async () => {
    const spool = new UploadSpool(parent);
    await spool.receive(chunks('kept until close'), 1024);
    spool.close();
    expect(spoolDir()).toEqual([]);
  });
});
