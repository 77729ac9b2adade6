import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { recognizeCommand } from '../../dialogs/commands.js';
import { loadPackageConfig, type PackageConfig } from '../../bot/config.js';
import {
  buildManifest,
  buildPackage,
  loadTemplate,
  ManifestValidationError,
  validateManifest,
} from '../../manifest/build-package.js';

const cfg: PackageConfig = {
  appId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  domain: 'assistant-afpa.cd82.fr',
  version: '1.2.3',
};

const manifestDir = fileURLToPath(new URL('../../manifest/', import.meta.url));

type Command = { title: string; description?: string };
type BuiltManifest = {
  id: string;
  version: string;
  manifestVersion: string;
  validDomains: string[];
  developer: Record<string, string>;
  bots: { botId?: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
};

async function builtManifest(): Promise<BuiltManifest> {
  return buildManifest(await loadTemplate(), cfg) as BuiltManifest;
}

async function readIcon(name: string): Promise<PNG> {
  return PNG.sync.read(await readFile(join(manifestDir, name)));
}

describe('Teams manifest', () => {
  it('validates against the bundled official Teams schema with zero errors', async () => {
    expect(await validateManifest(await builtManifest())).toEqual([]);
  });

  it('reports errors for a manifest Teams would reject', async () => {
    const withoutBotId = await builtManifest();
    delete withoutBotId.bots[0]!.botId;
    expect((await validateManifest(withoutBotId)).join('\n')).toMatch(/botId/);

    const wrongVersion = { ...(await builtManifest()), manifestVersion: '9.99' };
    expect((await validateManifest(wrongVersion)).join('\n')).toMatch(/manifestVersion/);

    const unknownSchema = { ...(await builtManifest()), $schema: 'https://example.org/schema.json' };
    expect(await validateManifest(unknownSchema)).toHaveLength(1);
  });

  it('adds the personal tab « Agenda & places » beside the chat, on a valid domain', async () => {
    const manifest = (await builtManifest()) as BuiltManifest & {
      staticTabs: Array<{ entityId: string; name?: string; contentUrl?: string; scopes: string[] }>;
    };
    // Declaring a static tab hides the bot's chat unless « conversations » is listed too.
    expect(manifest.staticTabs.map((t) => t.entityId)).toEqual(['conversations', 'agenda']);
    const tab = manifest.staticTabs[1]!;
    expect(tab).toMatchObject({ name: 'Agenda & places', scopes: ['personal'] });
    expect(tab.contentUrl).toBe('https://assistant-afpa.cd82.fr/tab/');
    expect(manifest.validDomains).toContain(new URL(tab.contentUrl!).host);
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('fills every placeholder from the package configuration', async () => {
    const manifest = await builtManifest();
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.id).toBe(cfg.appId);
    expect(manifest.bots[0]!.botId).toBe(cfg.appId);
    expect(manifest.version).toBe(cfg.version);
    expect(manifest.validDomains).toEqual([cfg.domain]);
    expect(manifest.developer.privacyUrl).toBe(`https://${cfg.domain}/privacy`);
  });

  it('leaves the template untouched', async () => {
    const template = await loadTemplate();
    const before = JSON.stringify(template);
    buildManifest(template, cfg);
    expect(JSON.stringify(template)).toBe(before);
  });

  it('names a placeholder it cannot fill', async () => {
    const template = { ...(await loadTemplate()), webApplicationInfo: { id: '${{AAD_APP_ID}}' } };
    expect(() => buildManifest(template, cfg)).toThrow(/\$\{\{AAD_APP_ID\}\}/);
  });

  it('lists exactly the commands that work today, in every bot scope', async () => {
    const bot = (await builtManifest()).bots[0]!;
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.commandLists.flatMap((list) => list.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of bot.commandLists) {
      const expected = list.scopes.includes('personal')
        ? ['aide', 'dispositifs', 'éligibilité', 'prescrire', 'mes prescriptions']
        : ['aide', 'dispositifs', 'éligibilité', 'recevoir les prescriptions ici'];
      expect(list.commands.map((command) => command.title)).toEqual(expected);
      // Only commands that work: each one is a command the bot recognises.
      for (const command of list.commands)
        expect(recognizeCommand(command.title), command.title).toBeDefined();
    }
  });

  it('ships a 192×192 opaque colour icon', async () => {
    const color = await readIcon('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const translucent = color.data.filter((_, i) => i % 4 === 3).some((alpha) => alpha !== 255);
    expect(translucent).toBe(false);
  });

  it('ships a 32×32 outline icon made only of white and transparent pixels', async () => {
    const outline = await readIcon('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const offending: number[] = [];
    let visible = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) continue;
      visible++;
      if (r !== 255 || g !== 255 || b !== 255) offending.push(i / 4);
    }
    expect(offending).toEqual([]);
    expect(visible).toBeGreaterThan(0);
  });
});

describe('buildPackage', () => {
  const tempDirs: string[] = [];
  afterAll(async () => {
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('writes a zip with manifest.json and both icons at its root', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'teams-package-'));
    tempDirs.push(outDir);

    const zipPath = await buildPackage(cfg, outDir);

    expect(zipPath).toBe(join(outDir, 'appPackage.zip'));
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as BuiltManifest;
    expect(manifest.id).toBe(cfg.appId);
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('refuses to package a manifest the schema rejects', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'teams-package-'));
    tempDirs.push(outDir);
    // loadPackageConfig would stop this id first; buildPackage must not rely on it.
    const promise = buildPackage({ ...cfg, appId: 'pas-un-guid' }, outDir);
    await expect(promise).rejects.toBeInstanceOf(ManifestValidationError);
    await expect(promise).rejects.toThrow(/Manifeste Teams invalide/);
  });
});

describe('loadPackageConfig', () => {
  it('names MicrosoftAppId when it is not a GUID', () => {
    expect(() => loadPackageConfig({ MicrosoftAppId: 'mon-bot', BOT_DOMAIN: 'bot.cd82.fr' })).toThrow(
      /MicrosoftAppId/,
    );
  });
});
