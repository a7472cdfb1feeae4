import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { formatNamed } from '../format';

const NONE = '__none';

/** A field the file can fill. */
export interface MappingTarget<K extends string> {
  readonly key: K;
  readonly text: string;
  readonly required?: boolean;
}

/** The mapping (per file column: the field it fills) after giving `target` the column `column`, or none. */
export function assignColumn<K extends string>(mapping: readonly (K | undefined)[], target: K, column: number | undefined): (K | undefined)[] {
  // A field takes one column and a column fills one field: the field's old column is freed (the table offers only
  // free columns; a column taken anyway leaves its old field).
  const next = mapping.map((k) => (k === target ? undefined : k));
  if (column !== undefined) next[column] = target;
  return next;
}

/**
 * Column matching as a compact two-column table, one row per field: the field (required ones marked in words)
 * and a dropdown of the file's columns. Each dropdown is named after its field for screen readers.
 */
export function FieldMappingTable<K extends string>(props: {
  headers: readonly string[];
  mapping: readonly (K | undefined)[];
  targets: readonly MappingTarget<K>[];
  onChange: (mapping: (K | undefined)[]) => void;
  strings: IInventoryImportStrings;
}): React.ReactElement {
  const { headers, mapping, targets, onChange, strings } = props;
  const theme = useTheme();
  const nameOf = (key: K): string => targets.find((t) => t.key === key)?.text ?? key;
  // A column another field uses is offered disabled, with that field's name: choosing it would silently unmatch
  // that field (arrow keys on a closed dropdown change the choice at every step).
  const optionsFor = (target: K): IDropdownOption[] => [
    { key: NONE, text: strings.MapNoColumn },
    ...headers.map((h, i) => {
      const column = h || `#${i + 1}`;
      const owner = mapping[i];
      return owner !== undefined && owner !== target
        ? { key: String(i), text: formatNamed(strings.MapColumnUsedBy, { column, field: nameOf(owner) }), disabled: true }
        : { key: String(i), text: column };
    })
  ];
  const cell: React.CSSProperties = { textAlign: 'left', padding: '2px 8px 2px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'middle', overflowWrap: 'anywhere' };
  const unused = headers.map((h, i) => (mapping[i] === undefined ? h || `#${i + 1}` : undefined)).filter((h): h is string => h !== undefined);
  return (
    <>
      {/* At most 760 px wide: on a wide panel each field stays near its dropdown. */}
      <table style={{ borderCollapse: 'collapse', width: '100%', maxWidth: 760, tableLayout: 'fixed', color: theme.semanticColors.bodyText }} data-testid="column-mapping">
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{strings.MapTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, width: '42%' }}>{strings.MapFieldHeader}</th>
            <th scope="col" style={cell}>{strings.MapColumnHeader}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => {
            const column = mapping.indexOf(target.key);
            const name = target.required ? formatNamed(strings.MapFieldRequired, { field: target.text }) : target.text;
            return (
              <tr key={target.key}>
                <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                  {target.text}
                  {target.required && <Text variant="small" block styles={{ root: { color: theme.semanticColors.errorText, fontWeight: 600 } }}>{strings.MapRequired}</Text>}
                </th>
                <td style={cell}>
                  <Dropdown
                    ariaLabel={formatNamed(strings.MapFieldLabel, { field: name })}
                    options={optionsFor(target.key)}
                    selectedKey={column >= 0 ? String(column) : NONE}
                    onChange={(_, option) => onChange(assignColumn(mapping, target.key, option === undefined || option.key === NONE ? undefined : Number(option.key)))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {unused.length > 0 && <Text>{formatNamed(strings.MapUnusedColumns, { columns: unused.join(', ') })}</Text>}
    </>
  );
}
