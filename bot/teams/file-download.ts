import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

/**
 * Downloads a file a staff member's attachment names. The address comes from the
 * message, so anyone able to forge one could make the bot fetch its own network (cloud
 * metadata, the admin port of a neighbour): only HTTPS, only from the hosts Teams keeps
 * files on, no redirect elsewhere, and never to a private, loopback or link-local
 * address, checked on the addresses DNS gives and used for the connection itself (a
 * name that resolves differently the second time cannot slip through).
 */

export type DownloadRules = {
  /** Host names, exact or `*.domain` for any subdomain: FILE_DOWNLOAD_HOSTS. */
  hosts: readonly string[];
  /** Tests only: the connector stand-in serves plain HTTP on 127.0.0.1. */
  allowLoopbackHttp?: boolean;
};

export class FileTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`File larger than ${limit} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** The address is not one the bot downloads from: nothing was requested. */
export class DownloadRefusedError extends Error {
  constructor(reason: string) {
    super(`Download refused: ${reason}`);
    this.name = 'DownloadRefusedError';
  }
}

const TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 3;

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export function hostAllowed(host: string, patterns: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return patterns.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.startsWith('*.') ? name.endsWith(p.slice(1)) && name.length > p.length - 1 : name === p;
  });
}

/** Downloads at most `limit` bytes within 15 seconds, under `rules`. */
export async function downloadFile(url: string, limit: number, rules: DownloadRules): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  let current = checked(url, rules);
  const origin = current.hostname;
  for (let hops = 0; ; hops++) {
    const response = await get(current, rules, signal);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      if (hops >= MAX_REDIRECTS) throw new DownloadRefusedError('too many redirects');
      current = checked(new URL(location, current).href, rules);
      if (current.hostname !== origin) throw new DownloadRefusedError('redirect to another host');
      continue;
    }
    if (response.statusCode !== 200) {
      response.resume();
      throw new Error(`Download failed with HTTP ${response.statusCode}`);
    }
    return readAtMost(response, limit);
  }
}

function checked(url: string, rules: DownloadRules): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DownloadRefusedError('not an address');
  }
  const loopbackHttp = rules.allowLoopbackHttp === true && parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(loopbackHttp && parsed.protocol === 'http:'))
    throw new DownloadRefusedError('not https');
  if (!hostAllowed(parsed.hostname, rules.hosts)) throw new DownloadRefusedError('host not allowed');
  if (isIP(parsed.hostname.replace(/^\[|\]$/g, '')) && !loopbackHttp && !isPublicAddress(parsed.hostname))
    throw new DownloadRefusedError('address not public');
  return parsed;
}

function get(url: URL, rules: DownloadRules, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const lookup = rules.allowLoopbackHttp ? undefined : publicOnlyLookup;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'GET', signal, ...(lookup ? { lookup } : {}) }, resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** dns.lookup, failing when any address the name resolves to is not public. */
function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address)))
      return callback(new DownloadRefusedError('address not public'), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

async function readAtMost(response: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length'] ?? '0');
  if (declared > limit) {
    response.destroy();
    throw new FileTooLargeError(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) {
      response.destroy();
      throw new FileTooLargeError(limit);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
