import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'HealthScorecardWebPartStrings';
import { isGovernanceError, type GovernanceErrorKind } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { GovernanceSetting } from '../../../core/models/governanceSetting';
import { parseMaturityTargets, serializeMaturityTargets, targetFor, validateTargets, type MaturityTargets } from '../../../core/maturity';
import { GOVERNANCE_SETTINGS_LIST } from '../../../core/schema/lists/governanceSettings';
import { ConflictDialog } from '../../../ui/ConflictDialog';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { errorKindOf, errorText } from '../../../ui/errorText';
import type { IScorecardService } from '../services/IScorecardService';

/** Props of {@link MaturityTargetsDialog}. */
export interface IMaturityTargetsDialogProps {
  service: IScorecardService;
  /** The areas in template order, with their titles in the page's language. */
  areas: readonly { readonly id: string; readonly title: string }[];
  /** The targets in force (the dialog starts from them). */
  targets: MaturityTargets;
  /** The stored setting, whose ETag the save sends as If-Match; undefined: none yet (the save creates it). */
  setting: Stored<GovernanceSetting> | undefined;
  shared: IGovernanceSuiteStrings;
  onSaved: () => void;
  onDismiss: () => void;
}

const valuesOf = (targets: MaturityTargets, ids: readonly string[]): Record<string, string> =>
  Object.fromEntries(ids.map((id) => [id, String(targetFor(targets, id))]));

/**
 * A lead's targets per DMBOK area: one whole level 1-5 per area, checked before saving (the message beside each
 * wrong field); saved with If-Match. When someone saved the targets meanwhile, the suite's conflict dialog shows
 * both versions and nothing is overwritten until the lead re-applies.
 */
export function MaturityTargetsDialog(props: IMaturityTargetsDialogProps): React.ReactElement {
  const { service, areas, shared } = props;
  const ids = areas.map((a) => a.id);
  const [values, setValues] = React.useState<Record<string, string>>(() => valuesOf(props.targets, ids));
  const [base, setBase] = React.useState(props.setting);
  const [invalid, setInvalid] = React.useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<GovernanceErrorKind | undefined>();
  const [conflict, setConflict] = React.useState<{ mine: MaturityTargets; theirs: Stored<GovernanceSetting> } | undefined>();

  // Never rejects: every failure ends in the dialog's state (a message bar or the conflict dialog).
  const saveNow = async (targets: MaturityTargets, against: Stored<GovernanceSetting> | undefined): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await service.saveMaturityTargets(targets, ids, against ? { id: against.id, etag: against.etag } : undefined);
      setConflict(undefined);
      props.onSaved();
    } catch (error) {
      const theirs = isGovernanceError(error, 'Conflict') ? await service.maturity().then((d) => d.setting, () => undefined) : undefined;
      if (theirs) setConflict({ mine: targets, theirs });
      else setFailure(errorKindOf(error));
    } finally {
      setBusy(false);
    }
  };

  const save = (targets: MaturityTargets, against: Stored<GovernanceSetting> | undefined): void => {
    saveNow(targets, against).catch(() => undefined);
  };

  const submit = (): void => {
    const issues = validateTargets(values, ids);
    setInvalid(new Set(issues.map((i) => i.area)));
    if (issues.length > 0) return;
    save(Object.fromEntries(ids.map((id) => [id, Number(values[id])])), base);
  };

  const summary = (value: unknown): string => {
    const targets = parseMaturityTargets(typeof value === 'string' ? value : undefined);
    return areas.map((a) => `${a.title}: ${targetFor(targets, a.id)}`).join('; ');
  };

  if (conflict) {
    return (
      <ConflictDialog<GovernanceSetting>
        list={GOVERNANCE_SETTINGS_LIST}
        mine={{ value: serializeMaturityTargets(conflict.mine, ids) }}
        theirs={conflict.theirs}
        fieldName={() => strings.MaturitySettingValue}
        valueText={(field, value) => (field === 'value' ? summary(value) : undefined)}
        busy={busy}
        strings={shared}
        errorMessage={failure ? errorText(failure, shared) : undefined}
        onReloadTheirs={() => {
          setValues(valuesOf(parseMaturityTargets(conflict.theirs.value), ids));
          setBase(conflict.theirs);
          setConflict(undefined);
        }}
        onReapply={() => save(conflict.mine, conflict.theirs)}
      />
    );
  }

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: strings.MaturityTargetsDialogTitle, subText: strings.MaturityTargetsDialogText }}
      modalProps={{ isBlocking: true }}
      minWidth={420}
    >
      <form
        data-maturity-targets=""
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {invalid.size > 0 && <MessageBar messageBarType={MessageBarType.error}>{strings.MaturityTargetsInvalid}</MessageBar>}
        {failure && <ErrorMessageBar kind={failure} strings={shared} />}
        {areas.map((area) => (
          <TextField
            key={area.id}
            label={area.title}
            inputMode="numeric"
            value={values[area.id] ?? ''}
            data-area={area.id}
            errorMessage={invalid.has(area.id) ? strings.MaturityTargetNotALevel : undefined}
            onChange={(_, value) => setValues((v) => ({ ...v, [area.id]: value ?? '' }))}
          />
        ))}
        <DialogFooter>
          <PrimaryButton type="submit" text={strings.MaturitySaveTargets} disabled={busy} />
          <DefaultButton text={strings.MaturityCancel} onClick={props.onDismiss} disabled={busy} />
        </DialogFooter>
      </form>
    </Dialog>
  );
}
