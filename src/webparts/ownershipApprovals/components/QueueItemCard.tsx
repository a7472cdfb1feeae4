import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { ActionButton, DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import type { FieldIssue } from '../../../core/errors';
import type { PersonRef, Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { OwnershipRequest } from '../../../core/models/ownershipRequest';
import { validateDecision, type DecisionDraft } from '../../../core/ownership';
import { format } from '../../../ui/format';
import { LocationLink } from '../../../ui/ownership/LocationLink';
import { formatDay, ownershipIssueText } from '../../../ui/ownership/ownershipLabels';
import { choiceLabel } from '../../../ui/choiceLabels';
import { PersonPersona } from '../../../ui/people/PersonPersona';
import { useIsNarrow } from '../../../ui/useIsNarrow';
import { useStableId } from '../../../ui/useStableId';

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

/** Below this card width the record's secondary facts fold behind "Details" (a Teams tab on a phone is ~390 px). */
const NARROW_CARD = 560;

/** Mark a card (with its request id) and its Approve button, so the queue can focus the next card's after a decision. */
export const CARD_ATTRIBUTE = 'data-queue-card';
export const APPROVE_BUTTON_ATTRIBUTE = 'data-queue-approve';

// Compact: the facts flow as term-value pairs on a few lines (a card took ~225 px, three to a Teams screen).
const css = mergeStyleSets({
  card: { padding: '8px 12px', borderWidth: 1, borderStyle: 'solid', listStyle: 'none', marginBottom: 8 },
  // The title keeps its line beside the checkbox and wraps there; the overdue badge follows at the line's end.
  header: { display: 'flex', alignItems: 'center', gap: 8 },
  facts: { display: 'flex', flexWrap: 'wrap', columnGap: 16, rowGap: 2, margin: '4px 0 8px' },
  fact: { display: 'flex', alignItems: 'center', gap: 4, minWidth: 0, maxWidth: '100%' },
  term: { fontWeight: 600 },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', minWidth: 0 },
  message: { flexBasis: '100%' },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 8 },
  badge: { fontWeight: 600, padding: '0 6px', borderWidth: 1, borderStyle: 'solid', borderRadius: 2 }
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
  const theme = useTheme();
  const cardRef = React.useRef<HTMLLIElement>(null);
  const narrow = useIsNarrow(cardRef, NARROW_CARD);
  const [expanded, setExpanded] = React.useState(false);
  const detailsId = useStableId('queue-card-details');
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

  // What decides at a glance first; where and who on a second line, folded behind "Details" on a narrow card.
  const primary: [string, React.ReactNode][] = [
    [strings.Fields.mission, asset?.mission ?? notSet],
    [strings.Fields.declaredSensitivity, choiceLabel('Sensitivity', asset?.declaredSensitivity, strings) || notSet],
    [s.PersonalDataLabel, asset === undefined ? notSet : asset.containsPersonalData ? strings.Yes : strings.No]
  ];
  const secondary: [string, React.ReactNode][] = [
    [s.Location, asset?.locationUrl?.url ? <LocationLink url={asset.locationUrl.url} unsafeNote={strings.UnsafeLink} /> : notSet],
    [s.CurrentOwner, asset?.owner ? <PersonPersona person={asset.owner} compact /> : notSet]
  ];
  if (request) {
    // The header's Overdue badge says it in words; repeating it here wrapped the due date at 390 px.
    primary.push([s.DueOn, due]);
    secondary.push([s.RequestedBy, request.requester ? <PersonPersona person={request.requester} compact /> : notSet]);
    if (request.message) secondary.push([s.MessageLabel, request.message]);
  }
  const showSecondary = !narrow || expanded;
  const factList = (rows: [string, React.ReactNode][], id?: string): React.ReactElement => (
    <dl className={css.facts} id={id}>
      {rows.map(([term, value]) => (
        <div key={term} className={term === s.MessageLabel ? `${css.fact} ${css.message}` : css.fact}>
          <dt className={css.term}>{term}</dt>
          <dd className={css.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
  const detailsToggle = narrow ? (
    <ActionButton
      iconProps={{ iconName: expanded ? 'ChevronUp' : 'ChevronDown' }}
      text={s.ShowDetails}
      ariaLabel={format(s.DetailsAria, title)}
      aria-expanded={expanded}
      aria-controls={expanded ? detailsId : undefined}
      onClick={() => setExpanded(!expanded)}
    />
  ) : undefined;

  // Overdue is said in words and by a thick edge, not by colour alone; the colours are the theme's error colours.
  const overdueEdge = overdue ? { borderLeftWidth: 4, borderLeftColor: theme.semanticColors.errorIcon } : undefined;
  return (
    <li ref={cardRef} className={css.card} style={{ borderColor: theme.semanticColors.bodyDivider, ...overdueEdge }} aria-label={format(s.ItemAriaLabel, title)} {...{ [CARD_ATTRIBUTE]: request?.id }}>
      <div className={css.header}>
        {request && <Checkbox ariaLabel={format(s.SelectItem, title)} checked={selected} onChange={(_, checked) => onSelect(checked === true)} disabled={busy} />}
        <Text as="h3" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0, overflowWrap: 'anywhere', flex: '1 1 0', minWidth: 0 } }}>{title}</Text>
        {overdue && (
          <span className={css.badge} data-testid="overdue-badge" style={{ color: theme.semanticColors.errorText, borderColor: theme.semanticColors.errorIcon }}>
            {s.OverdueBadge}
          </span>
        )}
      </div>
      {note && <Text as="p" styles={{ root: { margin: '4px 0' } }}>{note}</Text>}
      {factList(primary)}
      {showSecondary && factList(secondary, detailsId)}
      {otherIssues.map((issue) => (
        <Text key={issue.code} as="p" role="alert" styles={{ root: { color: 'inherit', fontWeight: 600 } }}>{ownershipIssueText(issue, s)}</Text>
      ))}
      {!request && detailsToggle}
      {request && !declining && (
        <div className={css.actions}>
          <PrimaryButton
            text={s.Approve}
            ariaLabel={format(s.ApproveAria, title)}
            disabled={busy}
            allowDisabledFocus
            {...{ [APPROVE_BUTTON_ATTRIBUTE]: true }}
            onClick={() => submit({ decision: 'Approve' }).catch(() => undefined)} />
          <DefaultButton text={s.Decline} ariaLabel={format(s.DeclineAria, title)} disabled={busy} allowDisabledFocus onClick={() => setDeclining(true)} />
          {detailsToggle}
        </div>
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
            <PrimaryButton text={s.ConfirmDecline} disabled={busy} allowDisabledFocus onClick={() => submit({ decision: 'Decline', comment }).catch(() => undefined)} />
            <DefaultButton text={strings.Cancel} disabled={busy} onClick={() => { setDeclining(false); setIssues([]); }} />
          </Stack>
        </Stack>
      )}
    </li>
  );
}
