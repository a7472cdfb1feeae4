import { ALL_LISTS, DATA_ASSETS_LIST, getField, getFieldByProperty, LISTS, OWNERSHIP_DECISIONS_LIST, RISKS_LIST } from './index';
import type { FieldDefinition, ListKey } from './types';

const MAX_INDEXED = 20;
const IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;

describe('list schema', () => {
  it('registers every ListKey exactly once, in LISTS and in ALL_LISTS', () => {
    const keys = Object.keys(LISTS).sort();
    expect(ALL_LISTS.map((l) => l.key).sort()).toEqual(keys);
    expect(keys).toHaveLength(32);
    for (const key of keys as ListKey[]) {
      expect(LISTS[key].key).toBe(key);
    }
  });

  it('gives every list a unique title that is a valid URL segment', () => {
    const titles = ALL_LISTS.map((l) => l.title);
    expect(new Set(titles).size).toBe(titles.length);
    titles.forEach((t) => expect(t).toMatch(IDENTIFIER));
  });

  // 13 since issue 24: the grid sorts by HealthScore (worst first), and SharePoint sorts a large list on an index only.
  // 14 since issue 18: the assessment picker lists information systems by AssetType on a list of any size.
  it('leaves DataAssets room for 6 more indexes: only what the query planner needs is indexed', () => {
    const indexed = DATA_ASSETS_LIST.fields.filter((f) => f.indexed === true).length + (DATA_ASSETS_LIST.indexedMetaFields ?? []).length;
    expect(indexed).toBeLessThanOrEqual(MAX_INDEXED - 6);
  });

  describe.each(ALL_LISTS.map((l) => [l.key, l] as const))('%s', (_key, list) => {
    const fields: readonly FieldDefinition[] = list.fields;

    it('starts with the built-in, required, indexed Title', () => {
      expect(fields[0]).toMatchObject({ internalName: 'Title', property: 'title', type: 'Text', required: true, builtIn: true, indexed: true });
      expect(fields.filter((f) => f.builtIn === true).map((f) => f.internalName)).toEqual(['Title']);
    });

    it(`indexes at most ${MAX_INDEXED} columns, Title and built-in date columns included (SharePoint's limit)`, () => {
      expect(fields.filter((f) => f.indexed === true).length + (list.indexedMetaFields ?? []).length).toBeLessThanOrEqual(MAX_INDEXED);
    });

    it('never indexes multi-value fields (SharePoint cannot)', () => {
      expect(fields.filter((f) => f.indexed === true && /Multi$/.test(f.type))).toEqual([]);
    });

    it('keeps single-line text within 255 characters', () => {
      for (const field of fields) {
        if (field.type === 'Text') {
          expect(field.maxLength ?? 255).toBeLessThanOrEqual(255);
          expect(field.maxLength ?? 255).toBeGreaterThan(0);
        }
      }
    });

    it('has unique, valid internal names and properties derived from them', () => {
      const names = fields.map((f) => f.internalName);
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(fields.map((f) => f.property)).size).toBe(fields.length);
      for (const field of fields) {
        expect(field.internalName).toMatch(IDENTIFIER);
        // The camelCase convention lets the mapper and readers go from one name to the other without a table.
        expect(field.property).toBe(field.internalName.charAt(0).toLowerCase() + field.internalName.slice(1));
        expect(field.displayName.trim().length).toBeGreaterThan(0);
      }
    });

    it('has non-empty, unique choices and defaults among them', () => {
      for (const field of fields) {
        if (field.type === 'Choice' || field.type === 'MultiChoice') {
          expect(field.choices.length).toBeGreaterThan(0);
          expect(new Set(field.choices).size).toBe(field.choices.length);
          field.choices.forEach((c) => expect(c.length).toBeLessThanOrEqual(255));
          if (field.defaultValue !== undefined) {
            expect(field.choices).toContain(field.defaultValue);
          }
        }
      }
    });

    it('has coherent number ranges', () => {
      for (const field of fields) {
        if (field.type === 'Number' && field.min !== undefined && field.max !== undefined) {
          expect(field.min).toBeLessThanOrEqual(field.max);
        }
      }
    });

    it('points lookups at lists created earlier in ALL_LISTS (or at itself: fields are added after the list exists)', () => {
      const position = ALL_LISTS.indexOf(list);
      for (const field of fields) {
        if (field.type === 'Lookup' || field.type === 'LookupMulti') {
          const target = LISTS[field.lookupList];
          expect(target).toBeDefined();
          expect(ALL_LISTS.indexOf(target)).toBeGreaterThanOrEqual(0);
          expect(ALL_LISTS.indexOf(target)).toBeLessThan(target === list ? position + 1 : position);
        }
      }
    });

    it('keeps versioning history', () => {
      expect(list.majorVersionLimit).toBeGreaterThan(0);
    });
  });

  it('lets people edit only their own ownership decisions', () => {
    expect(OWNERSHIP_DECISIONS_LIST.itemLevelSecurity).toEqual({ read: 'all', write: 'own' });
  });

  it('fills the personal data vocabularies of DataAssets', () => {
    const categories = getField(DATA_ASSETS_LIST, 'PersonalDataCategories');
    const subjects = getField(DATA_ASSETS_LIST, 'DataSubjects');
    expect(categories?.type === 'MultiChoice' && categories.choices).toContain('Biometric data');
    expect(subjects?.type === 'MultiChoice' && subjects.choices).toContain('Migrants');
  });

  it('finds fields by internal name and by property', () => {
    expect(getField(RISKS_LIST, 'ResidualImpact')?.property).toBe('residualImpact');
    expect(getField(RISKS_LIST, 'residualImpact')).toBeUndefined();
    expect(getField(RISKS_LIST, 'Nope')).toBeUndefined();
    expect(getFieldByProperty(RISKS_LIST, 'likelihood')?.internalName).toBe('Likelihood');
  });

  it('scores risks on whole numbers 1-5', () => {
    for (const name of ['Likelihood', 'Impact', 'ResidualLikelihood', 'ResidualImpact']) {
      expect(getField(RISKS_LIST, name)).toMatchObject({ type: 'Number', integer: true, min: 1, max: 5 });
    }
  });
});
