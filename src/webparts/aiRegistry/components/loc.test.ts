/** Every locale of the AI Registry strings has exactly the keys (and map keys) of en-us; the crosswalk's names every framework and status. */
import { FRAMEWORK_IDS, MAPPING_STRENGTHS } from '../../../core/frameworks/types';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;

function keysOf(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? keysOf(v as Record<string, unknown>, `${prefix}${key} > `) : [`${prefix}${key}`])).sort();
}

function emptyTexts(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? emptyTexts(v as Record<string, unknown>, `${prefix}${key} > `) : v === '' ? [`${prefix}${key}`] : []));
}

describe('AI Registry strings', () => {
  const english = loadAmdStrings('src/webparts/aiRegistry/loc/en-us.js') as unknown as IAIRegistryStrings;

  it('en-us names every framework, coverage status and mapping strength of the crosswalk', () => {
    expect(Object.keys(english.Frameworks.Names).sort()).toEqual([...FRAMEWORK_IDS].sort());
    expect(Object.keys(english.Frameworks.Statuses).sort()).toEqual(['covered', 'none', 'partial']);
    expect(Object.keys(english.Frameworks.Strengths).sort()).toEqual([...MAPPING_STRENGTHS].sort());
  });

  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the same keys as en-us, none empty`, () => {
      const other = loadAmdStrings(`src/webparts/aiRegistry/loc/${locale}.js`);
      expect(keysOf(other)).toEqual(keysOf(english as unknown as Record<string, unknown>));
      expect(emptyTexts(other)).toEqual([]);
    });
  }
});
