/** Every locale of the Risk Register strings has exactly the keys of en-us (nested ones too), none empty, and keeps its placeholders. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadAmdStrings = require('../../../../config/jest/loadAmdStrings') as (path: string) => Record<string, unknown>;

/** Every leaf string by its dotted path ("Treatments.Mitigate"). */
function leaves(value: unknown, path = '', found = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') found.set(path, value);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path === '' ? key : `${path}.${key}`, found);
  }
  return found;
}

const placeholders = (text: string | undefined): string => (text?.match(/\{\d+\}/g) ?? []).sort().join();

describe('Risk Register strings', () => {
  const english = leaves(loadAmdStrings('src/webparts/riskRegister/loc/en-us.js'));
  it('en-us has strings', () => {
    expect(english.size).toBeGreaterThan(50);
  });
  for (const locale of ['fr-fr', 'es-es']) {
    it(`${locale} has the keys and placeholders of en-us, none empty`, () => {
      const other = leaves(loadAmdStrings(`src/webparts/riskRegister/loc/${locale}.js`));
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      expect([...other].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
      expect([...english].filter(([key, text]) => placeholders(text) !== placeholders(other.get(key))).map(([key]) => key)).toEqual([]);
    });
  }
});

// A module, so its names stay its own.
export {};
