import type { FastifyInstance } from 'fastify';
import { JobSchema } from './answer-schemas.ts';
import { identityOf } from '../auth/authenticate.ts';
import { Type } from 'typebox';
import { operation } from '../http/contract/operation.ts';
import { withFileAnswers } from './sheet.ts';
import { within } from '../auth/identity.ts';
import type { Identity } from '../auth/identity.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { ProblemError } from '../shared/problem.ts';

/**
 * Work that takes more than a few seconds (imports, large exports) runs as a job: the request answers 202 with the
 * job, `GET /jobs/:id` reports its state, progress and result. Jobs run in this process, one at a time, and live in
 * memory only: after a restart every job id answers 404 `JOB_NOT_FOUND` (its message says jobs do not survive a
 * restart) — start the work again; an import is idempotent by resident ID, so repeating it registers nothing twice.
 */
export type JobState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

export interface JobProgress {
  done: number;
  total: number;
  /** errors found so far (an import's row errors) */
  errors: number;
}

export interface JobContext {
  progress(done: number, total: number, errors?: number): void;
}

/** what a job's work returns: JSON to answer, or a file to download (kept until it expires) */
export type JobOutcome = { result: unknown } | { file: JobFile; result?: unknown };

interface Job {
  id: string;
  kind: string;
  owner: string;
  /** the jurisdiction of the work: supervisors whose jurisdiction covers it may read the job too */
  region: string;
  state: JobState;
  progress: JobProgress;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  result: unknown;
  file: JobFile | null;
  /** when the job (and its file) is forgotten */
  expiresAt: string | null;
  error: { code: string; message_zh: string; message_en: string } | null;
  done: Promise<void>;
}

export interface JobQueueOptions {
  clock: Clock;
  newId: IdGenerator;
  /** how long a finished job and its file are kept (default one hour) */
  ttlMs?: number;
  /** at most this many bytes of result files held at once (default 256 MB): the oldest finished go first */
  maxFileBytes?: number;
  /** a single result file larger than this fails the job (default 64 MB) */
  maxFileSize?: number;
}

const jobNotFound = () =>
  new ProblemError(404, 'JOB_NOT_FOUND', '未找到该任务（任务只保存在内存中，服务重启或任务过期后不再可查，请重新提交）', 'No such job (jobs are kept in memory only: after a restart or once expired they are gone; submit the work again)');

/** a small in-process queue, concurrency 1, on the injected clock and ids */
export class JobQueue {
  readonly #jobs = new Map<string, Job>();
  #tail: Promise<void> = Promise.resolve();
  readonly #clock: Clock;
  readonly #newId: IdGenerator;
  readonly #ttlMs: number;
  readonly #maxFileBytes: number;
  readonly #maxFileSize: number;

  constructor(options: JobQueueOptions) {
    this.#clock = options.clock;
    this.#newId = options.newId;
    this.#ttlMs = options.ttlMs ?? 3_600_000;
    this.#maxFileBytes = options.maxFileBytes ?? 256 * 1024 * 1024;
    this.#maxFileSize = options.maxFileSize ?? 64 * 1024 * 1024;
  }

  #now = () => this.#clock.now().toISOString();

