import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.dataDir).toBe('./var');
    expect(config.logLevel).toBe('info');
    expect(config.auth.appId).toBeUndefined();
    expect(config.campaign).toEqual({ entryDeadline: '2022-12-31', completionDeadline: '2023-04-30' });
  });

  it('gives the prescription defaults of the issue: reminder at 10 days, expiry at 30, retention 24 months', () => {
    const config = loadConfig({});
    expect(config.prescriptions).toEqual({ reminderDays: 10, expiryDays: 30, retentionMonths: 24 });
    expect(config.access.referentIds).toEqual([]);
    expect(config.allowedTenantIds).toEqual([]);
    expect(config.afpaConversation).toBeUndefined();
  });

  it('reads the lists and the AFPA conversation', () => {
    const config = loadConfig({
      REFERENT_IDS: '29:a, 29:b',
      ALLOWED_TENANT_IDS: 'tenant-1',
      AFPA_CONVERSATION_ID: '19:abc@thread.tacv2',
      AFPA_SERVICE_URL: 'https://smba.trafficmanager.net/emea/',
    });
    expect(config.access.referentIds).toEqual(['29:a', '29:b']);
    expect(config.allowedTenantIds).toEqual(['tenant-1']);
    expect(config.afpaConversation).toEqual({
      conversationId: '19:abc@thread.tacv2',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
    });
  });

  it('treats an empty app id as no app id (local use)', () => {
    expect(loadConfig({ MicrosoftAppId: '  ' }).auth.appId).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ MicrosoftAppType: 'Other' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [
      { MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppTenantId',
    ],
    [{ CAMPAIGN_ENTRY_DEADLINE: '31/12/2022' }, 'CAMPAIGN_ENTRY_DEADLINE'],
    [{ CAMPAIGN_ENTRY_DEADLINE: '2027-12-31' }, 'CAMPAIGN_COMPLETION_DEADLINE'],
    [{ RETENTION_MONTHS: '0' }, 'RETENTION_MONTHS'],
    [{ RETENTION_MONTHS: '37' }, 'RETENTION_MONTHS'],
    [{ AFPA_CONVERSATION_ID: '19:abc@thread.tacv2' }, 'AFPA_SERVICE_URL'],
    [{ AFPA_SERVICE_URL: 'https://smba.trafficmanager.net/emea/' }, 'AFPA_CONVERSATION_ID'],
    [{ PRESCRIPTION_REMINDER_DAYS: '10', PRESCRIPTION_EXPIRY_DAYS: '10' }, 'PRESCRIPTION_EXPIRY_DAYS'],
  ])('refuses %j with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(name));
  });

  it('accepts a complete authenticated configuration', () => {
    const config = loadConfig({
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant',
    });
    expect(config.auth).toEqual({
      appId: 'id',
      appPassword: 'secret',
      appType: 'SingleTenant',
      tenantId: 'tenant',
    });
  });
});
