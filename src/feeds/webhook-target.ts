import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** the addresses a host name resolves to (all of them); injected in tests so they need no DNS */
export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Where webhooks may go. Loopback, link-local, private, shared (CGNAT), multicast and reserved ranges are the
 * county's internal network (or this machine): refused unless the allow-list names the host or the address.
 */
export interface TargetPolicy {
  /** plain http:// (development and tests only; production is https only) */
  allowHttp: boolean;
  /** host names (exact), addresses or CIDR ranges (10.20.0.0/16, fd00::/8) that may be internal */
  allowed: readonly string[];
  resolve: Resolver;
}

const INTERNAL = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['100::', 64], ['2001:db8::', 32]] as const) INTERNAL.addSubnet(net, prefix, 'ipv6');

/** an IPv4 address inside IPv6 (::ffff:10.0.0.1, the NAT64 prefix 64:ff9b::/96): judged as the IPv4 address */
const embeddedIpv4 = (address: string): string | null => {
  const m = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m?.[1]) return m[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex?.[1] || !hex[2]) return null;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
};

const familyOf = (address: string): 'ipv4' | 'ipv6' => (isIP(address) === 4 ? 'ipv4' : 'ipv6');

export const isInternalAddress = (address: string): boolean => {
  const v4 = embeddedIpv4(address);
  if (v4) return INTERNAL.check(v4, 'ipv4');
  return INTERNAL.check(address, familyOf(address));
};

const allowListOf = (entries: readonly string[]) => {
  const addresses = new BlockList();
  const hosts = new Set<string>();
  for (const entry of entries) {
    const [net, prefix] = entry.split('/');
    if (net && isIP(net)) {
      if (prefix === undefined) addresses.addAddress(net, familyOf(net));
      else addresses.addSubnet(net, Number(prefix), familyOf(net));
    } else hosts.add(entry.toLowerCase());
  }
  return { hosts, addresses };
};

export type TargetRefusal = { reason: 'scheme' | 'unresolvable' | 'internal'; detail: string };

/** the URL's host without IPv6 brackets */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** the address checks only: each resolved address must be public, or allowed */
export const judgeAddresses = (policy: TargetPolicy, host: string, addresses: readonly string[]): TargetRefusal | null => {
  const allow = allowListOf(policy.allowed);
  if (allow.hosts.has(host.toLowerCase())) return null;
  if (addresses.length === 0) return { reason: 'unresolvable', detail: `${host} does not resolve` };
  const inside = addresses.find((a) => isInternalAddress(a) && !allow.addresses.check(embeddedIpv4(a) ?? a, embeddedIpv4(a) ? 'ipv4' : familyOf(a)));
  return inside ? { reason: 'internal', detail: `${host} resolves to ${inside}, an internal address not on the allow-list` } : null;
};

/** the scheme, then every address the host resolves to; at subscription, and (through the lookup) at delivery */
export const judgeTarget = async (policy: TargetPolicy, url: URL): Promise<TargetRefusal | null> => {
  if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:')) {
    return { reason: 'scheme', detail: policy.allowHttp ? 'the URL must be http or https' : 'the URL must be https' };
  }
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await policy.resolve(host).catch(() => []);
  return judgeAddresses(policy, host, addresses);
};
