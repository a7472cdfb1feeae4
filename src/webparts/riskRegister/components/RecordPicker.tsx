import * as React from 'react';
import { TagPicker, type ITag } from '@fluentui/react/lib/Pickers';
import type { LookupRef } from '../../../core/models/common';
import { useStableId } from '../../../ui/useStableId';

export interface IRecordPickerProps {
  label: string;
  value: LookupRef | undefined;
  onChange: (value: LookupRef | undefined) => void;
  onResolve: (text: string) => Promise<LookupRef[]>;
  placeholder: string;
}

/** Picks one record of a list by title (linked dataset or AI system). */
export function RecordPicker(props: IRecordPickerProps): React.ReactElement {
  const id = useStableId('record-picker');
  const selected: ITag[] = props.value ? [{ key: props.value.id, name: props.value.title ?? `#${props.value.id}` }] : [];
  return (
    <div style={{ marginTop: 8 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, padding: '5px 0' }}>{props.label}</label>
      <TagPicker
        itemLimit={1}
        selectedItems={selected}
        inputProps={{ id, placeholder: props.placeholder, 'aria-label': props.label }}
        onResolveSuggestions={async (text) => (await props.onResolve(text)).map((r) => ({ key: r.id, name: r.title ?? `#${r.id}` }))}
        onEmptyResolveSuggestions={async () => (await props.onResolve('')).map((r) => ({ key: r.id, name: r.title ?? `#${r.id}` }))}
        onChange={(items) => {
          const item = items?.[0];
          props.onChange(item ? { id: Number(item.key), title: item.name } : undefined);
        }}
      />
    </div>
  );
}
