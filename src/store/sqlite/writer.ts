import { Worker } from 'node:worker_threads';
import type { Database as Db } from 'better-sqlite3';
import type { LockReply, WriteBatch, WriteFailure, WriteReply, WriterAnswer, WriterMessage } from './protocol.ts';
import { openWriter } from './writer-core.mjs';
import type { CoreWriter } from './writer-core.mjs';

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
 * plans the next batches meanwhile; those that reach the thread during a commit share the next one. The thread
 * does not keep the process alive while nothing is outstanding.
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
    this.#worker.on('message', (answers: WriterAnswer[]) => {
      for (const { seq, reply } of answers) {
        const resolve = this.#waiting.get(seq);
        this.#waiting.delete(seq);
        resolve?.(reply);
      }
      if (this.#waiting.size === 0) this.#worker.unref();
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

/** The same steps on the store's own connection, one transaction per batch: for ':memory:', and to compare. */
export class InlineWriter implements BatchWriter {
  readonly #core: CoreWriter<number>;
  #closed = false;

  constructor(db: Db) {
    this.#core = openWriter<number>(db);
  }

  async lock(epoch: number): Promise<LockReply> {
    if (this.#closed) return failed('the store is closed');
    this.#core.lock(0, epoch);
    return this.#only() as LockReply;
  }

  async write(batch: WriteBatch): Promise<WriteReply> {
    if (this.#closed) return failed('the store is closed');
    this.#core.write(0, batch);
    return this.#only() as WriteReply;
  }

  release(): void {
    this.#core.release();
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #only(): WriteReply | LockReply {
    const [answer] = this.#core.flush();
    return answer?.reply ?? failed('the writer gave no answer');
  }
}
