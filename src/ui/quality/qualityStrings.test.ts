/**
 * The shared suite strings of measured data quality (section, scorecard, import) exist in every locale with the
 * keys of en-us (nested ones too), none empty, and keep their placeholders, numbered and named.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;

/** Every leaf string by its dotted path ("Import.Outcomes.written"). */
function leaves(value: unknown, path = '', found = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') found.set(path, value);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path === '' ? key : `${path}.${key}`, found);
  }
  return found;
}

const placeholders = (text: string | undefined): string => (text?.match(/\{\w+\}/g) ?? []).sort().join();
const quality = (locale: string): Map<string, string> => leaves((loadAmdStrings(`src/loc/${locale}.js`) as { Quality: unknown }).Quality);

describe('Quality strings of the suite', () => {
  const english = quality('en-us');
  it('en-us has the import strings', () => {
    expect([...english.keys()].filter((k) => k.startsWith('Import.')).length).toBeGreaterThan(25);
  });
  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the keys and placeholders of en-us, none empty`, () => {
      const other = quality(locale);
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      expect([...other].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
      expect([...english].filter(([key, text]) => placeholders(text) !== placeholders(other.get(key))).map(([key]) => key)).toEqual([]);
    });
  }
});

export {};
