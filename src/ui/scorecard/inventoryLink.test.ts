import { httpUrl, inventoryFilteredUrl, inventoryRecordUrl, pageUrlWithoutQuery, scopeFilters } from './inventoryLink';

describe('inventory links', () => {
  const page = 'https://contoso.sharepoint.com/sites/gov/SitePages/Inventory.aspx';

  it('opens one record', () => {
    expect(inventoryRecordUrl(page, 42)).toBe(`${page}?asset=42`);
  });

  it('encodes filter values and leaves blank ones out', () => {
    const url = inventoryFilteredUrl(page, { region: 'Asia and the Pacific', mission: 'Côte d\'Ivoire & Mali', department: ' ' });
    expect(url).toBe(`${page}?region=Asia+and+the+Pacific&mission=C%C3%B4te+d%27Ivoire+%26+Mali`);
    expect(new URL(url ?? '').searchParams.get('mission')).toBe('Côte d\'Ivoire & Mali');
  });

  it("keeps the page's own query parameters and replaces only the inventory's", () => {
    expect(inventoryRecordUrl(`${page}?env=WebView&asset=7#top`, 9)).toBe(`${page}?env=WebView&asset=9#top`);
    expect(inventoryFilteredUrl(`${page}?region=Old&x=1`, { domain: 'HR' })).toBe(`${page}?x=1&domain=HR`);
  });

  it('accepts http(s) only', () => {
    // eslint-disable-next-line no-script-url -- the very link the helper must refuse
    expect(inventoryRecordUrl('javascript:alert(1)', 1)).toBeUndefined();
    expect(inventoryFilteredUrl('/sites/gov/Inventory.aspx', { region: 'A' })).toBeUndefined();
    expect(httpUrl('ftp://example.org/')).toBeUndefined();
    expect(httpUrl('http://localhost:4321/page')?.host).toBe('localhost:4321');
  });

  it('drops the query and hash of the current page for the default', () => {
    expect(pageUrlWithoutQuery(`${page}?a=1#b`)).toBe(page);
    expect(pageUrlWithoutQuery('about:blank')).toBe('');
  });

  it('filters by the shown scope and the drilled row, never by the organisation', () => {
    expect(scopeFilters([{ kind: 'region', value: 'Asia' }, { kind: 'department', value: 'Finance' }])).toEqual({ region: 'Asia', department: 'Finance' });
    expect(scopeFilters([{ kind: 'organisation', value: '' }, { kind: 'mission', value: '' }])).toEqual({});
  });
});
