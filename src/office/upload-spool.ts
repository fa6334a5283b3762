import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { errorCodes } from 'fastify';

/** an uploaded file as the spool holds it, until its job is done with it */
export class SpooledFile {
  constructor(
    readonly path: string,
    readonly size: number,
    /** its first bytes (what kind of file it is) */
    readonly head: Buffer,
  ) {}

  /** a fresh stream of the whole file: an import reads it twice */
  read(): Readable {
    return createReadStream(this.path);
  }

  /** the file is deleted (again: nothing) */
  discard(): Promise<void> {
    return rm(this.path, { force: true });
  }
}

const HEAD_BYTES = 8;

/**
 * Uploads go to disk as they arrive, not into memory: a county's 200,000 households are some 34 MB as xlsx and
 * more as CSV, a queued import would hold its body until its turn, and the import reads the file twice (to judge,
 * then to register). The files live in a directory of this process's own, removed when the process closes.
 */
export class UploadSpool {
  readonly #dir: string;
  #next = 0;

  constructor(parent = tmpdir()) {
    this.#dir = mkdtempSync(join(parent, 'fupin-uploads-'));
  }

  /** writes the request body to a file; refuses (413) past `limit` bytes, leaving nothing behind */
  async receive(body: Readable, limit: number): Promise<SpooledFile> {
    const path = join(this.#dir, `upload-${++this.#next}`);
    let size = 0;
    const counted = async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        size += chunk.byteLength;
        if (size > limit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
        yield chunk;
      }
    };
    try {
      await pipeline(body, counted, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const handle = await open(path, 'r');
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
    return new SpooledFile(path, size, head);
  }

  /** every file still here is removed with the directory */
  close(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
