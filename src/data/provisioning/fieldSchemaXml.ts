import type { FieldDefinition } from '../../core/schema/types';

/** Escapes text for an XML attribute value or text node. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function defaultValue(field: FieldDefinition): string | undefined {
  switch (field.type) {
    case 'Choice':
    case 'MultiChoice':
    case 'Number':
      return field.defaultValue === undefined ? undefined : String(field.defaultValue);
    case 'Boolean':
      return field.defaultValue === undefined ? undefined : field.defaultValue ? '1' : '0';
    default:
      return undefined;
  }
}

/** Type-specific attributes of the `<Field>` element. */
function typeAttributes(field: FieldDefinition, lookupListId: string | undefined): [string, string][] {
  switch (field.type) {
    case 'Text':
      return [['MaxLength', String(field.maxLength ?? 255)]];
    case 'Note':
      // Plain text: the suite validates and shows these as text, and rich text would store HTML.
      return [['RichText', 'FALSE'], ['NumLines', '6']];
    case 'Number': {
      const attrs: [string, string][] = [];
      if (field.min !== undefined) attrs.push(['Min', String(field.min)]);
      if (field.max !== undefined) attrs.push(['Max', String(field.max)]);
      if (field.integer === true) attrs.push(['Decimals', '0']);
      return attrs;
    }
    case 'DateTime':
      return [['Format', field.dateOnly === true ? 'DateOnly' : 'DateTime']];
    case 'URL':
      return [['Format', 'Hyperlink']];
    case 'User':
      return [['UserSelectionMode', 'PeopleOnly']];
    case 'UserMulti':
      return [['UserSelectionMode', 'PeopleOnly'], ['Mult', 'TRUE']];
    case 'Lookup':
    case 'LookupMulti': {
      const attrs: [string, string][] = [['List', `{${lookupListId ?? ''}}`], ['ShowField', field.lookupField ?? 'Title']];
      return field.type === 'LookupMulti' ? [...attrs, ['Mult', 'TRUE']] : attrs;
    }
    default:
      return [];
  }
}

/** Multi-value fields cannot be indexed in SharePoint; the schema's flag is ignored for them. */
export function canIndex(field: FieldDefinition): boolean {
  return field.type !== 'MultiChoice' && field.type !== 'UserMulti' && field.type !== 'LookupMulti' && field.type !== 'Note';
}

/**
 * The `SchemaXml` for `CreateFieldAsXml`. `Name` and `StaticName` carry the schema's internal name, which
 * SharePoint keeps (with AddFieldInternalNameHint) instead of deriving one from the display name.
 * @param lookupListId the target list's id, for lookup fields.
 */
export function fieldSchemaXml(field: FieldDefinition, lookupListId?: string): string {
  const attrs: [string, string][] = [
    ['Type', field.type],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Required', field.required === true ? 'TRUE' : 'FALSE']
  ];
  if (field.indexed === true && canIndex(field)) {
    attrs.push(['Indexed', 'TRUE']);
  }
  if (field.description !== undefined && field.description.length > 0) {
    attrs.push(['Description', field.description]);
  }
  attrs.push(...typeAttributes(field, lookupListId));
  const head = attrs.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ');
  const choices = field.type === 'Choice' || field.type === 'MultiChoice' ? `<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  const def = defaultValue(field);
  const defXml = def === undefined ? '' : `<Default>${escapeXml(def)}</Default>`;
  return `<Field ${head}>${choices}${defXml}</Field>`;
}
