import { parsePreferences, withView } from './inventoryPreferences';

describe('parsePreferences', () => {
  it('drops what is not JSON or not the expected shape', () => {
    for (const text of [undefined, '', '{', '[]', '42', '"x"', '{"views": "no"}']) {
      expect(parsePreferences(text)).toEqual({ columns: undefined, views: [] });
    }
  });

  it('keeps known columns in grid order, always with the title', () => {
    expect(parsePreferences('{"columns": ["lastReviewed", "bogus", "healthScore"], "views": []}').columns).toEqual(['title', 'healthScore', 'lastReviewed']);
  });

  it('keeps valid views and cleans their filters and sort', () => {
    const text = JSON.stringify({
      views: [
        { name: ' <b>Worst</b> ', filters: { mission: 'Chile', overshared: 'yes', evil: 'x' }, sort: { field: 'healthScore', ascending: true }, columns: ['title'] },
        { name: '', filters: {} },
        { name: 'Bad sort', filters: {}, sort: { field: 'owner', ascending: true } },
        'not a view'
      ]
    });
    expect(parsePreferences(text).views).toEqual([
      { name: '<b>Worst</b>', filters: { mission: 'Chile' }, sort: { field: 'healthScore', ascending: true }, columns: ['title'] },
      { name: 'Bad sort', filters: {}, sort: undefined, columns: [] }
    ]);
  });
});

describe('withView', () => {
  it('replaces a view of the same name (any case) and keeps names in order', () => {
    const a = { name: 'Beta', filters: {}, columns: [] };
    const b = { name: 'alpha', filters: {}, columns: [] };
    const replaced = { name: 'BETA', filters: { mission: 'Chile' }, columns: [] };
    expect(withView([a, b], replaced)).toEqual([b, replaced]);
  });
});
