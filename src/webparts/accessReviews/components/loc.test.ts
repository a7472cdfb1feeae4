/** Every locale of the Access Reviews strings has exactly the keys (and map keys) of en-us, so no text falls back to a blank. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;

function keysOf(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' && v !== null ? keysOf(v as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`])).sort();
}

describe('Access Reviews strings', () => {
  const english = loadAmdStrings('src/webparts/accessReviews/loc/en-us.js');
  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the same keys as en-us, none empty`, () => {
      const other = loadAmdStrings(`src/webparts/accessReviews/loc/${locale}.js`);
      expect(keysOf(other)).toEqual(keysOf(english));
      expect(keysOf(other).filter((k) => k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], other) === '')).toEqual([]);
    });
  }
});
