import type { AddressInfo } from 'node:net';
import type { Role } from '../../src/auth/roles.ts';
import type { RecordedEvent } from '../../src/store/types.ts';
import { tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';

export interface Who {
  id: string;
  role: Role;
  region: string;
}

/** a feed event without its personal values (src/privacy/feed-view.ts: beside the stored data, not part of it) */
export const asStored = (e: RecordedEvent): RecordedEvent => {
  const { personal: _personal, ...stored } = e as RecordedEvent & { personal?: unknown };
  return stored;
};

export const bearer = (t: Pick<TestApp, 'clock'>, who: Who) => `Bearer ${tokenFor({ id: who.id, roles: [who.role], jurisdiction: who.region }, t.clock)}`;

/** the app on a real loopback port (SSE needs a socket, not inject) */
export const listen = async (t: TestApp): Promise<string> => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
};

export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  comments: string[];
}

/** an SSE client over node's fetch: collects frames as they arrive; `until` waits for a condition */
export interface SseClient {
  status: number;
  contentType: string | null;
  body: string;
  frames: SseFrame[];
  /** the event frames (with an id), parsed */
  events(): RecordedEvent[];
  comments(): string[];
  until(condition: (c: SseClient) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

export const openSse = async (base: string, path: string, headers: Record<string, string>): Promise<SseClient> => {
  const abort = new AbortController();
  const res = await fetch(`${base}${path}`, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const client: SseClient = {
    status: res.status,
    contentType: res.headers.get('content-type'),
    body: '',
    frames: [],
    events: () => client.frames.filter((f) => f.id !== undefined).map((f) => JSON.parse(f.data ?? 'null') as RecordedEvent),
    comments: () => client.frames.flatMap((f) => f.comments),
    until: async (condition, timeoutMs = 5000) => {
      const deadline = performance.now() + timeoutMs;
      while (!condition(client)) {
        if (performance.now() > deadline) throw new Error(`SSE condition not met in ${timeoutMs} ms; ${client.frames.length} frames`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    close: () => abort.abort(),
  };
  if (res.status !== 200 || !res.body) {
    client.body = await res.text();
    return client;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const frame: SseFrame = { comments: [] };
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) frame.comments.push(line.slice(1).trim());
            else if (line.startsWith('id: ')) frame.id = line.slice(4);
            else if (line.startsWith('event: ')) frame.event = line.slice(7);
            else if (line.startsWith('data: ')) frame.data = line.slice(6);
          }
          client.frames.push(frame);
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return client;
};

/** the feed as an integrator would page through it: every event after `after` with the given query */
export const pullAll = async (t: TestApp, who: Who, query = '', after = 0): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  let cursor = after;
  for (;;) {
    const res = await t.app.inject({ method: 'GET', url: `/feed?after=${cursor}&limit=7${query ? `&${query}` : ''}`, headers: { authorization: bearer(t, who) } });
    if (res.statusCode !== 200) throw new Error(res.body);
    const page = res.json() as { events: RecordedEvent[]; nextAfter: number; head: number };
    all.push(...page.events);
    if (page.nextAfter >= page.head) return all;
    cursor = page.nextAfter;
  }
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