  /** queue work; it starts once every job queued before it has finished */
  submit(kind: string, owner: Identity, region: string, work: (ctx: JobContext) => Promise<JobOutcome>): Job {
    this.#expire();
    const id = this.#newId();
    let resolve: () => void = () => {};
    const done = new Promise<void>((r) => { resolve = r; });
    const job: Job = {
      id, kind, owner: owner.id, region, state: 'queued', progress: { done: 0, total: 0, errors: 0 },
      createdAt: this.#now(), startedAt: null, finishedAt: null, result: null, file: null, expiresAt: null, error: null, done,
    };
    this.#jobs.set(id, job);
    const run = async () => {
      job.state = 'running';
      job.startedAt = this.#now();
      try {
        const outcome = await work({ progress: (d, t, e) => { job.progress = { done: d, total: t, errors: e ?? job.progress.errors }; } });
        if ('file' in outcome) {
          if (outcome.file.body.length > this.#maxFileSize) throw new ProblemError(413, 'JOB_RESULT_TOO_LARGE', '结果文件过大，请缩小范围后重试', 'The result file is too large: narrow the selection');
          job.file = outcome.file;
        }
        job.result = 'result' in outcome ? outcome.result ?? null : null;
        job.state = 'succeeded';
      } catch (error) {
        job.state = 'failed';
        job.error = error instanceof ProblemError
          ? { code: error.code, message_zh: error.zh, message_en: error.en }
          : { code: 'JOB_FAILED', message_zh: '任务执行失败', message_en: error instanceof Error ? error.message : 'The job failed' };
      }
      job.finishedAt = this.#now();
      job.expiresAt = new Date(this.#clock.now().getTime() + this.#ttlMs).toISOString();
      this.#capFiles();
      resolve();
    };
    this.#tail = this.#tail.then(run, run);
    return job;
  }

  /** the job, if `identity` started it or supervises its jurisdiction; otherwise (or unknown, expired) 404 */
  readable(id: string, identity: Identity): Job {
    this.#expire();
    const job = this.#jobs.get(id);
    if (!job) throw jobNotFound();
    const supervises = identity.roles.includes('supervisor') && within(identity, job.region);
    if (job.owner !== identity.id && !supervises) throw jobNotFound();
    return job;
  }

  /** resolves when the job has finished (tests, the in-process script) */
  async finished(id: string): Promise<void> {
    await this.#jobs.get(id)?.done;
  }

  #expire(): void {
    const now = this.#clock.now().toISOString();
    for (const [id, job] of this.#jobs) if (job.expiresAt !== null && job.expiresAt <= now) this.#jobs.delete(id);
  }

  /** keep the held files under the cap: drop the oldest finished files first (their job then says so) */
  #capFiles(): void {
    let total = 0;
    for (const job of this.#jobs.values()) total += job.file?.body.length ?? 0;
    for (const job of this.#jobs.values()) {
      if (total <= this.#maxFileBytes) break;
      if (!job.file) continue;
      total -= job.file.body.length;
      job.file = null;
      job.expiresAt = this.#now();
    }
  }
}

export const presentJob = (job: Job) => ({
  id: job.id,
  kind: job.kind,
  state: job.state,
  progress: job.progress,
  createdAt: job.createdAt,
  startedAt: job.startedAt,
  finishedAt: job.finishedAt,
  expiresAt: job.expiresAt,
  result: job.result,
  ...(job.file ? { download: { href: `/jobs/${job.id}/result`, filename: job.file.filename, contentType: job.file.contentType, bytes: job.file.body.length } } : {}),
  ...(job.error ? { error: job.error } : {}),
});

/** `Content-Disposition` with the UTF-8 file name (RFC 6266 / 5987) and an ASCII fallback */
export const attachment = (filename: string): string =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

const Params = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 64 } }, required: ['id'] } as const;

export const jobRoutes = (app: FastifyInstance, jobs: JobQueue): void => {
  app.get<{ Params: { id: string } }>('/jobs/:id', { schema: { ...operation({ id: 'getJob', tag: 'office', zh: '后台任务：状态、进度、结果', en: 'A job: state, progress, result (to whoever started it, or a supervisor of its jurisdiction)', answers: { 200: JobSchema }, problems: ['JOB_NOT_FOUND'] }), params: Params } }, async (request, reply) => {
    const job = jobs.readable(request.params.id, identityOf(request));
    void reply.header('cache-control', 'private, no-store');
    return presentJob(job);
  });
  app.get<{ Params: { id: string } }>('/jobs/:id/result', { schema: { ...withFileAnswers(operation({ id: 'getJobResult', tag: 'office', zh: '下载后台任务的结果文件', en: 'Download a job’s result file', answers: { 200: { media: 'text/csv', schema: Type.String({ description: 'the file as CSV (UTF-8 with BOM); .xlsx answers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }) } }, problems: ['JOB_NOT_FOUND', 'JOB_NOT_FINISHED', 'JOB_RESULT_EXPIRED'] })), params: Params } }, async (request, reply) => {
    const job = jobs.readable(request.params.id, identityOf(request));
    if (!job.file) {
      if (job.state === 'succeeded') throw new ProblemError(410, 'JOB_RESULT_EXPIRED', '结果文件已过期，请重新导出', 'The result file has expired: export again');
      throw new ProblemError(409, 'JOB_NOT_FINISHED', '任务尚未完成或没有结果文件', 'The job has not finished or has no result file', { state: job.state });
    }
    return reply.header('content-type', job.file.contentType).header('content-disposition', attachment(job.file.filename)).header('cache-control', 'private, no-store').send(job.file.body);
  });
};
