import { BlockList, isIP, type LookupFunction } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { NewsfactsError } from '../errors';

/**
 * Addresses a crawler fed by user-submitted URLs must never connect to: a URL (or a redirect, or a DNS answer)
 * pointing at loopback, the private network or the cloud metadata service would let anyone who can submit a URL
 * read internal services (server-side request forgery).
 */
const BLOCKED_V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (includes the 169.254.169.254 metadata service)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved and broadcast'],
];

const BLOCKED_V6: [string, number, string][] = [
  ['::', 96, 'unspecified, loopback and IPv4-compatible'],
  ['64:ff9b:1::', 48, 'local-use NAT64'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated)'],
  ['ff00::', 8, 'multicast'],
];

const BLOCK_LIST = new BlockList();
for (const [network, prefix] of BLOCKED_V4) BLOCK_LIST.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of BLOCKED_V6) BLOCK_LIST.addSubnet(network, prefix, 'ipv6');

// ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64) reach the embedded IPv4 address, so they are judged by
// it. WHATWG URL parsing gives the compressed hex form (::ffff:7f00:1), which these patterns read.
const EMBEDDED_V4 = /^(?:::ffff:|::ffff:0:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/;

function normalizeV6(address: string): string {
  try {
    return new URL(`http://[${address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
  } catch {
    return address.toLowerCase();
  }
}

function embeddedV4(normalizedV6: string): string | null {
  const match = EMBEDDED_V4.exec(normalizedV6);
  if (!match) return null;
  const high = parseInt(match[1], 16);
  const low = parseInt(match[2], 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** True for an IP address newsfacts must not connect to. A string that is not an IP address is not blocked here. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return BLOCK_LIST.check(bare, 'ipv4');
  if (family !== 6) return false;
  const v6 = normalizeV6(bare);
  const v4 = embeddedV4(v6);
  if (v4) return BLOCK_LIST.check(v4, 'ipv4');
  return BLOCK_LIST.check(v6, 'ipv6');
}

export type AddressPolicy = (address: string) => boolean;

export function blockedAddressError(host: string, addresses: string[]): NewsfactsError {
  const shown = addresses.length && addresses[0] !== host ? ` (${addresses.join(', ')})` : '';
  return new NewsfactsError('BLOCKED_ADDRESS', `${host}${shown} is a loopback, private, link-local or metadata address; set allowPrivateNetworks to fetch it`);
}

/**
 * A `lookup` for net.connect/tls.connect that drops blocked addresses from the DNS answer and fails when none is
 * left. Because the socket connects to the address this function returns, the checked address is the one used:
 * there is no gap between checking and connecting for a DNS-rebinding server to slip through.
 */
export function guardedLookup(isBlocked: AddressPolicy = isBlockedAddress): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const allowed = addresses.filter((entry) => !isBlocked(entry.address));
      if (allowed.length === 0) {
        return callback(blockedAddressError(hostname, addresses.map((entry) => entry.address)) as unknown as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return callback(null, allowed);
      return callback(null, allowed[0].address, allowed[0].family);
    });
  };
}
