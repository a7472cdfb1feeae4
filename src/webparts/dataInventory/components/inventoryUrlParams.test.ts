import { parseInventoryLink } from './inventoryUrlParams';

describe('parseInventoryLink', () => {
  it('reads the record id and the four filters', () => {
    expect(parseInventoryLink('?asset=42&region=South%20America&mission=Chile&department=Health&domain=Finance')).toEqual({
      assetId: 42,
      filters: { region: 'South America', mission: 'Chile', department: 'Health', domain: 'Finance' }
    });
  });

  it('ignores an id that is not a positive whole number', () => {
    for (const bad of ['0', '-3', '1.5', '12abc', '', '1e3', '99999999999', ' ']) {
      expect(parseInventoryLink(`?asset=${encodeURIComponent(bad)}`).assetId).toBeUndefined();
    }
  });

  it('ignores empty, blank, overlong and unknown parameters', () => {
    expect(parseInventoryLink(`?mission=&region=%20&domain=${'x'.repeat(256)}&owner=me&sort=title`)).toEqual({ assetId: undefined, filters: {} });
  });

  it('keeps markup-like text as plain text (the filters escape it)', () => {
    expect(parseInventoryLink('?mission=%3Cb%3EChile%3C%2Fb%3E').filters).toEqual({ mission: '<b>Chile</b>' });
  });

  it('reads nothing from an empty query string', () => {
    expect(parseInventoryLink('')).toEqual({ assetId: undefined, filters: {} });
  });
});
