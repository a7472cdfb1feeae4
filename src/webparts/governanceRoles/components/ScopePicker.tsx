import * as React from 'react';
import { ComboBox } from '@fluentui/react/lib/ComboBox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import type { RoleScope } from '../../../core/governanceRoles';
import { ROLE_SCOPE_KINDS, type RoleScopeKind } from '../../../core/models/governanceRole';
import type { RolesSession } from '../services/IGovernanceRolesService';
import { scopeKindLabel } from './rolesText';

/** Lists a single-record scope may name. */
const RECORD_LISTS = ['DataAssets', 'AISystems', 'Risks'] as const;

/** Props of {@link ScopePicker}. */
export interface IScopePickerProps {
  scope: RoleScope;
  session: RolesSession;
  onChange: (scope: RoleScope) => void;
  strings: IGovernanceRolesStrings;
}

/** Which scope's matrix is shown: its kind, then the region, mission, department or record. */
export function ScopePicker(props: IScopePickerProps): React.ReactElement {
  const { scope, session, onChange, strings } = props;
  const values = scope.kind === 'Region' ? session.regions : scope.kind === 'Mission' ? session.missions : scope.kind === 'Department' ? session.departments : [];
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 16 }} verticalAlign="end">
      <Dropdown label={strings.ScopeKindLabel} selectedKey={scope.kind} styles={{ root: { minWidth: 180 } }}
        options={ROLE_SCOPE_KINDS.map((kind) => ({ key: kind, text: scopeKindLabel(kind, strings) }))}
        onChange={(_, option) => {
          const kind = option?.key as RoleScopeKind | undefined;
          if (kind) onChange(kind === 'Record' ? { kind, list: RECORD_LISTS[0] } : { kind });
        }} />
      {(scope.kind === 'Region' || scope.kind === 'Mission' || scope.kind === 'Department') && (
        <ComboBox label={strings.ScopeValueLabel} selectedKey={scope.value ?? null} autoComplete="on" allowFreeform={false} styles={{ root: { minWidth: 260 } }}
          options={values.map((v) => ({ key: v, text: v }))}
          onChange={(_, option) => option && onChange({ kind: scope.kind, value: String(option.key) })} />
      )}
      {scope.kind === 'Record' && (
        <>
          <Dropdown label={strings.RecordListLabel} selectedKey={scope.list ?? RECORD_LISTS[0]} styles={{ root: { minWidth: 160 } }}
            options={RECORD_LISTS.map((l) => ({ key: l, text: l }))} onChange={(_, option) => option && onChange({ ...scope, list: String(option.key) })} />
          <TextField label={strings.RecordIdLabel} type="number" min={1} value={scope.id === undefined ? '' : String(scope.id)} styles={{ root: { width: 140 } }}
            onChange={(_, text) => {
              const id = Number(text);
              onChange({ ...scope, id: Number.isInteger(id) && id > 0 ? id : undefined });
            }} />
        </>
      )}
    </Stack>
  );
}

/** Whether the scope names what its kind needs (a value, or a record's list and id). */
export function isCompleteScope(scope: RoleScope): boolean {
  if (scope.kind === 'Organisation') return true;
  if (scope.kind === 'Record') return (scope.list ?? '') !== '' && scope.id !== undefined;
  return (scope.value ?? '') !== '';
}
