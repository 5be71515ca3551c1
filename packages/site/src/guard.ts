import {lookup as dnsLookup, type LookupAddress} from 'node:dns'
import {isIP} from 'node:net'
import ipaddr from 'ipaddr.js'

/** Resolves a host name to addresses, like `dns.lookup(host, {all: true})`; injectable for tests. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, {all: true, verbatim: true}, (error, addresses) => (error ? reject(error) : resolve(addresses))))

/**
 * The range of an address when it is not an ordinary public one (loopback, private RFC 1918, unique local,
 * link-local, carrier-grade NAT, unspecified, multicast, reserved, documentation, …); `undefined` for public
 * unicast addresses. IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
export function nonPublicRange(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return 'invalid'
  const range = ipaddr.process(address).range()
  return range === 'unicast' ? undefined : range
}

/** A request refused before it was sent, because its host is (or resolves to) a non-public address. */
export class BlockedAddressError extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly range: string
  ) {
    super(`${hostname} is a ${range} address (${address}); klarsprak site only fetches public addresses`)
    this.name = 'BlockedAddressError'
  }
}

/**
 * The SSRF guard. Every host is resolved and every address checked before a connection is made, and the connection
 * goes to the address that was checked (no second lookup that could answer differently). Non-public addresses are
 * allowed only for the start URL's own host, and only when that host is itself such an address (a literal
 * `127.0.0.1`, or a name such as `localhost` or an intranet name that resolves to one when the run starts): checking
 * a local test server or an intranet is then possible, but no page, redirect or allowed host can lead elsewhere
 * inside the network.
 */
export class AddressGuard {
  #trustedHost: string | undefined

  constructor(readonly resolver: Resolver = systemResolver) {}

  /** Decide, once, whether the start host may be non-public. */
  async trustStart(url: URL): Promise<void> {
    const host = bareHost(url.hostname)
    const addresses = isIP(host) ? [host] : (await this.resolver(host)).map((entry) => entry.address)
    if (addresses.length > 0 && addresses.every((address) => nonPublicRange(address) !== undefined)) this.#trustedHost = host
  }

  /** The address to connect to for `hostname`; throws BlockedAddressError when it may not be fetched. */
  async resolve(hostname: string): Promise<{address: string; family: 4 | 6}> {
    const host = bareHost(hostname)
    const addresses: LookupAddress[] = isIP(host) ? [{address: host, family: isIP(host) as 4 | 6}] : await this.resolver(host)
    if (addresses.length === 0) throw new Error(`${host}: no address found`)
    if (host === this.#trustedHost) return {address: addresses[0]!.address, family: addresses[0]!.family === 6 ? 6 : 4}
    for (const entry of addresses) {
      const range = nonPublicRange(entry.address)
      if (range !== undefined) throw new BlockedAddressError(host, entry.address, range)
    }
    return {address: addresses[0]!.address, family: addresses[0]!.family === 6 ? 6 : 4}
  }
}

/** `[::1]` → `::1`. */
function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname
}
