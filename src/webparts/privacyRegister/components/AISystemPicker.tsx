import * as React from 'react';
import { TagPicker, type ITag } from '@fluentui/react/lib/Pickers';
import type { LookupRef } from '../../../core/models/common';
import { useStableId } from '../../../ui/useStableId';

/** Props of {@link AISystemPicker}. */
export interface IAISystemPickerProps {
  label: string;
  placeholder: string;
  value: readonly LookupRef[];
  onChange: (value: LookupRef[]) => void;
  onResolve: (text: string) => Promise<LookupRef[]>;
  disabled?: boolean;
}

/** Links a processing activity to AI Registry systems by name (several). */
export function AISystemPicker(props: IAISystemPickerProps): React.ReactElement {
  const id = useStableId('ai-system-picker');
  const toTag = (r: LookupRef): ITag => ({ key: r.id, name: r.title ?? `#${r.id}` });
  const chosen = new Set(props.value.map((r) => r.id));
  return (
    <div style={{ marginTop: 8 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, padding: '5px 0' }}>{props.label}</label>
      <TagPicker
        selectedItems={props.value.map(toTag)}
        disabled={props.disabled}
        inputProps={{ id, placeholder: props.placeholder, 'aria-label': props.label }}
        onResolveSuggestions={async (text) => (await props.onResolve(text)).filter((r) => !chosen.has(r.id)).map(toTag)}
        onChange={(items) => props.onChange((items ?? []).map((item) => ({ id: Number(item.key), title: item.name })))}
      />
    </div>
  );
}
