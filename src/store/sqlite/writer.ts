import { Worker } from 'node:worker_threads';
import type { Database as Db } from 'better-sqlite3';
import type { LockReply, WriteBatch, WriteFailure, WriteReply, WriterAnswer, WriterMessage } from './protocol.ts';
import { openWriter } from './writer-core.mjs';

export type Synchronous = 'FULL' | 'NORMAL' | 'OFF';

/** Where the planned batches of the sqlite store are committed (see writer-core.mjs). Answers never reject. */
export interface BatchWriter {
  lock(epoch: number): Promise<LockReply>;
  write(batch: WriteBatch): Promise<WriteReply>;
  release(): void;
  /** after the last write has been answered: closes the writer's connection */
  close(): Promise<void>;
}

const failed = (message: string): { status: 'failed'; error: WriteFailure } => ({ status: 'failed', error: { name: 'Error', message } });

/**
 * A worker thread with its own connection on the file. Committing (and its sync) runs there, so the main thread
 * plans the next batch meanwhile. The thread does not keep the process alive while nothing is outstanding.
 */
export class ThreadWriter implements BatchWriter {
  readonly #worker: Worker;
  /** requests sent and not answered yet; the thread answers in order */
  readonly #waiting = new Map<number, (reply: WriteReply | LockReply) => void>();
  readonly #exited: Promise<void>;
  #seq = 0;
  #stopped: string | undefined;

  constructor(path: string, synchronous: Synchronous) {
    this.#worker = new Worker(new URL('./writer-thread.mjs', import.meta.url), {
      workerData: { path, synchronous },
      // plain JavaScript: no need for the TypeScript loader the main thread may run under (it would start with it)
      execArgv: [],
    });
    this.#worker.unref();
    this.#worker.on('message', ({ seq, reply }: WriterAnswer) => {
      const resolve = this.#waiting.get(seq);
      this.#waiting.delete(seq);
      if (this.#waiting.size === 0) this.#worker.unref();
      resolve?.(reply);
    });
    this.#worker.on('error', (error) => this.#stop(`sqlite writer thread failed: ${error.message}`));
    this.#exited = new Promise((resolve) => {
      this.#worker.once('exit', (code) => {
        this.#stop(`sqlite writer thread exited (code ${code})`);
        resolve();
      });
    });
  }

  lock(epoch: number): Promise<LockReply> {
    return this.#ask((seq) => ({ type: 'lock', seq, epoch })) as Promise<LockReply>;
  }

  write(batch: WriteBatch): Promise<WriteReply> {
    return this.#ask((seq) => ({ type: 'write', seq, batch })) as Promise<WriteReply>;
  }

  release(): void {
    if (!this.#stopped) this.#worker.postMessage({ type: 'release' } satisfies WriterMessage);
  }

  async close(): Promise<void> {
    if (!this.#stopped) {
      this.#worker.ref();
      this.#worker.postMessage({ type: 'close' } satisfies WriterMessage);
    }
    await this.#exited;
  }

  #ask(message: (seq: number) => WriterMessage): Promise<WriteReply | LockReply> {
    if (this.#stopped) return Promise.resolve(failed(this.#stopped));
    const seq = ++this.#seq;
    return new Promise((resolve) => {
      if (this.#waiting.size === 0) this.#worker.ref();
      this.#waiting.set(seq, resolve);
      this.#worker.postMessage(message(seq));
    });
  }

  /** a batch that was sent may or may not have committed when the thread died: its appends fail, the file tells */
  #stop(reason: string): void {
    this.#stopped ??= reason;
    for (const resolve of this.#waiting.values()) resolve(failed(`${this.#stopped}; whether the last batch committed is unknown`));
    this.#waiting.clear();
  }
}

/** The same steps on the store's own connection, in the calling turn: for ':memory:', and to compare. */
export class InlineWriter implements BatchWriter {
  readonly #core;
  #closed = false;

  constructor(db: Db) {
    this.#core = openWriter(db);
  }

  async lock(epoch: number): Promise<LockReply> {
    return this.#closed ? failed('the store is closed') : this.#core.lock(epoch);
  }

  async write(batch: WriteBatch): Promise<WriteReply> {
    return this.#closed ? failed('the store is closed') : this.#core.write(batch);
  }

  release(): void {
    this.#core.release();
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}
