import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import type { FieldIssue } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';
import { validateDecision, type DecisionDraft } from '../../../core/ownership';
import { SafeLink } from '../../../ui/details/SafeLink';
import { format } from '../../../ui/format';
import { formatDay, ownershipIssueText } from '../../../ui/ownership/ownershipLabels';
import { PersonPersona } from '../../../ui/people/PersonPersona';

/** Props of {@link QueueItemCard}. */
export interface IQueueItemCardProps {
  title: string;
  asset?: Stored<DataAsset>;
  /** The request to decide; absent for a re-attestation nobody has requested yet (no buttons then). */
  request?: Stored<OwnershipRequest>;
  /** A line under the title (e.g. the approval's dates for a re-attestation). */
  note?: string;
  overdue?: boolean;
  viewer: PersonRef;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** Saves the decision; resolves with the server's validation issues, if any. */
  onDecide: (draft: DecisionDraft) => Promise<readonly FieldIssue[]>;
  busy: boolean;
  strings: IGovernanceSuiteStrings;
}

const css = mergeStyleSets({
  card: { padding: 12, borderWidth: 1, borderStyle: 'solid', listStyle: 'none', marginBottom: 12 },
  list: { display: 'grid', gridTemplateColumns: 'minmax(110px, 30%) 1fr', columnGap: 12, rowGap: 2, margin: '8px 0' },
  term: { fontWeight: 600 },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }
});

/**
 * One record waiting for the custodian: the record's essentials, who asked and by when, and Approve (one click) or
 * Decline (a second click after the required comment). The comment is checked here with core's rule first.
 */
export function QueueItemCard(props: IQueueItemCardProps): React.ReactElement {
  const { title, asset, request, note, overdue, viewer, selected, onSelect, onDecide, busy, strings } = props;
  const s = ownershipStrings;
  const [declining, setDeclining] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [issues, setIssues] = React.useState<readonly FieldIssue[]>([]);
  const commentField = React.useRef<ITextField>(null);
  React.useEffect(() => {
    // The comment field takes focus when it opens, so keyboard users type at once.
    if (declining) commentField.current?.focus();
  }, [declining]);

  const submit = async (draft: DecisionDraft): Promise<void> => {
    if (!request) return;
    const local = validateDecision(draft, request, viewer);
    const found = local.length > 0 ? local : await onDecide(draft);
    setIssues(found);
  };
  const commentIssue = issues.find((issue) => issue.field === 'comment');
  const otherIssues = issues.filter((issue) => issue.field !== 'comment');
  const notSet = strings.NotSet;
  const due = request?.dueDate ? formatDay(request.dueDate, notSet) : s.NoDueDate;

  const rows: [string, React.ReactNode][] = [
    [strings.Fields.mission, asset?.mission ?? notSet],
    [s.Location, asset?.locationUrl?.url ? <SafeLink url={asset.locationUrl.url} unsafeNote={strings.UnsafeLink} /> : notSet],
    [strings.Fields.declaredSensitivity, asset?.declaredSensitivity ?? notSet],
    [s.PersonalDataLabel, asset === undefined ? notSet : asset.containsPersonalData ? strings.Yes : strings.No],
    [s.CurrentOwner, asset?.owner ? <PersonPersona person={asset.owner} compact /> : notSet]
  ];
  if (request) {
    rows.push([s.RequestedBy, request.requester ? <PersonPersona person={request.requester} compact /> : notSet], [s.DueOn, overdue ? format(s.Overdue, due) : due]);
    if (request.message) rows.push([s.MessageLabel, request.message]);
  }

  return (
    <li className={css.card} aria-label={format(s.ItemAriaLabel, title)}>
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
        {request && <Checkbox ariaLabel={format(s.SelectItem, title)} checked={selected} onChange={(_, checked) => onSelect(checked === true)} disabled={busy} />}
        <Text as="h3" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{title}</Text>
      </Stack>
      {note && <Text as="p" styles={{ root: { margin: '4px 0' } }}>{note}</Text>}
      <dl className={css.list}>
        {rows.map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={css.term}>{term}</dt>
            <dd className={css.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
      {otherIssues.map((issue) => (
        <Text key={issue.code} as="p" role="alert" styles={{ root: { color: 'inherit', fontWeight: 600 } }}>{ownershipIssueText(issue, s)}</Text>
      ))}
      {request && !declining && (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={s.Approve} ariaLabel={format(s.ApproveAria, title)} disabled={busy} onClick={() => submit({ decision: 'Approve' }).catch(() => undefined)} />
          <DefaultButton text={s.Decline} ariaLabel={format(s.DeclineAria, title)} disabled={busy} onClick={() => setDeclining(true)} />
        </Stack>
      )}
      {request && declining && (
        <Stack tokens={{ childrenGap: 8 }}>
          <TextField
            componentRef={commentField}
            label={s.DeclineCommentLabel}
            multiline
            rows={3}
            required
            value={comment}
            onChange={(_, value) => setComment(value ?? '')}
            errorMessage={commentIssue ? ownershipIssueText(commentIssue, s) : undefined}
          />
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={s.ConfirmDecline} disabled={busy} onClick={() => submit({ decision: 'Decline', comment }).catch(() => undefined)} />
            <DefaultButton text={strings.Cancel} disabled={busy} onClick={() => { setDeclining(false); setIssues([]); }} />
          </Stack>
        </Stack>
      )}
    </li>
  );
}
