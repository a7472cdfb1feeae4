import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Label } from '@fluentui/react/lib/Label';
import { TagPicker, type ITag } from '@fluentui/react/lib/Pickers';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import { CAMPAIGN_SCOPE_KINDS, type CampaignScopeKind } from '../../../core/models/accessReview';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { DirectoryGroup } from '../../../graph/directory/types';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { FieldErrorText } from '../../../ui/FieldErrorText';
import { errorKindOf } from '../../../ui/errorText';
import { useStableId } from '../../../ui/useStableId';
import type { IAccessReviewService } from '../services/IAccessReviewService';
import { codeText, runTask } from './accessText';
import type { CampaignFormValues } from './campaignForm';
import { ImportFileReport } from './ImportFileReport';

/** Props of {@link ScopeFields}. */
export interface IScopeFieldsProps {
  values: CampaignFormValues;
  onChange: (patch: Partial<CampaignFormValues>) => void;
  service: IAccessReviewService;
  error?: string;
  disabled: boolean;
  strings: IAccessReviewsStrings;
  shared: IGovernanceSuiteStrings;
  locale?: string;
}

type Tagged = ITag & { group: DirectoryGroup };

/** Enterprise apps or directory roles, read once when their scope is chosen. */
function useOptions(load: (() => Promise<readonly { id: string; displayName: string }[]>) | undefined): { options: IDropdownOption[]; error?: GovernanceErrorKind } {
  const [options, setOptions] = React.useState<IDropdownOption[]>([]);
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  React.useEffect(() => {
    if (!load) return;
    load().then((list) => setOptions(list.map((o) => ({ key: o.id, text: o.displayName }))), (e: unknown) => setError(errorKindOf(e)));
  }, [load]);
  return { options, error };
}

/** What the campaign reviews: the kind (radio buttons) and its parameters (groups, region, apps, roles or a file). */
export function ScopeFields(props: IScopeFieldsProps): React.ReactElement {
  const { values, onChange, service, error, disabled, strings, shared, locale } = props;
  const groupInputId = useStableId('scope-groups');
  const fileId = useStableId('scope-file');
  const [checking, setChecking] = React.useState(false);
  const [fileError, setFileError] = React.useState<GovernanceErrorKind | undefined>(undefined);
  // Stable loaders: a new function each render would read the apps again on every render.
  const loadApps = React.useCallback(() => service.listApps(), [service]);
  const loadRoles = React.useCallback(() => service.listDirectoryRoles(), [service]);
  const apps = useOptions(values.scopeKind === 'AppRoles' ? loadApps : undefined);
  const roles = useOptions(values.scopeKind === 'DirectoryRoles' ? loadRoles : undefined);
  const kinds = CAMPAIGN_SCOPE_KINDS.map((k) => ({ key: k, text: codeText(strings.ScopeKinds, k) }));
  const toTag = (group: DirectoryGroup): Tagged => ({ key: group.id, name: group.displayName, group });

  const checkFile = async (file: File): Promise<void> => {
    setChecking(true);
    setFileError(undefined);
    try {
      onChange({ file: { name: file.name, checked: await service.checkAccessFile(file, file.name) } });
    } catch (e: unknown) {
      setFileError(errorKindOf(e));
      onChange({ file: undefined });
    } finally {
      setChecking(false);
    }
  };
  const multi = (list: readonly string[], option: IDropdownOption | undefined): string[] =>
    option === undefined ? [...list] : option.selected ? [...list, String(option.key)] : list.filter((k) => k !== option.key);

  return (
    <div role="group" aria-label={strings.ScopeLabel}>
      <ChoiceGroup label={strings.ScopeLabel} required options={kinds} selectedKey={values.scopeKind} disabled={disabled}
        onChange={(_e, option) => option && onChange({ scopeKind: option.key as CampaignScopeKind })} />
      {values.scopeKind === 'Groups' && (
        <div>
          <Label htmlFor={groupInputId} required>{strings.GroupsLabel}</Label>
          <TagPicker
            selectedItems={values.groups.map(toTag)}
            inputProps={{ id: groupInputId, 'aria-label': strings.GroupsLabel, placeholder: strings.GroupsPlaceholder }}
            onResolveSuggestions={async (text) => (await service.searchGroups(text)).map(toTag)}
            onChange={(items) => onChange({ groups: (items ?? []).map((i) => (i as Tagged).group) })}
            pickerSuggestionsProps={{ noResultsFoundText: strings.NoGroupFound, loadingText: strings.Loading }}
            removeButtonAriaLabel={strings.RemoveChoice}
            disabled={disabled}
          />
        </div>
      )}
      {values.scopeKind === 'Region' && (
        <>
          <TextField label={strings.RegionLabel} required value={values.region} onChange={(_e, v) => onChange({ region: v ?? '' })} disabled={disabled} />
          <TextField label={strings.MissionLabel} value={values.mission} onChange={(_e, v) => onChange({ mission: v ?? '' })} disabled={disabled} />
        </>
      )}
      {values.scopeKind === 'Guests' && <p>{strings.GuestsScopeHelp}</p>}
      {values.scopeKind === 'AppRoles' && (
        <>
          {apps.error && <ErrorMessageBar kind={apps.error} strings={shared} />}
          <Dropdown label={strings.AppsLabel} required multiSelect options={apps.options} selectedKeys={[...values.appIds]} disabled={disabled}
            onChange={(_e, option) => onChange({ appIds: multi(values.appIds, option) })} />
        </>
      )}
      {values.scopeKind === 'DirectoryRoles' && (
        <>
          {roles.error && <ErrorMessageBar kind={roles.error} strings={shared} />}
          <Dropdown label={strings.RolesLabel} required multiSelect options={roles.options} selectedKeys={[...values.roleIds]} disabled={disabled}
            onChange={(_e, option) => onChange({ roleIds: multi(values.roleIds, option) })} />
        </>
      )}
      {values.scopeKind === 'Imported' && (
        <div>
          <Label htmlFor={fileId} required>{strings.FileLabel}</Label>
          <input id={fileId} type="file" accept=".csv,.xlsx,.txt" disabled={disabled || checking} aria-describedby={`${fileId}-help`}
            onChange={(e) => { const file = e.target.files?.[0]; if (file) runTask(checkFile(file)); }} />
          <p id={`${fileId}-help`} style={{ margin: '4px 0' }}>{strings.FileHelp}</p>
          {checking && <Spinner label={strings.CheckingFile} ariaLive="polite" />}
          {fileError && <ErrorMessageBar kind={fileError} strings={shared} />}
          {values.file && <ImportFileReport checked={values.file.checked} strings={strings} locale={locale} />}
        </div>
      )}
      {error && <FieldErrorText id={`${groupInputId}-error`} message={error} />}
    </div>
  );
}
