import { request as httpRequest } from 'node:http';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { request as httpsRequest } from 'node:https';
import { judgeAddresses } from './webhook-target.ts';
import type { TargetPolicy } from './webhook-target.ts';

/** one delivery: a POST whose answer's status is all that matters */
export type WebhookPost = (url: string, init: { headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{ status: number }>;

export class TargetRefused extends Error {
  override readonly name = 'TargetRefused';
}

/**
 * The connection's own DNS lookup checks the addresses it is about to connect to: a host that resolved to a public
 * address when subscribed and to 10.0.0.1 now (DNS rebinding) is refused at delivery, with no window between the
 * check and the connection.
 */
const guardedLookup = (policy: TargetPolicy): LookupFunction => (hostname, options, callback) => {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  const found = isIP(host) ? Promise.resolve([host]) : policy.resolve(host);
  found.then((addresses) => {
    const refusal = judgeAddresses(policy, host, addresses);
    if (refusal) throw new TargetRefused(refusal.detail);
    const family = (a: string) => (isIP(a) === 6 ? 6 : 4);
    if (options.all) (callback as (e: null, all: Array<{ address: string; family: number }>) => void)(null, addresses.map((a) => ({ address: a, family: family(a) })));
    else callback(null, addresses[0] ?? '', family(addresses[0] ?? ''));
  }).catch((error: unknown) => callback(error as NodeJS.ErrnoException, '', 4));
};

/** node's http(s) client with the guarded lookup; redirects are answers, not followed */
export const guardedPost = (policy: TargetPolicy): WebhookPost => {
  const lookup = guardedLookup(policy);
  return (url, { headers, body, signal }) => new Promise((resolve, reject) => {
    const target = new URL(url);
    if (target.protocol !== 'https:' && !(policy.allowHttp && target.protocol === 'http:')) {
      reject(new TargetRefused('the URL must be https'));
      return;
    }
    // an address in the URL itself is connected to without a lookup: judged here
    const literal = target.hostname.replace(/^\[(.*)\]$/, '$1');
    const refusal = isIP(literal) ? judgeAddresses(policy, literal, [literal]) : null;
    if (refusal) {
      reject(new TargetRefused(refusal.detail));
      return;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup, signal, agent: false }, (res) => {
      res.resume(); // only the status matters; free the connection
      resolve({ status: res.statusCode ?? 0 });
    });
    req.on('error', reject);
    req.end(body);
  });
};
