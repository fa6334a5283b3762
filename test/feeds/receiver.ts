import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedEvent } from '../../src/store/types.ts';

/**
 * The README's verification example (Standard Webhooks), as a receiver would write it without a library (with the
 * clock passed in: this repository's lint keeps Date.now() out of the code).
 */
export function verifyWebhook(secret: string, headers: Record<string, string | string[] | undefined>, rawBody: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const [id, timestamp, signatures] = ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => String(headers[h] ?? ''));
  const t = Number(timestamp);
  if (!id || !Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false; // stale or replayed
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(`v1,${createHmac('sha256', key).update(`${id}.${t}.${rawBody}`).digest('base64')}`);
  return (signatures ?? '').split(' ').some((s) => Buffer.byteLength(s) === expected.length && timingSafeEqual(Buffer.from(s), expected));
}

export interface Received {
  mode: Receiver['mode'];
  verified: boolean;
  /** Standard Webhooks' webhook-id: the same on every retry of one batch */
  messageId: string;
  webhookId: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  positions: number[];
  events: RecordedEvent[];
}

/** a webhook receiver on loopback that answers 2xx, fails with 500, or never answers */
export class Receiver {
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  readonly requests: Received[] = [];
  readonly #hanging: ServerResponse[] = [];
  readonly #server: Server;

  /** the secret the receiver verifies with: changed when the subscription's secret is rotated */
  secret: string;

  constructor(secret: string, private readonly nowSeconds: () => number) {
    this.secret = secret;
    this.#server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => {
        const parsed = JSON.parse(body) as { webhookId: string; events: RecordedEvent[] };
        this.requests.push({
          mode: this.mode,
          verified: verifyWebhook(this.secret, req.headers, body, this.nowSeconds()),
          messageId: String(req.headers['webhook-id'] ?? ''),
          webhookId: parsed.webhookId,
          headers: req.headers,
          body,
          positions: parsed.events.map((e) => e.position),
          events: parsed.events,
        });
        if (this.mode === 'hang') this.#hanging.push(res);
        else res.writeHead(this.mode === 'ok' ? 204 : 500).end();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/hook`;
  }

  /** positions the receiver acknowledged (2xx), in the order it received them */
  acknowledged(): number[] {
    return this.requests.filter((r) => r.mode === 'ok').flatMap((r) => r.positions);
  }

  async close(): Promise<void> {
    for (const res of this.#hanging) res.destroy();
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}
