import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import type { PersonRef } from '../../../../core/models/common';
import { errorKindOf, errorText } from '../../../../ui/errorText';
import { formatNamed } from '../../../../ui/format';
import { useStableId } from '../../../../ui/useStableId';

interface DialogBaseProps {
  appName: string;
  strings: IAIUsageStrings;
  suiteStrings: IGovernanceSuiteStrings;
  onDismiss: () => void;
}

function useSaving(suiteStrings: IGovernanceSuiteStrings): { saving: boolean; error?: string; run: (work: () => Promise<void>) => void } {
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const run = (work: () => Promise<void>): void => {
    setSaving(true);
    setError(undefined);
    work().catch((e: unknown) => {
      setError(`${suiteStrings.SaveFailed} ${errorText(errorKindOf(e), suiteStrings)}`);
      setSaving(false);
    });
  };
  return { saving, error, run };
}

/** Marks an app "not AI" or "ignored"; the reason is required and kept with the decision. */
export function ReasonDialog(props: DialogBaseProps & { decision: 'Not AI' | 'Ignored'; initialReason?: string; onSave: (reason: string) => Promise<void> }): React.ReactElement {
  const { appName, decision, strings, suiteStrings, onDismiss, onSave } = props;
  const [reason, setReason] = React.useState(props.initialReason ?? '');
  const [touched, setTouched] = React.useState(false);
  const { saving, error, run } = useSaving(suiteStrings);
  const missing = reason.trim() === '';
  const title = formatNamed(decision === 'Not AI' ? strings.ReasonTitleNotAi : strings.ReasonTitleIgnore, { app: appName });
  const titleId = useStableId('usage-reason-title');
  return (
    <Dialog hidden={false} onDismiss={onDismiss} dialogContentProps={{ type: DialogType.normal, title, titleProps: { id: titleId } }} modalProps={{ isBlocking: true, titleAriaId: titleId }}>
      {error && <MessageBar messageBarType={MessageBarType.error} role="alert">{error}</MessageBar>}
      <TextField label={strings.ReasonLabel} required multiline autoAdjustHeight value={reason} maxLength={2000}
        onChange={(_, v) => setReason(v ?? '')} onBlur={() => setTouched(true)} errorMessage={touched && missing ? strings.ReasonRequired : undefined} disabled={saving} />
      <DialogFooter>
        <PrimaryButton text={saving ? suiteStrings.Saving : suiteStrings.Save} disabled={saving} onClick={() => {
          setTouched(true);
          if (!missing) run(() => onSave(reason.trim()));
        }} />
        <DefaultButton text={suiteStrings.Cancel} disabled={saving} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}

/** Assigns an app to an owner found among the site's users (or removes the owner). */
export function AssignDialog(props: DialogBaseProps & { current?: PersonRef; search: (text: string) => Promise<PersonRef[]>; onSave: (person: PersonRef | undefined) => Promise<void> }): React.ReactElement {
  const { appName, current, strings, suiteStrings, onDismiss, onSave, search } = props;
  const [text, setText] = React.useState('');
  const [results, setResults] = React.useState<PersonRef[] | undefined>();
  const [chosen, setChosen] = React.useState<number | undefined>(current?.id);
  const [searching, setSearching] = React.useState(false);
  const { saving, error, run } = useSaving(suiteStrings);
  const people = results ?? (current ? [current] : []);
  const titleId = useStableId('usage-assign-title');
  const find = (): void => {
    if (text.trim() === '') return;
    setSearching(true);
    search(text.trim()).then((found) => {
      setResults(found);
      setChosen(found[0]?.id);
      setSearching(false);
    }, () => {
      setResults([]);
      setSearching(false);
    });
  };
  return (
    <Dialog hidden={false} onDismiss={onDismiss} dialogContentProps={{ type: DialogType.normal, title: formatNamed(strings.AssignTitle, { app: appName }), titleProps: { id: titleId } }} modalProps={{ isBlocking: true, titleAriaId: titleId }}>
      {error && <MessageBar messageBarType={MessageBarType.error} role="alert">{error}</MessageBar>}
      <Stack tokens={{ childrenGap: 8 }}>
        <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField label={strings.PeopleSearchLabel} value={text} onChange={(_, v) => setText(v ?? '')} disabled={saving}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                find();
              }
            }} styles={{ root: { flexGrow: 1 } }} />
          <DefaultButton text={strings.PeopleSearch} onClick={find} disabled={saving || searching} />
        </Stack>
        <div role="status" aria-live="polite">
          {results !== undefined && results.length === 0 && <Text>{strings.PeopleNoResults}</Text>}
        </div>
        {people.length > 0 && (
          <ChoiceGroup label={strings.PeopleResults} selectedKey={chosen !== undefined ? String(chosen) : undefined}
            options={people.map((p) => ({ key: String(p.id), text: p.email ? `${p.title} (${p.email})` : p.title }))}
            onChange={(_, o) => o && setChosen(Number(o.key))} disabled={saving} />
        )}
      </Stack>
      <DialogFooter>
        <PrimaryButton text={saving ? suiteStrings.Saving : suiteStrings.Save} disabled={saving || chosen === undefined}
          onClick={() => run(() => onSave(people.find((p) => p.id === chosen)))} />
        {current && <DefaultButton text={strings.Unassign} disabled={saving} onClick={() => run(() => onSave(undefined))} />}
        <DefaultButton text={suiteStrings.Cancel} disabled={saving} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
