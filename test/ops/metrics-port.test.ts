import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, killAll, startServer } from '../reliability/server-process.ts';

const get = (port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

const tempStore = () => join(mkdtempSync(join(tmpdir(), 'fupin-metrics-')), 'events.db');

describe('src/main.ts: /metrics where the configuration puts it', () => {
  afterAll(killAll);

  it('METRICS_PORT: served on its own port, not on the API port', async () => {
    const metricsPort = await freePort();
    const server = await startServer({ SQLITE_PATH: tempStore(), METRICS_PORT: String(metricsPort) });
    try {
      expect((await get(server.port, '/metrics')).status).toBe(404);
      const scraped = await get(metricsPort, '/metrics');
      expect(scraped.status).toBe(200);
      expect(scraped.body).toContain('http_requests_total');
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('METRICS_TOKEN: 401 without it, 200 with it', async () => {
    const server = await startServer({ SQLITE_PATH: tempStore(), METRICS_TOKEN: 'scrape-token-0123456789' });
    try {
      expect((await get(server.port, '/metrics')).status).toBe(401);
      expect((await get(server.port, '/metrics', { authorization: 'Bearer scrape-token-0123456789' })).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
