import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../core/errors';
import { isActionOverdue, OPEN_ACTION_STATUSES, overdueActionsOf } from '../../core/meetingActions';
import type { PersonRef, Stored } from '../../core/models/common';
import type { MeetingAction } from '../../core/models/meetingAction';
import { revealHiddenCharacters } from '../../core/validation/visibleText';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { format, formatDate, formatPlural } from '../format';
import { FlagTag } from '../FlagTag';

/** What the section shows: the record's actions and, when known, who is signed in (to flag their own overdue ones). */
export interface RecordActions {
  readonly actions: readonly Stored<MeetingAction>[];
  readonly me?: PersonRef;
}

/** Props of {@link RecordMeetingActions}. */
export interface IRecordMeetingActionsProps {
  /** Loads the record's actions, e.g. over `loadRecordActions(repositories, 'DataAssets', id)`. */
  load: () => Promise<RecordActions>;
  strings: IGovernanceSuiteStrings;
  /** Today, for "overdue" (injected so tests can fix it). */
  now: Date;
}

/**
 * The meeting actions about one record (issue 19, part 5), for the inventory's and the AI registry's details panels:
 * how many there are, how many are open and overdue, a warning to the signed-in owner of an overdue one, and the open
 * actions with their meeting, owner and due date. Loads once per mount; shows its own error with a retry.
 */
export function RecordMeetingActions(props: IRecordMeetingActionsProps): React.ReactElement {
  const { load, now } = props;
  const strings = props.strings.RecordActions;
  const [state, setState] = React.useState<{ found?: RecordActions; error?: GovernanceErrorKind }>({});
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setState({});
    load().then(
      (found) => live && setState({ found }),
      (error: unknown) => live && setState({ error: errorKindOf(error) })
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <section aria-label={strings.Title}>
      <Text as="h3" variant="mediumPlus" block>{strings.Title}</Text>
      {state.error !== undefined ? (
        <ErrorMessageBar kind={state.error} strings={props.strings} onRetry={() => setAttempt((n) => n + 1)} />
      ) : state.found === undefined ? (
        <Spinner size={SpinnerSize.small} label={strings.Loading} />
      ) : (
        <ActionsSummary found={state.found} now={now} strings={strings} />
      )}
    </section>
  );
}

function ActionsSummary(props: { found: RecordActions; now: Date; strings: IGovernanceSuiteStrings['RecordActions'] }): React.ReactElement {
  const { found, now, strings } = props;
  const { actions, me } = found;
  if (actions.length === 0) return <Text block>{strings.None}</Text>;
  const open = actions.filter((a) => OPEN_ACTION_STATUSES.includes(a.status));
  const overdue = open.filter((a) => isActionOverdue(a, now)).length;
  const mine = me ? overdueActionsOf(actions, me, now).length : 0;
  // Overdue first, then by due date: what needs doing soonest is read first.
  const shown = [...open].sort((a, b) => Number(isActionOverdue(b, now)) - Number(isActionOverdue(a, now)) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const counts = [formatPlural(strings.OpenCount, open.length), ...(overdue > 0 ? [formatPlural(strings.OverdueCount, overdue)] : [])].join(', ');
  return (
    <>
      {mine > 0 && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          {formatPlural(strings.YourOverdue, mine)}
        </MessageBar>
      )}
      <Text block>{`${formatPlural(strings.Summary, actions.length)} ${counts}.`}</Text>
      {shown.length > 0 && (
        <ul style={{ paddingLeft: 20, margin: 0 }}>
          {shown.map((action) => (
            <li key={action.id}>
              <Text block>
                {format(strings.Line, revealHiddenCharacters(action.actionText), action.owner?.title ?? strings.NoOwner, formatDate(action.dueDate, strings.NoDueDate))}
                {isActionOverdue(action, now) && <FlagTag text={strings.Overdue} kind="error" />}
              </Text>
              <Text variant="small" block>{format(strings.FromMeeting, revealHiddenCharacters(action.meetingTitle), formatDate(action.meetingDate, ''))}</Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
