/** Every locale of the Governance roles strings has exactly the keys of en-us (and the d.ts's), none empty. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readFileSync } = require('fs') as typeof import('fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dirname, resolve } = require('path') as typeof import('path');

/** The project root, found as the strings loader finds it (tests may run from a compiled copy of src). */
const ROOT = resolve(dirname(require.resolve('../../../../config/jest/loadAmdStrings')), '..', '..');

function keysOf(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? keysOf(v as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`])).sort();
}

describe('Governance roles strings', () => {
  const english = loadAmdStrings('src/webparts/governanceRoles/loc/en-us.js');

  it('en-us has every key the d.ts declares', () => {
    const declared = [...readFileSync(resolve(ROOT, 'src/webparts/governanceRoles/loc/mystrings.d.ts'), 'utf8').matchAll(/^ {2}(\w+): /gm)].map((m) => m[1]).sort();
    expect(keysOf(english)).toEqual(declared);
  });

  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the same keys as en-us, none empty, the export headers as many`, () => {
      const other = loadAmdStrings(`src/webparts/governanceRoles/loc/${locale}.js`);
      expect(keysOf(other)).toEqual(keysOf(english));
      expect(Object.entries(other).filter(([, v]) => v === '').map(([k]) => k)).toEqual([]);
      expect((other.ExportHeaders as string[]).length).toBe((english.ExportHeaders as string[]).length);
    });
  }
});

export {};
