/**
 * Bundles the workbench page (workbench/page/app) with esbuild: the same web part containers and src/data code
 * that SPFx bundles, plus a small shell. SPFx's localised string modules are AMD files resolved by the SPFx loader;
 * here they are resolved from config/config.json's `localizedResources` and evaluated at bundle time instead.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface PageBuildResult {
  readonly outDir: string;
  readonly bytes: number;
  /** Files the browser loads before first paint: the entry and the chunks it imports statically (not lazy ones). */
  readonly initialFiles: readonly string[];
  readonly millis: number;
}

/** The languages the workbench's language switch offers (SPFx locale folders of every loc file). */
export const WORKBENCH_LOCALES = ['en-us', 'fr-fr', 'es-es'] as const;

/** Maps each `localizedResources` module name to its source file for a locale (lib/... -> src/...). */
function localizedModules(root: string, locale: string): Map<string, string> {
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8')) as { localizedResources?: Record<string, string> };
  const modules = new Map<string, string>();
  for (const [name, path] of Object.entries(config.localizedResources ?? {})) {
    modules.set(name, join(root, path.replace(/^lib\//, 'src/').replace('{locale}', locale)));
  }
  return modules;
}

/**
 * Each strings module carries every workbench language and exports the one the page's `?lang=` asks for (else
 * `defaultLocale`), read when the module is first evaluated: the language switch reloads the page, as SPFx loads
 * one language's strings per page.
 */
function localizedStringsPlugin(root: string, defaultLocale: string): Plugin {
  const byLocale = new Map(WORKBENCH_LOCALES.map((locale) => [locale as string, localizedModules(root, locale)]));
  const names = localizedModules(root, defaultLocale);
  return {
    name: 'spfx-localized-strings',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /Strings$/ }, (args) => (names.has(args.path) ? { path: args.path, namespace: 'spfx-strings' } : undefined));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'spfx-strings' }, (args) => {
        // Each AMD file calls define([], factory); capture every language's result, then export the page's one.
        const parts = [...byLocale].map(([locale, modules]) => {
          const file = modules.get(args.path) ?? names.get(args.path)!;
          return `__locale = ${JSON.stringify(locale)};\n${readFileSync(file, 'utf8')}`;
        });
        const contents = [
          'var __all = {}, __locale; function define(_deps, factory) { __all[__locale] = factory(); }',
          ...parts,
          `var __wanted = (new URLSearchParams(globalThis.location ? location.search : '').get('lang') || '').toLowerCase();`,
          `module.exports = __all[__wanted] || __all[${JSON.stringify(defaultLocale)}];`
        ].join('\n');
        return { contents, loader: 'js', resolveDir: root };
      });
    }
  };
}

export async function buildPage(root: string, outDir: string, locale: string = 'en-us'): Promise<PageBuildResult> {
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true }); // chunk names carry hashes: old ones would pile up
  const result = await build({
    entryPoints: [join(root, 'workbench', 'page', 'app', 'main.tsx')],
    outdir: outDir,
    entryNames: 'app',
    bundle: true,
    // ESM with splitting mirrors the SPFx bundle: lazy panels become their own chunks. (An iife bundle would inline
    // them behind lazy module initialisers, which breaks Fluent's circular imports at run time.)
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    metafile: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [localizedStringsPlugin(root, locale)],
    logLevel: 'silent'
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  const initial = new Set<string>();
  const visit = (file: string): void => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of result.metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  const entry = Object.keys(result.metafile.outputs).find((file) => /app\.js$/.test(file));
  if (entry) visit(entry);
  return { outDir, bytes, initialFiles: [...initial].map((file) => join(root, file)), millis: Date.now() - started };
}
