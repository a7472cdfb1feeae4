/**
 * Serves the workbench page beside the emulator (same origin, so the page's PnPjs calls carry the sign-in cookie):
 *   GET /                 the page shell, with the site URL and demo users embedded
 *   GET /app.js(.map)     the bundle built by buildPage, and its lazy chunks under /chunks/
 *   GET /_workbench/users the demo users and their roles (for the "signed in as" picker)
 *   GET /_workbench/fonts/ Fluent's icon font files from the installed @fluentui/font-icons-mdl2 (the workbench
 *                         works offline; SharePoint serves them from its CDN in production)
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { EmulatorHandle } from '../emulator';
import { DEMO_USERS } from '../seed/demoUsers';

const STATIC_FILES: Readonly<Record<string, string>> = {
  '/app.js': 'application/javascript; charset=utf-8',
  '/app.js.map': 'application/json; charset=utf-8',
  '/app.css': 'text/css; charset=utf-8'
};

/** Demo users as the page needs them (no e-mail: the picker shows names and roles only). */
function pageUsers(): { loginName: string; title: string; role: string; jobTitle: string }[] {
  return DEMO_USERS.map((u) => ({ loginName: u.loginName, title: u.title, role: u.role, jobTitle: u.jobTitle }));
}

/** JSON for a <script type="application/json"> block: `<` escaped so no value can close the script element. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function pageHtml(siteUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data &amp; AI Governance Suite - workbench</title>
<style>html,body{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif}</style>
</head>
<body>
<div id="workbench-root"></div>
<script type="application/json" id="workbench-config">${safeJson({ siteUrl, users: pageUsers() })}</script>
<script type="module" src="/app.js"></script>
</body>
</html>`;
}

/** Where the page's `initializeIcons` looks for the icon font (see main.tsx). */
export const ICON_FONT_PATH = '/_workbench/fonts/';

/** The installed icon font folder, found from the package's entry point (lib-commonjs/index.js) wherever npm put it. */
const ICON_FONT_DIR = join(dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

export function mountPageRoutes(emulator: EmulatorHandle, outDir: string): void {
  emulator.mount(async (req, res, url) => {
    if (req.method !== 'GET') return false;
    if (url.pathname === '/' || url.pathname === '/index.html') {
      send(res, 200, 'text/html; charset=utf-8', pageHtml(emulator.siteUrl));
      return true;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return true;
    }
    // Font files: plain names only (no path can leave the font folder).
    const font = url.pathname.startsWith(ICON_FONT_PATH) ? url.pathname.slice(ICON_FONT_PATH.length) : undefined;
    if (font !== undefined) {
      const body = /^[\w.-]+\.woff2?$/.test(font) && !font.includes('..') ? await readFile(join(ICON_FONT_DIR, font)).catch(() => undefined) : undefined;
      if (body === undefined) send(res, 404, 'text/plain; charset=utf-8', 'No such font.');
      else send(res, 200, font.endsWith('2') ? 'font/woff2' : 'font/woff', body);
      return true;
    }
    if (url.pathname === '/_workbench/users') {
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(pageUsers()));
      return true;
    }
    // Lazy chunks: plain names only, so no path can leave the output folder.
    const chunk = /^\/chunks\/[\w.-]+\.js(\.map)?$/.test(url.pathname) && !url.pathname.includes('..');
    const contentType = STATIC_FILES[url.pathname] ?? (chunk ? STATIC_FILES[url.pathname.endsWith('.map') ? '/app.js.map' : '/app.js'] : undefined);
    if (contentType) {
      try {
        send(res, 200, contentType, await readFile(join(outDir, url.pathname.slice(1))));
      } catch {
        send(res, 404, 'text/plain; charset=utf-8', 'Not built: run npm start.');
      }
      return true;
    }
    return false;
  });
}
