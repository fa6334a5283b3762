import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { COUNTY, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { listen } from '../feeds/support.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';
import type { Browser } from './chromium.ts';

// Skipped, with the reason printed, when Debian's chromium is not installed; under CI=true chromiumMissing throws.
const missing = chromiumMissing();

/** a county office may read lists and the event feed of its county */
const COUNTY_OFFICE = { id: 'county-web', roles: ['countyOffice' as const], jurisdiction: COUNTY, name: '县办' };
const INVESTIGATOR = { id: 'inv-1', roles: ['investigator' as const], jurisdiction: VILLAGE, name: '张三' };

/**
 * The front-end team's page, in miniature: on another origin than the API, it reads a list with the bearer token
 * (CORS), asks for a stream ticket and opens an EventSource on the API's origin, and shows what it received.
 */
const frontEndPage = (api: string, token: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>前端页面</title></head>
<body>
<p id="list">loading</p>
<p id="stream">closed</p>
<ul id="events"></ul>
<script type="module">
const api = ${JSON.stringify(api).replaceAll('<', '\\u003c')};
const token = ${JSON.stringify(token).replaceAll('<', '\\u003c')};
const headers = { authorization: 'Bearer ' + token };
const show = (id, text) => { document.getElementById(id).textContent = text; };
try {
  const list = await fetch(api + '/households?limit=10', { headers });
  const body = await list.json();
  // an exposed header (Access-Control-Expose-Headers) is readable from this origin
  show('list', 'households ' + list.status + ' total=' + body.total + ' x-ratelimit-limit=' + list.headers.get('x-ratelimit-limit'));
  const ticket = await fetch(api + '/feed/stream-tickets', { method: 'POST', headers });
  const { url } = await ticket.json();
  const events = new EventSource(api + url + '&types=HouseholdRegistered');
  events.onopen = () => show('stream', 'open');
  events.onerror = () => { show('stream', 'error (readyState ' + events.readyState + ')'); events.close(); };
  events.addEventListener('HouseholdRegistered', (e) => {
    const stored = JSON.parse(e.data);
    const li = document.createElement('li');
    li.dataset.position = e.lastEventId;
    // names travel beside the stored data (src/privacy: in the clear for a token with the personal-data scope)
    const head = (stored.personal?.fields ?? []).find((f) => f.pointer === '/household/head')?.value;
    li.textContent = stored.type + ' ' + head + ' #' + e.lastEventId;
    document.getElementById('events').append(li);
  });
} catch (error) {
  show('list', 'failed: ' + error);
}
</script>
</body></html>`;

describe.skipIf(missing !== null)('in a real browser (Debian chromium driven by playwright-core)', () => {
  let t: TestApp;
  let api: string;
  let pages: Server;
  let pageOrigin: string;
  let pagePort: number;
  let browser: Browser;
  /** uncaught exceptions and console errors of every page, printed at the end */
  const problems: string[] = [];

  const watch = (page: Page, label: string) => {
    page.on('pageerror', (error) => problems.push(`${label} pageerror: ${error.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${label} console: ${m.text()}`); });
    page.on('requestfailed', (r) => problems.push(`${label} request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`));
    return page;
  };

  const register = async (seq: number) => {
    const res = await fetch(`${api}/households`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenFor(INVESTIGATOR, t.clock)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ household: yellowHousehold(seq) }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as { id: string };
  };

  beforeAll(async () => {
    // the page's server first: its origin must be in the app's CORS_ORIGINS
    pages = createServer((req, res) => {
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      if (req.url !== '/') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(frontEndPage(api, tokenFor(COUNTY_OFFICE, t.clock, { scope: 'personal-data' })));
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagePort = (pages.address() as AddressInfo).port;
    pageOrigin = `http://127.0.0.1:${pagePort}`;
    t = await startApp({ corsOrigins: [pageOrigin], feeds: { heartbeatMs: 60_000 } });
    api = await listen(t);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await new Promise((resolve) => pages?.close(resolve));
    if (problems.length > 0) process.stdout.write(`[browser] what the pages reported:\n  ${problems.join('\n  ')}\n`);
  });

  it('/docs: Authorize with a development token, then Try it out → Execute on GET /households answers 200', { timeout: 60_000 }, async () => {
    await register(1);
    const token = tokenFor(COUNTY_OFFICE, t.clock);
    const page = watch(await browser.context.newPage(), '/docs');
    await page.goto(`${api}/docs`);

    await page.locator('.auth-wrapper button.authorize').click();
    const modal = page.locator('.modal-ux');
    await modal.locator('h4', { hasText: 'bearerAuth' }).waitFor(); // (http, Bearer)
    await modal.locator('input#auth-bearer-value').fill(token);
    await modal.locator('button.authorize', { hasText: 'Authorize' }).click(); // its accessible name is "Apply credentials"
    await modal.locator('button', { hasText: 'Logout' }).waitFor(); // the scheme is authorized
    await modal.locator('button.btn-done', { hasText: 'Close' }).click();

    const operation = page.locator('#operations-households-listHouseholds');
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn', { hasText: 'Try it out' }).click();
    const sent = page.waitForRequest((r) => r.url().startsWith(`${api}/households`) && r.method() === 'GET');
    await operation.locator('button.execute', { hasText: 'Execute' }).click();
    expect((await sent).headers().authorization).toBe(`Bearer ${token}`);

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe('200');
    const body = await operation.locator('.live-responses-table .response-col_description pre').first().textContent();
    expect(JSON.parse(body ?? 'null')).toMatchObject({ total: 1, items: [{ household: { head: '户主1' } }] });
    await page.close();
  });

  it('a page on another origin reads a list with the token (CORS) and shows an event from an EventSource opened with a stream ticket', { timeout: 60_000 }, async () => {
    const page = watch(await browser.context.newPage(), 'page');
    await page.goto(`${pageOrigin}/`);
    const total = ((await (await fetch(`${api}/households`, { headers: { authorization: `Bearer ${tokenFor(COUNTY_OFFICE, t.clock)}` } })).json()) as { total: number }).total;
    await page.locator('#list', { hasText: /^households / }).waitFor();
    expect(await page.locator('#list').textContent()).toBe(`households 200 total=${total} x-ratelimit-limit=1000000`);
    await page.locator('#stream', { hasText: 'open' }).waitFor();

    // registered after the stream opened: the page can only show it if it arrives live
    const { id } = await register(77);
    const shown = page.locator('#events li', { hasText: '户主77' });
    await shown.waitFor({ timeout: 10_000 });
    expect(await shown.textContent()).toMatch(/^HouseholdRegistered 户主77 #\d+$/);
    const feed = (await (await fetch(`${api}/feed?types=HouseholdRegistered`, { headers: { authorization: `Bearer ${tokenFor(COUNTY_OFFICE, t.clock)}` } })).json()) as { events: { stream: string; position: number }[] };
    const stored = feed.events.find((e) => e.stream.endsWith(id));
    expect(stored, JSON.stringify(feed.events.map((e) => e.stream))).toBeDefined();
    expect(await shown.getAttribute('data-position')).toBe(String(stored?.position));
    expect(await page.locator('#stream').textContent()).toBe('open');
    await page.close();
  });

  it('the same page from an origin not in CORS_ORIGINS cannot read the API', { timeout: 60_000 }, async () => {
    // http://localhost:<port> is another origin than http://127.0.0.1:<port>, and not listed
    const page = await browser.context.newPage();
    await page.goto(`http://localhost:${pagePort}/`);
    await page.locator('#list', { hasText: /^failed: / }).waitFor();
    expect(await page.locator('#list').textContent()).toBe('failed: TypeError: Failed to fetch');
    await page.close();
  });
});
