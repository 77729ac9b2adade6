/**
 * The compiled bot that `npm start` runs: bot/index.ts and everything it imports,
 * node_modules included, bundled by esbuild into dist/bot.mjs.
 *
 * Why a bundle: compiling TypeScript at every start (tsx) cost about 2.5 s, and loading
 * some 3,000 CommonJS and ESM files one by one (resolution, stat, read, wrap) about as
 * much again; one file loads in a fraction of that, and only the date-fns functions
 * and the French locale that are used are kept. Plain JavaScript, so that it runs
 * before anything is compiled.
 *
 * `node bot/bundle.mjs` builds it (the `prepare` script, run by `npm install` and
 * `npm ci`); bot/start.mjs rebuilds it first whenever it is not current.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'dist', 'bot.mjs');
/** What the bundle was built from, and when: the start checks it without loading esbuild. */
const MANIFEST = join(ROOT, 'dist', 'bot.inputs.json');
/**
 * Besides the sources the bundle holds: an install or an update of the dependencies
 * (npm rewrites node_modules/.package-lock.json each time) and this script itself.
 */
const ALWAYS_CHECKED = ['node_modules/.package-lock.json', 'package-lock.json', 'bot/bundle.mjs'];

/**
 * True when dist/bot.mjs was built after the last change to any file it was built
 * from: about 150 stat calls, a millisecond or two. A file gone counts as a change.
 */
export function bundleIsCurrent() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    statSync(BUNDLE);
  } catch {
    return false;
  }
  for (const file of [...manifest.inputs, ...ALWAYS_CHECKED]) {
    try {
      if (statSync(join(ROOT, file)).mtimeMs > manifest.startedAt) return false;
    } catch {
      if (!ALWAYS_CHECKED.includes(file)) return false;
    }
  }
  return true;
}

/**
 * Imported from their own folder at run time, not bundled: packages that find files beside
 * their own code (time-zone files, a worker script), which would look beside dist/bot.mjs
 * once bundled, and fail there.
 */
const KEPT_IN_PLACE = ['@touch4it/ical-timezones', 'pino', 'thread-stream', 'open'];
/**
 * Single files imported from their place too: botframework-connector's OpenIdMetadata, which
 * bot/teams/signing-keys.ts reaches by its file to patch its key refresh. Bundled, the SDK
 * would use a copy of the class that the patch never reaches.
 */
const FILES_KEPT_IN_PLACE = [
  { specifier: /^\.\/openIdMetadata(\.js)?$/, file: 'botframework-connector/lib/auth/openIdMetadata.js' },
];
const NEVER_BUNDLED = ['dtrace-provider', 'vite'];
/**
 * Checked on the output, so that a dependency update that brings one more such package
 * fails the build (and `npm start` falls back to the sources) instead of failing in use.
 */
const LOOKS_BESIDE_ITSELF =
  /\b__dirname\b|\b__filename\b|\brequire\.resolve\b|\bimport\.meta\.(url|dirname|filename)\b/g;

/** The app's own files keep their place: `import.meta.url` still names the source file, so that
 * the agreement's text, the tab's folder and each command's « am I the main module » check hold. */
const appImportMetaUrl = {
  name: 'app-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      if (path.split(sep).includes('node_modules')) return undefined;
      const source = await readFile(path, 'utf8');
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
        loader: 'ts',
      };
    });
  },
};

/**
 * Imports what is kept in place by its path from dist/, the file Node would resolve from
 * its dependent: a nested copy of a package stays the one its dependent gets.
 */
const keepInPlace = {
  name: 'keep-in-place',
  setup(build) {
    const external = async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return undefined;
      const fromDist = relative(dirname(BUNDLE), resolved.path).split(sep).join('/');
      return { path: fromDist.startsWith('.') ? fromDist : `./${fromDist}`, external: true };
    };
    const names = KEPT_IN_PLACE.map((name) => name.replace('/', '\\/')).join('|');
    build.onResolve({ filter: new RegExp(`^(${names})(/|$)`) }, external);
    for (const { specifier, file } of FILES_KEPT_IN_PLACE)
      // Only from the file's own folder: another package may have a file of the same name.
      build.onResolve({ filter: specifier }, (args) =>
        args.importer
          .split(sep)
          .join('/')
          .includes(`/node_modules/${dirname(file)}/`)
          ? external(args)
          : undefined,
      );
  },
};

