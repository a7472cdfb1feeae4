import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { Risk } from '../../core/models/risk';
import { currentRiskScore, riskLevel } from '../../core/risk';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { revealHiddenCharacters } from '../../core/validation/visibleText';
import { format, formatDate } from '../format';

/** Props of {@link RecordOpenRisks}. */
export interface IRecordOpenRisksProps {
  /** Loads the record's open risks, e.g. `() => loadOpenRisks(repositories, 'dataAssets', asset.id)`. */
  load: () => Promise<Stored<Risk>[]>;
  /** The Risk Register's strings (resource module RiskRegisterWebPartStrings). */
  strings: IRiskRegisterStrings;
  /** Shared suite strings, for error messages. */
  shared: IGovernanceSuiteStrings;
}

/**
 * A record's open risks (for the Data Inventory's and the AI Registry's details panels): title, current level
 * and due date, highest first. Loads once per mount; shows its own error with a retry.
 */
export function RecordOpenRisks(props: IRecordOpenRisksProps): React.ReactElement {
  const { load, strings, shared } = props;
  const [state, setState] = React.useState<{ risks?: Stored<Risk>[]; error?: GovernanceErrorKind }>({});
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setState({});
    load().then(
      (risks) => live && setState({ risks }),
      (error: unknown) => live && setState({ error: errorKindOf(error) })
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const levels: Record<string, string> = { Low: strings.LevelLow, Medium: strings.LevelMedium, High: strings.LevelHigh, Critical: strings.LevelCritical };
  return (
    <section aria-label={strings.OpenRisksTitle}>
      <Text as="h3" variant="mediumPlus" block>{strings.OpenRisksTitle}</Text>
      {state.error !== undefined ? (
        <ErrorMessageBar kind={state.error} strings={shared} onRetry={() => setAttempt((n) => n + 1)} />
      ) : state.risks === undefined ? (
        <Spinner size={SpinnerSize.small} label={strings.Loading} />
      ) : state.risks.length === 0 ? (
        <Text block>{strings.OpenRisksNone}</Text>
      ) : (
        <ul style={{ paddingLeft: 20, margin: 0 }}>
          {state.risks.map((risk) => {
            const score = currentRiskScore(risk);
            return (
              <li key={risk.id}>
                {format(strings.OpenRisksLine, `${score} ${levels[riskLevel(score)]}`, revealHiddenCharacters(risk.title), formatDate(risk.dueDate, strings.NotSet))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
