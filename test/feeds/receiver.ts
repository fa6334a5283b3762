import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedEvent } from '../../src/store/types.ts';

/**
 * The README's verification example, as a receiver would write it (with the clock passed in: this repository's
 * lint keeps Date.now() out of the code).
 */
export function verifyWebhook(secret: string, header: string | undefined, rawBody: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false; // stale or replayed
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface Received {
  mode: Receiver['mode'];
  verified: boolean;
  webhookId: string;
  positions: number[];
  events: RecordedEvent[];
}

/** a webhook receiver on loopback that answers 2xx, fails with 500, or never answers */
export class Receiver {
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  readonly requests: Received[] = [];
  readonly #hanging: ServerResponse[] = [];
  readonly #server: Server;

  constructor(private readonly secret: string, private readonly nowSeconds: () => number) {
    this.#server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => {
        const parsed = JSON.parse(body) as { webhookId: string; events: RecordedEvent[] };
        const signature = req.headers['x-signature'];
        this.requests.push({
          mode: this.mode,
          verified: verifyWebhook(this.secret, typeof signature === 'string' ? signature : undefined, body, this.nowSeconds()),
          webhookId: parsed.webhookId,
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
