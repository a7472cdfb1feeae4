/// <reference types="node" />
// Node types are referenced here only: this test reads the source tree, the core itself never touches Node APIs.
import * as fs from 'fs';
import * as path from 'path';

/** Module prefixes core must never import (DESIGN section 2: core is pure TypeScript). */
const FORBIDDEN = ['@microsoft/', '@pnp/', 'react', '@fluentui', '@microsoft/microsoft-graph-client'];

/** At test time this file runs from lib-commonjs/core; the sources are in <repo>/src/core. */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`No package.json above ${start}`);
    }
    dir = parent;
  }
  return dir;
}

function listTsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listTsFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every module specifier: `import`/`export ... from 'x'` statements (anchored at a line start so string literals
 * such as "choose from 'a'" are not mistaken for imports), side-effect imports, `import('x')` and `require('x')`.
 */
function importedModules(source: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g
  ];
  const found: string[] = [];
  for (const pattern of patterns) {
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(source)) !== null) {
      found.push(match[1]);
    }
  }
  return found;
}

/** Scoped prefixes match anything under them; bare names match the package, its subpaths and its `-` siblings (react-dom). */
function isForbidden(specifier: string): boolean {
  return FORBIDDEN.some((name) =>
    name.endsWith('/') ? specifier.startsWith(name) : specifier === name || specifier.startsWith(`${name}/`) || specifier.startsWith(`${name}-`)
  );
}

describe('core purity', () => {
  const coreDir = path.join(findRepoRoot(__dirname), 'src', 'core');
  // This file names the forbidden packages as test data, so it is the one file the scan skips.
  const files = listTsFiles(coreDir).filter((file) => path.basename(file) !== 'purity.test.ts');

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(path.join('core', 'index.ts')))).toBe(true);
  });

  it('recognises forbidden imports', () => {
    // Built with a join so this sample does not look like a real forbidden import to repository-wide greps.
    const FROM = ['fr', 'om'].join('');
    const sample = `import { spfi } ${FROM} '@pnp/sp';\nexport * ${FROM} "react";\nimport {\n  a\n} ${FROM} '@microsoft/sp-http';\nconst x = require('@fluentui/react');\nconst m = \`choose ${FROM} 'a'\`;`;
    expect(importedModules(sample).sort()).toEqual(['@fluentui/react', '@microsoft/sp-http', '@pnp/sp', 'react']);
    expect(['@pnp/sp', 'react', 'react-dom', '@fluentui/react', '@microsoft/sp-http', '@microsoft/microsoft-graph-client'].every(isForbidden)).toBe(true);
    expect(['./models', '../errors', 'reactive-thing', '@microsoftish/x'].some(isForbidden)).toBe(false);
  });

  it('imports nothing from SPFx, PnPjs, Graph, React or Fluent UI', () => {
    const offenders = files.flatMap((file) => {
      // Tests may use Node modules (this one does); only the SPFx/UI prefixes are forbidden everywhere.
      const specifiers = importedModules(fs.readFileSync(file, 'utf8'));
      return specifiers.filter(isForbidden).map((s) => `${path.relative(coreDir, file)}: ${s}`);
    });
    expect(offenders).toEqual([]);
  });

  it('imports only relative modules outside tests (no runtime dependencies)', () => {
    const offenders = files
      .filter((file) => !/\.test\.tsx?$/.test(file))
      .flatMap((file) => importedModules(fs.readFileSync(file, 'utf8')).filter((s) => !s.startsWith('.')).map((s) => `${path.relative(coreDir, file)}: ${s}`));
    expect(offenders).toEqual([]);
  });
});
