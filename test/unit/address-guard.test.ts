import { guardedLookup, isBlockedAddress } from '../../src/crawlers/address-guard';
import { NewsfactsError } from '../../src/errors';

describe('isBlockedAddress', () => {
  test.each([
    ['127.0.0.1', 'IPv4 loopback'],
    ['127.255.255.254', 'the whole 127/8'],
    ['10.0.0.5', 'private 10/8'],
    ['172.16.0.1', 'private 172.16/12, lower end'],
    ['172.31.255.255', 'private 172.16/12, upper end'],
    ['192.168.1.20', 'private 192.168/16'],
    ['169.254.169.254', 'the cloud metadata service'],
    ['169.254.10.1', 'IPv4 link-local'],
    ['100.64.0.1', 'carrier-grade NAT 100.64/10'],
    ['100.127.255.254', 'carrier-grade NAT, upper end'],
    ['0.0.0.0', 'this host'],
    ['0.1.2.3', '0/8'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['[::1]', 'a bracketed IPv6 literal, as URL.hostname gives it'],
    ['fe80::1', 'IPv6 link-local'],
    ['fe80::1%eth0', 'IPv6 link-local with a zone'],
    ['febf::1', 'IPv6 link-local, upper end of fe80::/10'],
    ['fc00::1', 'unique-local fc00::/7'],
    ['fd12:3456:789a::1', 'unique-local fd00::/8'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback in hex'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata service'],
    ['::ffff:10.1.2.3', 'IPv4-mapped private'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 of the metadata service'],
    ['ff02::1', 'IPv6 multicast'],
  ])('blocks %s (%s)', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  test.each([
    ['8.8.8.8', 'public DNS'],
    ['172.15.255.255', 'just below 172.16/12'],
    ['172.32.0.1', 'just above 172.16/12'],
    ['100.63.255.255', 'just below 100.64/10'],
    ['100.128.0.1', 'just above 100.64/10'],
    ['169.253.255.255', 'just below link-local'],
    ['192.169.0.1', 'just above 192.168/16'],
    ['203.0.113.9', 'a public documentation address'],
    ['2606:4700:4700::1111', 'public IPv6'],
    ['2001:4860:4860::8888', 'public IPv6'],
    ['::ffff:8.8.8.8', 'IPv4-mapped public'],
    ['fec0', 'a string that is not an IP address (hostnames are checked after DNS)'],
  ])('allows %s (%s)', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe('guardedLookup', () => {
  const lookup = (host: string, all: boolean, policy?: (a: string) => boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((resolve) => {
      guardedLookup(policy)(host, { all }, (err, address) => resolve({ err, address }));
    });

  test.each([[true], [false]])('refuses localhost with BLOCKED_ADDRESS (all: %s)', async (all) => {
    const { err } = await lookup('localhost', all);
    expect(err).toBeInstanceOf(NewsfactsError);
    expect((err as unknown as NewsfactsError).code).toBe('BLOCKED_ADDRESS');
  });

  test('passes DNS answers the policy allows through unchanged', async () => {
    const { err, address } = await lookup('localhost', false, () => false);
    expect(err).toBeNull();
    expect(['127.0.0.1', '::1']).toContain(address);
  });

  test('passes a DNS failure through as the resolver reported it', async () => {
    const { err } = await lookup('no-such-host.invalid', false);
    expect(err?.code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});
