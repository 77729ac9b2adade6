import { createRequire } from 'node:module';
import type { Logger } from '../logger.js';

/**
 * The Bot Framework's signing keys, kept when their endpoint fails. botframework-connector
 * caches them 24 hours, but once they are due its refresh throws when the endpoint is down
 * or slow (no timeout): every authenticated request then fails although the keys it holds
 * are still the ones Microsoft signs with (they rotate over weeks, announced in advance).
 * Here a failed refresh keeps the keys, tries again 10 minutes later, and never waits more
 * than 10 seconds. Only the refresh is replaced: key lookup and token checks stay the SDK's.
 */

const REFRESH_TIMEOUT_MS = 10_000;
const RETRY_AFTER_FAILURE_MS = 10 * 60_000;

type Jwk = { kid?: string; n?: string; e?: string; endorsements?: string[] };
type Metadata = {
  url: string;
  keys?: Jwk[];
  lastUpdated: number;
  /** Added here: when a failed refresh may be tried again, and the refresh under way. */
  retryAt?: number;
  refreshing?: Promise<void>;
};
type MetadataClass = { prototype: { refreshCache(this: Metadata): Promise<void> } };

/** The SDK's class is not exported: reached by its file, and left alone if a new version moves it. */
function metadataClass(): MetadataClass | undefined {
  try {
    const require = createRequire(import.meta.url);
    const connector = require.resolve('botframework-connector');
    const module = require(connector.replace(/index\.js$/, 'auth/openIdMetadata.js')) as {
      OpenIdMetadata?: MetadataClass;
    };
    return typeof module.OpenIdMetadata?.prototype.refreshCache === 'function'
      ? module.OpenIdMetadata
      : undefined;
  } catch {
    return undefined;
  }
}

/** Thrown when no key was ever fetched: the request can be neither accepted nor refused for sure. */
export class SigningKeysUnavailableError extends Error {
  constructor() {
    super('Bot Framework signing keys unavailable');
    this.name = 'SigningKeysUnavailableError';
  }
}

let installed = false;

export function keepSigningKeysThroughOutages(logger: Logger): void {
  const OpenIdMetadata = metadataClass();
  if (!OpenIdMetadata) {
    logger.warn('signing_keys_cache_not_installed');
    return;
  }
  if (installed) return;
  installed = true;
  OpenIdMetadata.prototype.refreshCache = function refreshCache(this: Metadata): Promise<void> {
    // One fetch at a time, and none while a failure is recent: forged tokens naming unknown
    // keys must not each send the bot to the key endpoint.
    this.refreshing ??= refresh(this, logger).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  };
}

async function refresh(metadata: Metadata, logger: Logger): Promise<void> {
  if (metadata.retryAt === undefined || Date.now() >= metadata.retryAt) {
    try {
      metadata.keys = await fetchKeys(metadata.url);
      metadata.lastUpdated = Date.now();
      metadata.retryAt = undefined;
      return;
    } catch (error) {
      metadata.retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
      logger.warn('signing_keys_refresh_failed', {
        host: new URL(metadata.url).host,
        errorName: (error as Error).name,
        keptKeys: metadata.keys?.length ?? 0,
      });
    }
  }
  if (!metadata.keys?.length) throw new SigningKeysUnavailableError();
}

async function fetchKeys(metadataUrl: string): Promise<Jwk[]> {
  const json = async (url: string): Promise<unknown> => {
    const response = await fetch(url, { signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS), redirect: 'error' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  };
  const { jwks_uri: jwksUri } = (await json(metadataUrl)) as { jwks_uri?: unknown };
  if (typeof jwksUri !== 'string') throw new Error('jwks_uri missing');
  const { keys } = (await json(jwksUri)) as { keys?: unknown };
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('no keys');
  return keys as Jwk[];
}
