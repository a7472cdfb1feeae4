import { DATA_ASSETS_LIST } from '../../core/schema/lists/dataAssets';
import { itemFromRaw, selectFor, toDateOnly, toWriteBody } from './index';
import type { RawItem } from './rawTypes';

describe('selectFor', () => {
  it('selects every schema field, expanding people and the item metadata', () => {
    const shape = selectFor(DATA_ASSETS_LIST);
    expect(shape.select).toEqual(expect.arrayContaining(['Id', 'Created', 'Modified', 'Title', 'Owner/Id', 'Owner/Title', 'Owner/EMail', 'Owner/Name', 'Author/Id', 'Editor/Name', 'LocationUrl']));
    expect(shape.expand).toEqual(['Author', 'Editor', 'Owner', 'Custodian']);
  });
});

describe('itemFromRaw', () => {
  it('maps a raw item to the domain', () => {
    const raw: RawItem = {
      Id: 7,
      'odata.etag': '"3"',
      Created: '2024-01-01T10:00:00Z',
      Modified: '2024-01-02T10:00:00Z',
      Author: { Id: 5, Title: 'Ada', EMail: 'ada@example.org', Name: 'i:0#.f|membership|ada@example.org' },
      Editor: { Id: 5, Title: 'Ada', EMail: 'ada@example.org', Name: 'ada' },
      Title: 'Payroll',
      Owner: { Id: 9, Title: 'Bo', EMail: null, Name: 'bo' },
      Custodian: null,
      LocationUrl: { Url: 'https://example.org/x', Description: 'Share' },
      ContainsPersonalData: true,
      PersonalDataCategories: ['Health'],
      LastReviewed: '2024-02-29T23:00:00Z',
      ReviewCycleMonths: 12,
      Description: null
    };
    const item = itemFromRaw(DATA_ASSETS_LIST, raw);
    expect(item).toMatchObject({
      id: 7,
      etag: '"3"',
      title: 'Payroll',
      owner: { id: 9, title: 'Bo', loginName: 'bo' },
      locationUrl: { url: 'https://example.org/x', description: 'Share' },
      containsPersonalData: true,
      personalDataCategories: ['Health'],
      lastReviewed: '2024-03-01',
      reviewCycleMonths: 12,
      author: { id: 5, title: 'Ada', email: 'ada@example.org' }
    });
    expect('custodian' in item).toBe(false);
    expect('description' in item).toBe(false);
  });

  it('recovers date-only values stored as local midnight in any zone', () => {
    expect(toDateOnly('2024-03-01T08:00:00Z')).toBe('2024-03-01');
    expect(toDateOnly('2024-02-29T14:00:00Z')).toBe('2024-03-01');
    expect(toDateOnly('2024-03-01')).toBe('2024-03-01');
  });

  it('answers the same for a date-time it has converted before, past the size of its memory, and keeps text it cannot read', () => {
    const dates = Array.from({ length: 12_000 }, (_, i) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000 - 3_600_000).toISOString());
    const first = dates.map(toDateOnly);
    expect(first[0]).toBe('2000-01-01');
    expect(first[11_999]).toBe(new Date(Date.UTC(2000, 0, 1) + 11_999 * 86_400_000).toISOString().slice(0, 10));
    expect(dates.map(toDateOnly)).toEqual(first);
    expect(toDateOnly('not a date')).toBe('not a date');
    expect(toDateOnly('not a date')).toBe('not a date');
  });
});

describe('toWriteBody', () => {
  it('writes only present properties, people by id, and clears with null', () => {
    const body = toWriteBody(DATA_ASSETS_LIST, {
      title: 'Payroll',
      owner: { id: 9, title: 'Bo' },
      custodian: undefined,
      locationUrl: { url: 'https://example.org/x' },
      personalDataCategories: ['Health'],
      lastReviewed: '2024-03-01',
      ownershipStatus: 'Confirmed'
    });
    expect(body).toEqual({
      Title: 'Payroll',
      OwnerId: 9,
      CustodianId: null,
      LocationUrl: { Url: 'https://example.org/x', Description: 'https://example.org/x' },
      PersonalDataCategories: ['Health'],
      LastReviewed: '2024-03-01'
    });
  });

  it('writes computed fields only when asked', () => {
    expect(toWriteBody(DATA_ASSETS_LIST, { ownershipStatus: 'Confirmed' }, { includeComputed: true })).toEqual({ OwnershipStatus: 'Confirmed' });
  });
});
