import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { ConfigError, loadPackageConfig, type PackageConfig } from '../bot/config.js';

/**
 * Builds the zip a Teams admin uploads (`npm run package`): the template with
 * its placeholders filled from the package configuration, checked against the
 * official Teams schema bundled in @microsoft/app-manifest, and the two icons.
 */

const MANIFEST_DIR = dirname(fileURLToPath(import.meta.url));
export const TEMPLATE_PATH = join(MANIFEST_DIR, 'manifest.template.json');
export const ICON_FILES = ['color.png', 'outline.png'] as const;
export const PACKAGE_FILE_NAME = 'appPackage.zip';

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
// Looser than PLACEHOLDER on purpose: a typo such as `${{ BOT-DOMAIN }}` must be
// reported, not silently shipped to Teams.
const ANY_PLACEHOLDER = /\$\{\{[^}]*\}\}/g;

// Only these URLs map to a schema file shipped in the package; any other
// `$schema` would make the library download it, and the build runs offline.
const BUNDLED_TEAMS_SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v\d+\.\d+)\/MicrosoftTeams\.schema\.json$/;
const appManifestRoot = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));

/** Raised when the manifest breaks the Teams schema; `errors` lists each problem. */
export class ManifestValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(`Manifeste Teams invalide, paquet non créé :\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'ManifestValidationError';
  }
}

export async function loadTemplate(path: string = TEMPLATE_PATH): Promise<object> {
  return JSON.parse(await readFile(path, 'utf8')) as object;
}

function placeholderValues(cfg: PackageConfig): Record<string, string> {
  return { MicrosoftAppId: cfg.appId, BOT_DOMAIN: cfg.domain, APP_VERSION: cfg.version };
}

function fillPlaceholders(value: unknown, values: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
  }
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, values)]),
    );
  }
  return value;
}

/** Returns a new manifest with every `${{NAME}}` replaced; the template is left untouched. */
export function buildManifest(template: object, cfg: PackageConfig): object {
  const manifest = fillPlaceholders(template, placeholderValues(cfg)) as object;
  const leftovers = [...new Set(JSON.stringify(manifest).match(ANY_PLACEHOLDER) ?? [])];
  if (leftovers.length > 0) {
    throw new Error(`Variables non remplacées dans le manifeste Teams : ${leftovers.join(', ')}`);
  }
  return manifest;
}

async function bundledSchemaProblem(schemaUrl: unknown): Promise<string | undefined> {
  if (typeof schemaUrl !== 'string') return '$schema : propriété obligatoire (URL du schéma Teams)';
  const version = BUNDLED_TEAMS_SCHEMA_URL.exec(schemaUrl)?.[1];
  const file =
    version && join(appManifestRoot, 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
  const bundled = file
    ? await access(file).then(
        () => true,
        () => false,
      )
    : false;
  return bundled
    ? undefined
    : `$schema : ${schemaUrl} n’est pas un schéma Teams fourni par @microsoft/app-manifest`;
}

/**
 * Errors of the manifest against the Teams schema its `$schema` names, checked
 * offline; an empty list means Teams will accept the manifest's structure.
 */
export async function validateManifest(manifest: object): Promise<string[]> {
  const problem = await bundledSchemaProblem((manifest as { $schema?: unknown }).$schema);
  if (problem) return [problem];
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest);
}

/** Writes `<outDir>/appPackage.zip` and returns its absolute path; refuses an invalid manifest. */
export async function buildPackage(cfg: PackageConfig, outDir: string = 'build'): Promise<string> {
  const manifest = buildManifest(await loadTemplate(), cfg);
  const errors = await validateManifest(manifest);
  if (errors.length > 0) throw new ManifestValidationError(errors);

  // A fixed date keeps the zip identical for identical inputs, so a rebuild
  // does not look like a new version to whoever compares packages.
  const date = new Date('2022-01-01T00:00:00Z');
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const icon of ICON_FILES) {
    zip.file(icon, await readFile(join(MANIFEST_DIR, icon)), { date });
  }
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  await mkdir(outDir, { recursive: true });
  const zipPath = resolve(outDir, PACKAGE_FILE_NAME);
  await writeFile(zipPath, content);
  return zipPath;
}

async function main(): Promise<void> {
  try {
    const zipPath = await buildPackage(loadPackageConfig());
    console.log(`Paquet Teams créé : ${zipPath}`);
  } catch (error) {
    // These two are the operator's to fix; a stack trace would only hide the message.
    if (error instanceof ConfigError || error instanceof ManifestValidationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
