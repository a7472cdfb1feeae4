/** Every locale of the ownership strings (`OwnershipStrings`) has exactly the keys of en-us (and the d.ts's), none empty. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readFileSync } = require('fs') as typeof import('fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dirname, resolve } = require('path') as typeof import('path');

/** The project root, found as the strings loader finds it (tests may run from a compiled copy of src). */
const ROOT = resolve(dirname(require.resolve('../../../../config/jest/loadAmdStrings')), '..', '..');

/** Keys with the plural forms of a count string as `Key.one`, `Key.other`. */
function keysOf(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? keysOf(v as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`])).sort();
}

function emptyKeys(value: Record<string, unknown>): string[] {
  return keysOf(value).filter((key) => key.split('.').reduce<unknown>((v, part) => (v as Record<string, unknown>)[part], value) === '');
}

describe('Ownership strings', () => {
  const english = loadAmdStrings('src/webparts/ownershipApprovals/loc/en-us.js');

  it('en-us has every key the d.ts declares', () => {
    const declared = [...readFileSync(resolve(ROOT, 'src/webparts/ownershipApprovals/loc/mystrings.d.ts'), 'utf8').matchAll(/^ {2}(\w+): /gm)].map((m) => m[1]).sort();
    expect(Object.keys(english).sort()).toEqual(declared);
  });

  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the same keys as en-us (plural forms included), none empty`, () => {
      const other = loadAmdStrings(`src/webparts/ownershipApprovals/loc/${locale}.js`);
      expect(keysOf(other)).toEqual(keysOf(english));
      expect(emptyKeys(other)).toEqual([]);
    });
  }
});

export {};
