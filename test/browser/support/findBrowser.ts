/**
 * Finds the Chromium the browser tests drive, so `npm ci && npm test` works on a fresh machine (issue 22). Never a
 * browser a tool downloads at test time. In order:
 * 1. `CHROMIUM_PATH`, when set (it must exist);
 * 2. a system Chromium, Chrome or Edge at the usual paths of Linux, macOS and Windows (skipped when
 *    `BROWSER_SOURCE=npm`, which CI uses to prove the next step);
 * 3. the Chromium shipped inside the npm package `@sparticuz/chromium` (a devDependency, Linux x64): unpacked
 *    to the temporary folder; when the system lacks libraries it needs (`ldd` says "not found"), the package's
 *    bundled libraries are unpacked too and put on the browser's library path, with its fonts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FoundBrowser {
  readonly executablePath: string;
  /** Where it came from, printed by the tests ("system: /usr/bin/chromium", "npm: @sparticuz/chromium 153"). */
  readonly source: string;
  /** Environment for the browser process (the library path and fonts of the npm Chromium when needed). */
  readonly env?: Record<string, string>;
}

/** Usual install paths per platform, most common first. */
export function systemCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    return ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
      .map((app) => `/Applications/${app}`);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => typeof r === 'string' && r !== '');
    return roots.flatMap((root) => [join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge', '/snap/bin/chromium'];
}

/** Shared libraries `ldd` cannot resolve for `binary` (empty when ldd is missing: then we try as is). */
function missingLibraries(binary: string, env: NodeJS.ProcessEnv): string[] {
  try {
    const output = execFileSync('ldd', [binary], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] });
    return output.split('\n').filter((line) => line.includes('not found')).map((line) => line.trim().split(' ')[0]);
  } catch {
    return [];
  }
}

interface SparticuzModule {
  readonly default: { executablePath(input?: string): Promise<string> };
  inflate(filePath: string): Promise<string>;
}

async function npmChromium(): Promise<FoundBrowser> {
  let module: SparticuzModule;
  let root: string;
  try {
    module = (await import('@sparticuz/chromium')) as unknown as SparticuzModule;
    // The package exports only its entry (build/index.js); its folder holds package.json and bin/.
    root = join(dirname(require.resolve('@sparticuz/chromium')), '..');
  } catch (error) {
    throw new Error(`No browser found: set CHROMIUM_PATH, install Chromium, Chrome or Edge, or keep the npm package @sparticuz/chromium (a devDependency, Linux x64). (${String(error)})`);
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const executablePath = await module.default.executablePath(join(root, 'bin'));
  const missing = missingLibraries(executablePath, process.env);
  if (missing.length === 0) return { executablePath, source: `npm: @sparticuz/chromium ${version}` };
  // The package ships the libraries its Chromium needs (built for Amazon Linux 2023) and fonts: unpack them next to it.
  await module.inflate(join(root, 'bin', 'al2023.tar.br'));
  const libraries = join(tmpdir(), 'al2023', 'lib');
  const env = {
    LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? join(tmpdir(), 'fonts')
  };
  const still = missingLibraries(executablePath, { ...process.env, ...env });
  if (still.length > 0) throw new Error(`The npm Chromium still lacks ${still.join(', ')}: install Debian's chromium package or set CHROMIUM_PATH.`);
  return { executablePath, source: `npm: @sparticuz/chromium ${version} with its bundled libraries`, env };
}

let found: Promise<FoundBrowser> | undefined;

/** The browser to drive (looked up once per process). */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= (async () => {
    const configured = process.env.CHROMIUM_PATH;
    if (configured) {
      if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, which does not exist.`);
      return { executablePath: configured, source: `CHROMIUM_PATH: ${configured}` };
    }
    if (process.env.BROWSER_SOURCE !== 'npm') {
      const system = systemCandidates().find((path) => existsSync(path));
      if (system) return { executablePath: system, source: `system: ${system}` };
    }
    return npmChromium();
  })();
  return found;
}
