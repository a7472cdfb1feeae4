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

/** Maps each `localizedResources` module name to its source file for a locale (lib/... -> src/...). */
function localizedModules(root: string, locale: string): Map<string, string> {
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8')) as { localizedResources?: Record<string, string> };
  const modules = new Map<string, string>();
  for (const [name, path] of Object.entries(config.localizedResources ?? {})) {
    modules.set(name, join(root, path.replace(/^lib\//, 'src/').replace('{locale}', locale)));
  }
  return modules;
}

function localizedStringsPlugin(root: string, locale: string): Plugin {
  const modules = localizedModules(root, locale);
  return {
    name: 'spfx-localized-strings',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /Strings$/ }, (args) => {
        const file = modules.get(args.path);
        return file ? { path: file, namespace: 'spfx-strings' } : undefined;
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: 'spfx-strings' }, (args) => {
        // The AMD file calls define([], factory); capture the factory's result as the module's export.
        const source = readFileSync(args.path, 'utf8');
        return { contents: `var __strings; function define(_deps, factory) { __strings = factory(); }\n${source}\nmodule.exports = __strings;`, loader: 'js' };
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
