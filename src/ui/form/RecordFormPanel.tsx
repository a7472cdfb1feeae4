import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { ConflictBar, type IConflictBarStrings } from './ConflictBar';

/** The words of {@link RecordFormPanel}, from the web part's strings. */
export interface IRecordFormPanelStrings extends IConflictBarStrings {
  Save: string;
  Saving: string;
  Cancel: string;
  Close: string;
  FixErrors: string;
}

export interface IRecordFormPanelProps {
  title: string;
  strings: IRecordFormPanelStrings;
  saving: boolean;
  /** Show "fix the errors" above the form (after a save was tried with issues). */
  invalid: boolean;
  /** The save was refused because the record changed since it was read. */
  conflict: boolean;
  /** `overwrite` is true when the user chose to overwrite the other person's change. */
  onSave: (overwrite?: boolean) => void;
  onReloadTheirs: () => void;
  onDismiss: () => void;
  /** A note at the top (e.g. where the record was raised from). */
  notice?: React.ReactNode;
  /** The error bar of a failed save, under the conflict bar. */
  error?: React.ReactNode;
  children: React.ReactNode;
}

/**
 * A record's edit form in a side panel, as the registers share it: Save and Cancel at the panel's foot, Enter in a
 * field saves, the "fix the errors" and conflict bars above the fields.
 */
export function RecordFormPanel(props: IRecordFormPanelProps): React.ReactElement {
  const { strings, saving, onSave } = props;
  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={props.title}
      closeButtonAriaLabel={strings.Close}
      onDismiss={props.onDismiss}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={saving ? strings.Saving : strings.Save} disabled={saving} onClick={() => onSave()} />
          <DefaultButton text={strings.Cancel} onClick={props.onDismiss} disabled={saving} />
        </Stack>
      )}
    >
      <form onSubmit={(e) => { e.preventDefault(); onSave(); }} aria-label={props.title}>
        {props.notice}
        {props.invalid && <MessageBar messageBarType={MessageBarType.error} role="alert" isMultiline>{strings.FixErrors}</MessageBar>}
        {props.conflict && <ConflictBar strings={strings} onReload={props.onReloadTheirs} onOverwrite={() => onSave(true)} />}
        {props.error}
        {props.children}
      </form>
    </Panel>
  );
}
