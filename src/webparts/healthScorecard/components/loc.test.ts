/** Every locale of the Health Scorecard strings has exactly the keys of en-us, none empty, and keeps its placeholders. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;

const placeholders = (text: unknown): string[] => (typeof text === 'string' ? (text.match(/\{\d+\}/g) ?? []).sort() : []);

describe('Health Scorecard strings', () => {
  const english = loadAmdStrings('src/webparts/healthScorecard/loc/en-us.js');
  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the keys and placeholders of en-us, none empty`, () => {
      const other = loadAmdStrings(`src/webparts/healthScorecard/loc/${locale}.js`);
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      expect(Object.keys(other).filter((key) => other[key] === '')).toEqual([]);
      expect(Object.keys(english).filter((key) => placeholders(english[key]).join() !== placeholders(other[key]).join())).toEqual([]);
    });
  }
});

// A module, so its names stay its own.
export {};
