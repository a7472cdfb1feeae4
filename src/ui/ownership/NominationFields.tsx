import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import type { FieldIssue } from '../../core/errors';
import type { PersonRef } from '../../core/models/common';
import type { NominationDraft } from '../../core/ownership';
import { PeopleField } from '../form/PeopleField';
import { ownershipIssueText } from './ownershipLabels';

/** Props of {@link NominationFields}. */
export interface INominationFieldsProps {
  draft: NominationDraft;
  onChange: (draft: NominationDraft) => void;
  issues: readonly FieldIssue[];
  onResolvePeople: (text: string) => Promise<PersonRef[]>;
  disabled: boolean;
  /** False when the governance roles' routed decider is asked: the person field is not shown. Default true. */
  showNominee?: boolean;
  strings: IGovernanceSuiteStrings;
}

/** The nominee, due date and optional message of a nomination, each with its localised problem. */
export function NominationFields(props: INominationFieldsProps): React.ReactElement {
  const { draft, onChange, issues, onResolvePeople, disabled, showNominee = true, strings } = props;
  const s = ownershipStrings;
  const issueFor = (field: string): string | undefined => {
    const found = issues.find((issue) => issue.field === field);
    return found ? ownershipIssueText(found, s) : undefined;
  };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {showNominee && (
        <PeopleField
          label={s.NomineeLabel}
          value={draft.nominee}
          onChange={(nominee) => onChange({ ...draft, nominee })}
          onResolve={onResolvePeople}
          required
          disabled={disabled}
          errorMessage={issueFor('nominee')}
          strings={strings}
        />
      )}
      <TextField
        label={s.DueDateLabel}
        type="date"
        value={draft.dueDate ?? ''}
        onChange={(_, value) => onChange({ ...draft, dueDate: value || undefined })}
        disabled={disabled}
        errorMessage={issueFor('dueDate')}
      />
      <TextField
        label={s.NominationMessageLabel}
        multiline
        rows={3}
        value={draft.message ?? ''}
        onChange={(_, value) => onChange({ ...draft, message: value })}
        disabled={disabled}
        errorMessage={issueFor('message')}
      />
    </Stack>
  );
}
