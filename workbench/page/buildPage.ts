/**
 * Bundles the workbench page (workbench/page/app) with esbuild: the same web part containers and src/data code
 * that SPFx bundles, plus a small shell. SPFx's localised string modules are AMD files resolved by the SPFx loader;
 * here they are resolved from config/config.json's `localizedResources` and evaluated at bundle time instead.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageBuildResult {
  readonly outDir: string;
  readonly bytes: number;
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
  const result = await build({
    entryPoints: [join(root, 'workbench', 'page', 'app', 'main.tsx')],
    outdir: outDir,
    entryNames: 'app',
    bundle: true,
    format: 'iife',
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
  return { outDir, bytes, millis: Date.now() - started };
}
