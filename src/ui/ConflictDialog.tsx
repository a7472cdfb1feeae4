import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import type { Stored } from '../core/models/common';
import type { DataAsset } from '../core/models/dataAsset';
import type { FieldDefinition, ListDefinition } from '../core/schema/types';
import { displayValue } from './displayValue';
import { format, formatDate } from './format';
import { fieldLabel, sameValue } from './form/formModel';

/** Props of {@link ConflictDialog}; `T` is the list's domain type (a data asset unless said otherwise). */
export interface IConflictDialogProps<T = DataAsset> {
  list: ListDefinition<T>;
  /** The user's unsaved changes (the patch that met the conflict). */
  mine: Partial<T>;
  /** The record as saved now, with its fresh ETag. */
  theirs: Stored<T>;
  /** The field's localised name, for lists other than the inventory's (default: the shared field labels, else its display name). */
  fieldName?: (field: FieldDefinition<Extract<keyof T, string>>) => string | undefined;
  /** A stored value as shown, e.g. a choice's localised label (default: `displayValue`, values as stored). */
  valueText?: (field: Extract<keyof T, string>, value: unknown) => string | undefined;
  /** Label of a field; the suite's field labels (inventory fields) by default. */
  fieldLabel?: (field: ListDefinition<T>['fields'][number]) => string;
  /** Discard the user's changes and edit the saved version. */
  onReloadTheirs: () => void;
  /** Save the user's changes again on top of the saved version (its fresh ETag). */
  onReapply: () => void;
  /** True while re-applying: buttons are disabled. */
  busy?: boolean;
  /** Why the last re-apply failed (other than another conflict), localised. */
  errorMessage?: string;
  strings: IGovernanceSuiteStrings;
}

const css = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%', marginTop: 8 },
  cell: { textAlign: 'left', verticalAlign: 'top', padding: '4px 8px', borderBottom: '1px solid', overflowWrap: 'anywhere' },
  differs: { fontWeight: 600 }
});

/**
 * Shown when saving met a conflict (someone saved first): the user's values and the saved ones side by side for
 * the fields the user changed. Nothing is overwritten until the user picks "Re-apply my changes".
 */
export function ConflictDialog<T = DataAsset>(props: IConflictDialogProps<T>): React.ReactElement {
  const { list, mine, theirs, onReloadTheirs, onReapply, busy, errorMessage, strings } = props;
  // The shared labels by property, else the display name: it suits any list's field unless the caller names its own.
  const label = (f: FieldDefinition<Extract<keyof T, string>>): string =>
    props.fieldLabel?.(f as ListDefinition<T>['fields'][number]) ?? props.fieldName?.(f) ?? fieldLabel(f as unknown as Parameters<typeof fieldLabel>[0], strings);
  const shown = (field: Extract<keyof T, string>, value: unknown): string => props.valueText?.(field, value) ?? displayValue(value, strings);
  const changed = list.fields.filter((f) => Object.prototype.hasOwnProperty.call(mine, f.property));
  const differing = changed.filter((f) => !sameValue(mine[f.property], theirs[f.property]));
  const savedBy = format(strings.ConflictSavedBy, theirs.editor?.title ?? strings.UnknownUser, formatDate(theirs.modified, strings.NotSet));

  return (
    <Dialog
      hidden={false}
      onDismiss={onReloadTheirs}
      dialogContentProps={{ type: DialogType.largeHeader, title: strings.ConflictTitle, subText: strings.ConflictIntro }}
      modalProps={{ isBlocking: true }}
      minWidth={480}
      maxWidth={720}
    >
      {errorMessage && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {errorMessage}
        </MessageBar>
      )}
      <Text block>{savedBy}</Text>
      {changed.length === 0 ? (
        <Text block>{strings.ConflictNoDifferences}</Text>
      ) : (
        <table className={css.table}>
          <thead>
            <tr>
              <th scope="col" className={css.cell}>{strings.ConflictColumnField}</th>
              <th scope="col" className={css.cell}>{strings.ConflictColumnMine}</th>
              <th scope="col" className={css.cell}>{strings.ConflictColumnTheirs}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((f) => {
              const differs = differing.indexOf(f) >= 0;
              return (
                <tr key={f.property} className={differs ? css.differs : undefined} data-conflict-field={f.property}>
                  <th scope="row" className={css.cell}>{label(f)}</th>
                  <td className={css.cell}>{shown(f.property, mine[f.property])}</td>
                  <td className={css.cell}>{shown(f.property, theirs[f.property])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <DialogFooter>
        <PrimaryButton text={strings.ConflictReapply} onClick={onReapply} disabled={busy} />
        <DefaultButton text={strings.ConflictReloadTheirs} onClick={onReloadTheirs} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
}
