import type { FieldDefinition, ListDefinition } from '../../core/schema/types';
import { choicesOf, fieldDrift, listDrift, maxLengthOf } from './drift';
import { fieldSchemaXml } from './fieldSchemaXml';

describe('fieldSchemaXml', () => {
  it('writes the internal name, flags, choices and default, escaping XML', () => {
    const field: FieldDefinition = { internalName: 'Status', property: 'status', displayName: 'Status "now"', type: 'Choice', choices: ['A & B', '<C>'], defaultValue: 'A & B', required: true, indexed: true };
    expect(fieldSchemaXml(field)).toBe(
      '<Field Type="Choice" Name="Status" StaticName="Status" DisplayName="Status &quot;now&quot;" Required="TRUE" Indexed="TRUE">' +
        '<CHOICES><CHOICE>A &amp; B</CHOICE><CHOICE>&lt;C&gt;</CHOICE></CHOICES><Default>A &amp; B</Default></Field>'
    );
  });

  it('points lookups at the target list id and marks multi-value fields', () => {
    const field: FieldDefinition = { internalName: 'LinkedDataAssets', property: 'linked', displayName: 'Linked', type: 'LookupMulti', lookupList: 'dataAssets', indexed: true };
    expect(fieldSchemaXml(field, 'abc')).toBe('<Field Type="LookupMulti" Name="LinkedDataAssets" StaticName="LinkedDataAssets" DisplayName="Linked" Required="FALSE" List="{abc}" ShowField="Title" Mult="TRUE"></Field>');
  });

  it('writes date-only and text lengths', () => {
    expect(fieldSchemaXml({ internalName: 'D', property: 'd', displayName: 'D', type: 'DateTime', dateOnly: true })).toContain('Format="DateOnly"');
    expect(fieldSchemaXml({ internalName: 'T', property: 't', displayName: 'T', type: 'Text', maxLength: 64 })).toContain('MaxLength="64"');
  });
});

describe('drift', () => {
  const server = { InternalName: 'Status', Title: 'Status', TypeAsString: 'Choice', Required: false, Indexed: false, SchemaXml: '<Field MaxLength="100"><CHOICES><CHOICE>A &amp; B</CHOICE></CHOICES></Field>' };

  it('reads choices and MaxLength from SchemaXml', () => {
    expect(choicesOf(server)).toEqual(['A & B']);
    expect(maxLengthOf(server)).toBe(100);
  });

  it('lists only what differs', () => {
    const field: FieldDefinition = { internalName: 'Status', property: 'status', displayName: 'Status', type: 'Choice', choices: ['A & B', 'C'], indexed: true };
    expect(fieldDrift(field, server)).toEqual({ Indexed: true, Choices: ['A & B', 'C'] });
    const list = { key: 'risks', title: 'R', description: 'd', majorVersionLimit: 50, itemLevelSecurity: { read: 'all', write: 'own' }, fields: [] } as ListDefinition<unknown>;
    expect(listDrift(list, { Id: '1', Title: 'R', Description: 'd', EnableVersioning: true, MajorVersionLimit: 50, ReadSecurity: 1, WriteSecurity: 1 })).toEqual({ WriteSecurity: 2 });
  });

  it('keeps an index the schema no longer declares: an extra index on the tenant is not drift', () => {
    const field: FieldDefinition = { internalName: 'Status', property: 'status', displayName: 'Status', type: 'Choice', choices: ['A & B'] };
    expect(fieldDrift(field, { ...server, Indexed: true })).toEqual({});
  });
});
