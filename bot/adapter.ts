import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { keepAtMost } from '../data/text.js';
import type { AppConfig } from './config.js';
import { describeError, type Logger } from './logger.js';
import { boundConnectorCalls } from './teams/messenger.js';
import { keepSigningKeysThroughOutages, SigningKeysUnavailableError } from './teams/signing-keys.js';

export const APOLOGY_TEXT =
  'Désolé, un problème technique m’a empêché de répondre. Réessayez dans un instant ; si cela se reproduit, prévenez l’équipe informatique.';

/**
 * The Bot Framework adapter. Without an app id it accepts unauthenticated requests
 * (local use, Playground, Emulator); with one, every request must carry a valid token.
 */
export function createAdapter(
  auth: AppConfig['auth'],
  logger: Logger,
  connectorTimeoutMs = 10_000,
): BotAdapter {
  const { appId, appPassword, appType, tenantId } = auth;
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: appId ?? '',
    MicrosoftAppPassword: appPassword ?? '',
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: tenantId ?? '',
  };
  if (appId) keepSigningKeysThroughOutages(logger);
  const adapter = new BotAdapter(new ReusingAuthentication(options), logger);
  // Every turn, incoming or proactive, gets its connector before the middleware runs.
  adapter.use({
    onTurn: async (context, next) => {
      boundConnectorCalls(context, adapter.ConnectorClientKey, connectorTimeoutMs);
      await next();
    },
  });

  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    // Never the message text: only what identifies the failure.
    logger.error('turn_failed', {
      ...describeError(error),
      activityType: context.activity.type,
      channelId: context.activity.channelId,
    });
    try {
      await context.sendActivity(APOLOGY_TEXT);
    } catch (sendError) {
      logger.error('apology_failed', describeError(sendError));
    }
  };
  return adapter;
}

/** What the HTTP layer sends back to Teams for one activity. */
export type TeamsAnswer = { status: number; body?: unknown };

export const AUTH_REFUSED_TEXT = 'Requête non authentifiée : un jeton Bot Framework valide est attendu.';
export const AUTH_UNAVAILABLE_TEXT =
  'Authentification momentanément impossible (clés de signature Bot Framework injoignables). Réessayez plus tard.';

/**
 * CloudAdapter, answering as CloudAdapter.process does but without its two faults: it
 * prints every refused token's stack trace to stderr, and it answers 500 with the
 * error's message when the signing keys cannot be fetched.
 */
type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type ConnectorFactory = NonNullable<Authenticated['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>[0];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

export class BotAdapter extends CloudAdapter {
  private readonly connectors = new Reused<ConnectorClient>();

  constructor(
    authentication: ConfigurationBotFrameworkAuthentication,
    private readonly logger: Logger,
  ) {
    super(authentication);
  }

  async answer(
    activity: Activity,
    authHeader: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<TeamsAnswer> {
    let authenticated: Authenticated;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (keysUnavailable(error)) {
        this.logger.error('signing_keys_unavailable', {
          errorName: (error as Error).name,
          note: 'Les clés de signature Bot Framework sont injoignables : requêtes refusées (503) jusqu’à leur retour.',
        });
        return { status: 503, body: { error: AUTH_UNAVAILABLE_TEXT } };
      }
      this.logger.warn('auth_refused', { errorName: error instanceof Error ? error.name : typeof error });
      return { status: 401, body: { error: AUTH_REFUSED_TEXT } };
    }
    const response = await this.processActivity(
      {
        ...authenticated,
        ...(authenticated.connectorFactory
          ? { connectorFactory: this.reusing(authenticated.connectorFactory) }
          : {}),
      },
      withDates(activity),
      logic,
    );
    return { status: response?.status ?? 200, body: response?.body };
  }

  /**
   * The connector of an incoming turn is kept for the next ones to the same service URL:
   * the SDK builds a new one per turn, and setting up its HTTP pipeline costs about a tenth
   * of a plain turn. It holds nothing of a turn (its credentials renew their own token);
   * the policies the messenger adds to it are added once. Proactive turns still get
   * their own, since they take the transport retries out of it (messenger.ts).
   */
  private reusing(factory: ConnectorFactory): ConnectorFactory {
    const appId = (factory as { appId?: string }).appId ?? '';
    return {
      create: (serviceUrl: string, audience?: string) =>
        this.connectors.get(JSON.stringify([appId, serviceUrl, audience]), () =>
          factory.create(serviceUrl, audience),
        ),
    };
  }
}

/** Clients kept by key, a few at most (one per service URL): a forged URL cannot make them grow. */
class Reused<T> {
  private static readonly LIMIT = 32;
  private readonly made = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    const known = this.made.get(key);
    if (known) return known;
    const made = make();
    // A client that could not be made is tried again at the next turn.
    made.catch(() => this.made.delete(key));
    keepAtMost(this.made, Reused.LIMIT, key, made);
    return made;
  }
}

/** The same for the user token client, which the SDK also builds at each turn and the bot never changes. */
class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly tokenClients = new Reused<UserTokenClient>();

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    // Where the SDK reads the bot's app id from: the audience, or the Emulator's appid.
    const appId = identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';
    return this.tokenClients.get(appId, () => super.createUserTokenClient(identity));
  }
}

/** No key to check the token against: neither a forgery nor a genuine request can be told. */
function keysUnavailable(error: unknown): boolean {
  if (error instanceof SigningKeysUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  // The SDK's AuthenticationError carries a status: 500 when it could not load the keys.
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number') return status >= 500;
  // node-fetch's errors, should the SDK fetch the keys itself (its refresh not replaced).
  return ['FetchError', 'AbortError', 'TimeoutError'].includes(error.name);
}

/** As botbuilder's validateAndFixActivity: the wire's ISO strings become dates. */
function withDates(activity: Activity): Activity {
  const fields = activity as unknown as Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = fields[field];
    if (typeof value === 'string') {
      fields[raw] = value;
      fields[field] = new Date(value);
    }
  }
  return activity;
}