/**
 * botbuilder-dialogs' index files load every dialog and prompt when the package is
 * imported, the date-time prompt with its recognizers among them (about 150 ms of each
 * start); the bot uses a handful. In the bundle, each `__exportStar(require("./x"), exports)`
 * of these files becomes getters that load ./x at the first use of one of its names: the
 * same names, the same objects, loaded later.
 */
const LAZY_BARRELS = /[\\/]node_modules[\\/]botbuilder-dialogs[\\/]lib[\\/](prompts[\\/])?index\.js$/;
const EXPORT_STAR = /^__exportStar\(require\("(\.[^"]+)"\), exports\);$/gm;

const lazyBarrels = {
  name: 'lazy-barrels',
  setup(build) {
    build.onLoad({ filter: LAZY_BARRELS }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      // The names each module exports, read by loading it here, at build time.
      const load = createRequire(path);
      const contents = source.replace(EXPORT_STAR, (_, specifier) => {
        const names = Object.keys(load(specifier)).filter(
          (name) => name !== 'default' && name !== '__esModule',
        );
        return `for (const name of ${JSON.stringify(names)}) if (!Object.prototype.hasOwnProperty.call(exports, name)) Object.defineProperty(exports, name, { enumerable: true, get: () => require(${JSON.stringify(specifier)})[name] });`;
      });
      return { contents, loader: 'js' };
    });
  },
};

/** The places in the output where bundled code looks beside itself (the banner's own use left aside). */
function lookingBesideThemselves(code) {
  const banner = code.indexOf('\n') + 1;
  return [...code.slice(banner).matchAll(LOOKS_BESIDE_ITSELF)].map((match) =>
    code.slice(Math.max(banner, banner + match.index - 80), banner + match.index + 40).replace(/\s+/g, ' '),
  );
}

/** Builds dist/bot.mjs (and dist/tab-build.mjs, for `prepare`), then writes what it was built from. */
export async function buildBundle() {
  const startedAt = Date.now();
  const { build } = await import('esbuild');
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: NEVER_BUNDLED,
    logLevel: 'error',
    // CommonJS modules inside an ES module bundle still call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  };
  const result = await build({
    ...common,
    entryPoints: { bot: 'bot/index.ts', 'tab-build': 'bot/tab-build.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    write: false,
    plugins: [appImportMetaUrl, keepInPlace, lazyBarrels],
  });
  // A file kept in place that got bundled all the same (a new way to import it) is a copy the patch misses.
  for (const { file } of FILES_KEPT_IN_PLACE)
    if (Object.keys(result.metafile.inputs).some((input) => input.endsWith(file)))
      throw new Error(`${file} was bundled: it must be imported from its place`);
  for (const file of result.outputFiles) {
    const found = lookingBesideThemselves(file.text);
    if (found.length > 0)
      throw new Error(
        `${relative(ROOT, file.path)}: bundled code looks for files beside itself: ${found.join(' | ')}`,
      );
  }
  await mkdir(dirname(BUNDLE), { recursive: true });
  // Written aside then renamed: a bot starting meanwhile (a test, a second terminal) reads a whole file.
  for (const file of result.outputFiles) {
    const aside = `${file.path}.${process.pid}.tmp`;
    await writeFile(aside, file.contents);
    await rename(aside, file.path);
  }
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'));
  const aside = `${MANIFEST}.${process.pid}.tmp`;
  await writeFile(aside, JSON.stringify({ startedAt, inputs }, null, 2));
  await rename(aside, MANIFEST);
  return { inputs: inputs.length };
}

/** Removes the bundle, so that a failed build never leaves an old one looking current. */
export async function removeBundle() {
  await rm(MANIFEST, { force: true });
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  await removeBundle();
  const started = performance.now();
  const built = await buildBundle();
  process.stdout.write(
    `dist/bot.mjs : ${built.inputs} fichiers du bot, construit en ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
