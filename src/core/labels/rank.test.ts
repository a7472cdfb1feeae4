import { DEFAULT_SENSITIVITY_LEVELS } from '../models/dataAsset';
import { effectiveLabelMapping, labelDisplayName, labelRank, parseLabelMapping } from './rank';
import type { CatalogueLabel } from './types';

const taxonomy = DEFAULT_SENSITIVITY_LEVELS;
const CATALOGUE: CatalogueLabel[] = [
  { id: 'p', name: 'Public', priority: 0 },
  { id: 'g', name: 'General', priority: 1 },
  { id: 'c', name: 'Confidential', priority: 2 },
  { id: 'c-all', name: 'All Employees', priority: 3, parentId: 'c' },
  { id: 'h', name: 'Highly Confidential', priority: 4 },
  { id: 'h-r', name: 'Restricted', priority: 5, parentId: 'h' }
];

describe('labelRank', () => {
  it('ranks by name when a label is named like a taxonomy level, sub-labels with their parent', () => {
    expect(labelRank({ id: 'p' }, { taxonomy, catalogue: CATALOGUE })).toBe(0);
    expect(labelRank({ id: 'c-all' }, { taxonomy, catalogue: CATALOGUE })).toBe(2);
    expect(labelRank({ id: 'h-r' }, { taxonomy, catalogue: CATALOGUE })).toBe(3);
  });

  it('falls back to the catalogue priority order for labels no level is named after', () => {
    expect(labelRank({ id: 'g' }, { taxonomy, catalogue: CATALOGUE })).toBe(1);
  });

  it('spreads priorities evenly when the catalogue and the taxonomy differ in size', () => {
    const three: CatalogueLabel[] = [{ id: 'a', name: 'Open', priority: 10 }, { id: 'b', name: 'Staff', priority: 20 }, { id: 'x', name: 'Secret', priority: 30 }];
    expect([labelRank({ id: 'a' }, { taxonomy, catalogue: three }), labelRank({ id: 'b' }, { taxonomy, catalogue: three }), labelRank({ id: 'x' }, { taxonomy, catalogue: three })]).toEqual([0, 2, 3]);
  });

  it('lets the GovernanceSettings mapping win, by id or by name, case-insensitively', () => {
    const mapping = parseLabelMapping('{"General":"Public","h-r":"Confidential","junk":42}');
    expect(labelRank({ id: 'g' }, { taxonomy, catalogue: CATALOGUE, mapping })).toBe(0);
    expect(labelRank({ id: 'h-r' }, { taxonomy, catalogue: CATALOGUE, mapping })).toBe(2);
    expect(mapping).toEqual({ general: 'Public', 'h-r': 'Confidential' });
  });

  it('ranks a cached name without the catalogue, and refuses to guess an unknown label', () => {
    expect(labelRank({ id: 'zzz', name: 'Highly Confidential / Restricted' }, { taxonomy })).toBe(3);
    expect(labelRank({ id: 'g', name: 'General' }, { taxonomy, mapping: { general: 'Internal' } })).toBe(1);
    expect(labelRank({ id: 'g', name: 'General' }, { taxonomy })).toBeUndefined();
    expect(labelRank({ id: 'unknown' }, { taxonomy, catalogue: CATALOGUE })).toBeUndefined();
  });

  it('ignores a malformed mapping setting', () => {
    expect(parseLabelMapping('not json')).toEqual({});
    expect(parseLabelMapping('[1,2]')).toEqual({});
    expect(parseLabelMapping(undefined)).toEqual({});
  });

  it('names sub-labels "Parent / Child"', () => {
    expect(labelDisplayName(CATALOGUE[5], CATALOGUE)).toBe('Highly Confidential / Restricted');
    expect(labelDisplayName(CATALOGUE[1], CATALOGUE)).toBe('General');
  });
});

describe('effectiveLabelMapping', () => {
  it('maps every catalogue label to a level, so cached names rank the same without the catalogue', () => {
    const mapping = effectiveLabelMapping({ taxonomy, catalogue: CATALOGUE });
    expect(mapping.g).toBe('Internal');
    expect(mapping['highly confidential / restricted']).toBe('Highly Confidential');
    expect(labelRank({ id: 'x', name: 'General' }, { taxonomy, mapping })).toBe(1);
  });
});
