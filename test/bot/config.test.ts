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
