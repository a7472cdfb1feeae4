import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import { dpiaMissing, type ProcessingActivity } from '../../core/privacy';
import { revealHiddenCharacters } from '../../core/validation/visibleText';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { FlagTag } from '../FlagTag';
import { format } from '../format';

/** Props of {@link RecordProcessingActivities}. */
export interface IRecordProcessingActivitiesProps {
  /** Loads the record's processing activities, e.g. `() => loadLinkedActivities(repositories, 'dataAssets', asset.id)`. */
  load: () => Promise<Stored<ProcessingActivity>[]>;
  /** The Privacy Register's strings (resource module PrivacyRegisterWebPartStrings). */
  strings: IPrivacyRegisterStrings;
  /** Shared suite strings, for error messages. */
  shared: IGovernanceSuiteStrings;
}

/**
 * The records of processing that use a dataset or an AI system (for the Data Inventory's and the AI Registry's
 * details panels): name and role, flagged when a DPIA is required and none is recorded. Loads once per mount, when
 * the panel opens; shows its own error with a retry.
 */
export function RecordProcessingActivities(props: IRecordProcessingActivitiesProps): React.ReactElement {
  const { load, strings, shared } = props;
  const [state, setState] = React.useState<{ activities?: Stored<ProcessingActivity>[]; error?: GovernanceErrorKind }>({});
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setState({});
    load().then(
      (activities) => live && setState({ activities }),
      (error: unknown) => live && setState({ error: errorKindOf(error) })
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <section aria-label={strings.LinkedTitle} data-testid="record-processing-activities">
      <Text as="h3" variant="mediumPlus" block>{strings.LinkedTitle}</Text>
      {state.error !== undefined ? (
        <ErrorMessageBar kind={state.error} strings={shared} onRetry={() => setAttempt((n) => n + 1)} />
      ) : state.activities === undefined ? (
        <Spinner size={SpinnerSize.small} label={strings.Loading} />
      ) : state.activities.length === 0 ? (
        <Text block>{strings.LinkedNone}</Text>
      ) : (
        <ul style={{ paddingLeft: 20, margin: 0 }}>
          {state.activities.map((activity) => (
            <li key={activity.id}>
              {format(strings.LinkedLine, revealHiddenCharacters(activity.title), (strings.Roles[activity.role] ?? activity.role).replace(/ \(.*\)$/, ''))}
              {dpiaMissing(activity) && <FlagTag kind="error" text={strings.DpiaMissing} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
