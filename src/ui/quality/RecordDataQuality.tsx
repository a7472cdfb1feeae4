import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { GovernanceErrorKind } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import { latestByDimension } from '../../core/quality/latest';
import { QUALITY_DIMENSIONS, type QualityDraft, type QualityMeasurement } from '../../core/quality/model';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { format, formatDate, formatNumber, formatPlural } from '../format';
import { tableStyles } from '../scorecard/tableStyles';
import { useStableId } from '../useStableId';
import { QualityMeasurementForm } from './QualityMeasurementForm';

/** Props of {@link RecordDataQuality}. */
export interface IRecordDataQualityProps {
  /** The record's measurements (every dimension). */
  load: () => Promise<Stored<QualityMeasurement>[]>;
  /** Adds a measurement to the record. */
  add: (draft: QualityDraft) => Promise<Stored<QualityMeasurement>>;
  /** Today, the date the form offers (injected so tests can fix it). */
  now: Date;
  strings: IGovernanceSuiteStrings;
}

const score = (value: number): string => formatNumber(value, undefined, { maximumFractionDigits: 1 });
const newestFirst = (a: Stored<QualityMeasurement>, b: Stored<QualityMeasurement>): number => b.measuredOn.slice(0, 10).localeCompare(a.measuredOn.slice(0, 10)) || b.id - a.id;

/**
 * Measured data quality of one inventory record (issue 18, part 5), for the details panel: the latest score of each
 * dimension with its date and source, the whole history on demand, and a form to add a measurement. Kept apart from
 * the metadata health score shown above it. Loads once per mount; shows its own error with a retry.
 */
export function RecordDataQuality(props: IRecordDataQualityProps): React.ReactElement {
  const { strings: shared } = props;
  const s = shared.Quality;
  const css = tableStyles(useTheme());
  const titleId = useStableId('record-quality-title');
  const [state, setState] = React.useState<{ rows?: Stored<QualityMeasurement>[]; error?: GovernanceErrorKind }>({});
  const [attempt, setAttempt] = React.useState(0);
  const [adding, setAdding] = React.useState(false);
  const [status, setStatus] = React.useState<string | undefined>(undefined);
  React.useEffect(() => {
    let live = true;
    setState({});
    props.load().then((rows) => live && setState({ rows }), (error: unknown) => live && setState({ error: errorKindOf(error) }));
    return () => {
      live = false;
    };
  }, [attempt]);

  const saved = (row: Stored<QualityMeasurement>): void => {
    setAdding(false);
    setStatus(format(s.Saved, s.Dimensions[row.dimension] ?? row.dimension, score(row.score), formatDate(row.measuredOn, row.measuredOn)));
    setState((current) => ({ rows: [...(current.rows ?? []), row] }));
  };

  let body: React.ReactNode;
  if (state.error !== undefined) body = <ErrorMessageBar kind={state.error} strings={shared} onRetry={() => setAttempt((n) => n + 1)} />;
  else if (state.rows === undefined) body = <Spinner size={SpinnerSize.small} label={s.Loading} />;
  else if (state.rows.length === 0) body = <Text block>{s.None}</Text>;
  else {
    const latest = latestByDimension(state.rows).values().next().value;
    const history = [...state.rows].sort(newestFirst);
    body = (
      <>
        <table className={css.table} data-testid="quality-latest">
          <caption className={css.caption}>{s.LatestCaption}</caption>
          <thead>
            <tr>{[s.Dimension, s.Score, s.MeasuredOn, s.Source].map((h, i) => <th key={h} scope="col" className={i === 1 ? `${css.th} ${css.num}` : css.th}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {QUALITY_DIMENSIONS.map((dimension) => {
              const row = latest?.get(dimension);
              return (
                <tr key={dimension} data-dimension={dimension}>
                  <th scope="row" className={css.rowHeader}>{s.Dimensions[dimension] ?? dimension}</th>
                  <td className={`${css.td} ${css.num}`} data-score="">{row ? score(row.score) : s.NotMeasured}</td>
                  <td className={css.td}>{row ? formatDate(row.measuredOn, row.measuredOn) : ''}</td>
                  <td className={css.td}>{row ? row.source ?? s.NoSource : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <details data-testid="quality-history" style={{ marginTop: 8 }}>
          <summary style={{ cursor: 'pointer' }}>{formatPlural(s.History, history.length)}</summary>
          <table className={css.table}>
            <caption className={css.caption}>{s.HistoryCaption}</caption>
            <thead>
              <tr>{[s.MeasuredOn, s.Dimension, s.Score, s.Source].map((h, i) => <th key={h} scope="col" className={i === 2 ? `${css.th} ${css.num}` : css.th}>{h}</th>)}</tr>
            </thead>
            <tbody>
              {history.map((row) => (
                <tr key={row.id} data-measurement={row.id}>
                  <th scope="row" className={css.rowHeader}>{formatDate(row.measuredOn, row.measuredOn)}</th>
                  <td className={css.td}>{s.Dimensions[row.dimension] ?? row.dimension}</td>
                  <td className={`${css.td} ${css.num}`}>{score(row.score)}</td>
                  <td className={css.td}>{row.source ?? s.NoSource}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </>
    );
  }

  return (
    <section aria-labelledby={titleId} data-testid="record-quality">
      <Text as="h3" variant="large" id={titleId} block>{s.Title}</Text>
      <Text block variant="small">{s.Intro}</Text>
      <div role="status" aria-live="polite">{status && <MessageBar messageBarType={MessageBarType.success}>{status}</MessageBar>}</div>
      {body}
      {state.rows !== undefined && (adding ? (
        <QualityMeasurementForm add={props.add} today={props.now.toISOString().slice(0, 10)} onSaved={saved} onCancel={() => setAdding(false)}
          onError={(e) => { setAdding(false); setState({ error: errorKindOf(e) }); }} strings={shared} />
      ) : (
        <div style={{ marginTop: 8 }}><DefaultButton text={s.Add} iconProps={{ iconName: 'Add' }} onClick={() => { setStatus(undefined); setAdding(true); }} /></div>
      ))}
    </section>
  );
}
