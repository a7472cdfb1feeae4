import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'DataInventoryWebPartStrings';
import { format } from '../../../ui/format';
import { MAX_VIEW_NAME_LENGTH, type ISavedView } from './inventoryPreferences';

const screenReaderOnly = mergeStyles(hiddenContentStyle);

/** Props of {@link SavedViews}. */
export interface ISavedViewsProps {
  views: readonly ISavedView[];
  /** Saves the current filters, sort and columns under `name` (replacing a view of that name). */
  onSave: (name: string) => void;
  onApply: (view: ISavedView) => void;
  onDelete: (view: ISavedView) => void;
  suiteStrings: IGovernanceSuiteStrings;
}

/**
 * Saved views: a dropdown to apply one, "Save view" (a dialog asking for the name) and "Delete view" for the chosen
 * one. Names are rendered as text by Fluent, never as markup; each action is announced in a status region.
 */
export function SavedViews(props: ISavedViewsProps): React.ReactElement {
  const { views, onSave, onApply, onDelete, suiteStrings } = props;
  const [selected, setSelected] = React.useState<string | undefined>();
  const [naming, setNaming] = React.useState(false);
  const [name, setName] = React.useState('');
  const [announcement, setAnnouncement] = React.useState('');
  const chosen = views.find((v) => v.name === selected);
  const options = views.map((v): IDropdownOption => ({ key: v.name, text: v.name }));
  const save = (): void => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    onSave(trimmed);
    setSelected(trimmed);
    setNaming(false);
    setAnnouncement(format(strings.ViewSaved, trimmed));
  };
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
      <Dropdown
        label={strings.SavedViewsLabel}
        placeholder={strings.SavedViewsPlaceholder}
        options={options}
        selectedKey={chosen ? chosen.name : null}
        disabled={views.length === 0}
        onChange={(_e, option) => {
          const view = views.find((v) => v.name === option?.key);
          if (view) {
            setSelected(view.name);
            onApply(view);
            setAnnouncement(format(strings.ViewApplied, view.name));
          }
        }}
        styles={{ root: { minWidth: 200 } }}
      />
      <DefaultButton text={strings.SaveViewButton} iconProps={{ iconName: 'Save' }} onClick={() => { setName(chosen?.name ?? ''); setNaming(true); }} />
      <DefaultButton
        text={strings.DeleteViewButton}
        iconProps={{ iconName: 'Delete' }}
        disabled={chosen === undefined}
        onClick={() => {
          if (chosen) {
            onDelete(chosen);
            setSelected(undefined);
            setAnnouncement(format(strings.ViewDeleted, chosen.name));
          }
        }}
      />
      <span role="status" aria-live="polite" className={screenReaderOnly}>{announcement}</span>
      <Dialog
        hidden={!naming}
        onDismiss={() => setNaming(false)}
        dialogContentProps={{ type: DialogType.normal, title: strings.SaveViewDialogTitle, subText: strings.SaveViewDialogText }}
        modalProps={{ isBlocking: false }}
      >
        <form onSubmit={(e) => { e.preventDefault(); save(); }}>
          <TextField label={strings.ViewNameLabel} value={name} maxLength={MAX_VIEW_NAME_LENGTH} required autoFocus onChange={(_e, v) => setName(v ?? '')} />
          <DialogFooter>
            <PrimaryButton type="submit" text={strings.SaveViewButton} disabled={name.trim() === ''} />
            <DefaultButton text={suiteStrings.Cancel} onClick={() => setNaming(false)} />
          </DialogFooter>
        </form>
      </Dialog>
    </Stack>
  );
}
