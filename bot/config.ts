import { Cron } from 'croner';
import { z } from 'zod';

// Whoever reads a configuration error reads French.
z.config(z.locales.fr());

/**
 * The only place that reads environment variables. Everything else receives
 * a parsed, typed `AppConfig` (or `PackageConfig`) through its constructor.
 */

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const idList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');

const AppConfigSchema = z
  .object({
    /** 0 lets the system pick a free port (tests). */
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./var'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    /** Longest wait for one call to the Bot Connector, and for the HTTP answer to Teams, in ms. */
    CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** Largest request body accepted on /api/messages, in bytes. */
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(10_000_000)
      .default(256 * 1024),
    /** Who may publish AFPA's agenda: Teams user ids (29:…) or Entra object ids, comma-separated. */
    AFPA_STAFF_IDS: idList,
    /** Administrators: what AFPA staff may do, and more to come (habilitations). */
    ADMIN_IDS: idList,
    /** Public address of this server, for the calendar links the bot hands out. */
    PUBLIC_BASE_URL: z.string().url('adresse complète attendue, par ex. https://bot.exemple.fr').optional(),
    /** Largest CSV file accepted for an import, in bytes. */
    MAX_IMPORT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(2_000_000),
    /** Hosts a CSV file sent in the chat may be downloaded from (HTTPS only): exact or *.domain. */
    FILE_DOWNLOAD_HOSTS: z
      .string()
      .default('*.sharepoint.com')
      .transform((value) =>
        value
          .split(',')
          .map((host) => host.trim().toLowerCase())
          .filter((host) => host !== ''),
      ),
    /** Référents habilitated by configuration, beside those AFPA habilitates in Teams. */
    REFERENT_IDS: idList,
    /** Tenants whose requests are served; empty: any tenant (local use). */
    ALLOWED_TENANT_IDS: idList,
    /** The AFPA conversation set by configuration, until an admin designates one in Teams. */
    AFPA_CONVERSATION_ID: optionalText,
    AFPA_SERVICE_URL: z
      .string()
      .url('adresse complète attendue, par ex. https://smba.trafficmanager.net/emea/')
      .optional(),
    /** A prescription still « envoyée » after this many days is recalled to AFPA, then again each time. */
    PRESCRIPTION_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(10),
    /** A prescription without AFPA's answer after this many days expires. */
    PRESCRIPTION_EXPIRY_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Personal fields are erased this many months after a prescription's last event. */
    RETENTION_MONTHS: z.coerce
      .number()
      .int()
      .min(1, 'entre 1 et 36 mois')
      .max(36, 'entre 1 et 36 mois')
      .default(24),
    /** Campaign of the protocol (§ 8): entries until this day included… */
    CAMPAIGN_ENTRY_DEADLINE: isoDate.default('2022-12-31'),
    /** …and parcours finished by this day. An avenant moves both. */
    CAMPAIGN_COMPLETION_DEADLINE: isoDate.default('2023-04-30'),
    /** When the weekly digest goes out, as a cron pattern in Paris time: Monday 08:30. */
    DIGEST_SCHEDULE: z
      .string()
      .trim()
      .default('30 8 * * 1')
      .refine(isCronPattern, 'motif cron attendu, par ex. « 30 8 * * 1 » (lundi 8 h 30)'),
    /** Bearer secret of POST /api/digest; without it, that trigger does not exist. */
    DIGEST_TRIGGER_SECRET: optionalText.pipe(z.string().min(16, 'au moins 16 caractères').optional()),
    /** Requests a second the bot makes to Teams on its own, for the whole app (Teams allows 50 per tenant). */
    TEAMS_RATE_PER_SECOND: z.coerce.number().min(1).max(50).default(20),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: 'obligatoire quand MicrosoftAppType vaut SingleTenant',
      });
    }
    if (Boolean(env.AFPA_CONVERSATION_ID) !== Boolean(env.AFPA_SERVICE_URL)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.AFPA_CONVERSATION_ID ? 'AFPA_SERVICE_URL' : 'AFPA_CONVERSATION_ID'],
        message: 'AFPA_CONVERSATION_ID et AFPA_SERVICE_URL vont ensemble',
      });
    }
    // Caught here rather than at the first eligibility check, which would fail for everyone.
    if (env.CAMPAIGN_COMPLETION_DEADLINE < env.CAMPAIGN_ENTRY_DEADLINE) {
      ctx.addIssue({
        code: 'custom',
        path: ['CAMPAIGN_COMPLETION_DEADLINE'],
        message: 'la fin des parcours ne peut pas précéder CAMPAIGN_ENTRY_DEADLINE',
      });
    }
    if (env.PRESCRIPTION_EXPIRY_DAYS <= env.PRESCRIPTION_REMINDER_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['PRESCRIPTION_EXPIRY_DAYS'],
        message: 'doit dépasser PRESCRIPTION_REMINDER_DAYS',
      });
    }
    if (env.MicrosoftAppType !== 'UserAssignedMSI' && env.MicrosoftAppId && !env.MicrosoftAppPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'obligatoire quand MicrosoftAppId est renseigné',
      });
    }
  });

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  maxBodyBytes: number;
  connectorTimeoutMs: number;
  auth: {
    appId?: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
  };
  campaign: { entryDeadline: string; completionDeadline: string };
  access: { afpaStaffIds: string[]; adminIds: string[]; referentIds: string[] };
  allowedTenantIds: string[];
  afpaConversation?: { conversationId: string; serviceUrl: string };
  prescriptions: { reminderDays: number; expiryDays: number; retentionMonths: number };
  publicBaseUrl: string;
  maxImportBytes: number;
  digest: { schedule: string; triggerSecret?: string };
  teamsRatePerSecond: number;
  fileDownloadHosts: string[];
};

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(configuration)'} : ${issue.message}`);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = AppConfigSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error));
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    connectorTimeoutMs: e.CONNECTOR_TIMEOUT_MS,
    auth: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    campaign: {
      entryDeadline: e.CAMPAIGN_ENTRY_DEADLINE,
      completionDeadline: e.CAMPAIGN_COMPLETION_DEADLINE,
    },
    access: { afpaStaffIds: e.AFPA_STAFF_IDS, adminIds: e.ADMIN_IDS, referentIds: e.REFERENT_IDS },
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    afpaConversation:
      e.AFPA_CONVERSATION_ID && e.AFPA_SERVICE_URL
        ? { conversationId: e.AFPA_CONVERSATION_ID, serviceUrl: e.AFPA_SERVICE_URL }
        : undefined,
    prescriptions: {
      reminderDays: e.PRESCRIPTION_REMINDER_DAYS,
      expiryDays: e.PRESCRIPTION_EXPIRY_DAYS,
      retentionMonths: e.RETENTION_MONTHS,
    },
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    maxImportBytes: e.MAX_IMPORT_BYTES,
    digest: { schedule: e.DIGEST_SCHEDULE, triggerSecret: e.DIGEST_TRIGGER_SECRET },
    teamsRatePerSecond: e.TEAMS_RATE_PER_SECOND,
    fileDownloadHosts: e.FILE_DOWNLOAD_HOSTS,
  };
}

const PackageConfigSchema = z.object({
  MicrosoftAppId: z.string().trim().uuid('doit être l’identifiant (GUID) de l’application Azure Bot'),
  BOT_DOMAIN: z
    .string()
    .trim()
    .regex(/^[a-z0-9.-]+(:\d+)?$/i, 'nom de domaine sans https:// ni chemin, par ex. bot.cd82.fr'),
  APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .default('1.0.0'),
});
export type PackageConfig = { appId: string; domain: string; version: string };

/** What `npm run package` needs to fill the Teams manifest. */
export function loadPackageConfig(env: Record<string, string | undefined> = process.env): PackageConfig {
  const parsed = PackageConfigSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error));
  return {
    appId: parsed.data.MicrosoftAppId,
    domain: parsed.data.BOT_DOMAIN,
    version: parsed.data.APP_VERSION,
  };
}
