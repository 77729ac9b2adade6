import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { AppConfig } from './config.js';
import { describeError, type Logger } from './logger.js';

export const APOLOGY_TEXT =
  'Désolé, un problème technique m’a empêché de répondre. Réessayez dans un instant ; si cela se reproduit, prévenez l’équipe informatique.';

/**
 * The Bot Framework adapter. Without an app id it accepts unauthenticated requests
 * (local use, Playground, Emulator); with one, every request must carry a valid token.
 */
export function createAdapter(auth: AppConfig['auth'], logger: Logger): CloudAdapter {
  const { appId, appPassword, appType, tenantId } = auth;
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: appId ?? '',
    MicrosoftAppPassword: appPassword ?? '',
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: tenantId ?? '',
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));

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
