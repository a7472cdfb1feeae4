import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ScopeAggregate } from '../../core/scorecard';
import { dimensionsByPointsLost } from '../../core/scorecard';
import type { ScoreBand, ScoreDimensionKey } from '../../core/scoring';
import { format, formatNumber } from '../format';
import { bandText, HEALTH_BANDS } from '../healthTypes';
import { formatPercent } from './scorecardTypes';
import { tableStyles } from './tableStyles';

/** Props of {@link BandTable}. */
export interface IBandTableProps {
  scope: ScopeAggregate;
  strings: IGovernanceSuiteStrings;
  onOpen: (band: ScoreBand) => void;
}

/** A row of {@link CountShareTable}: a named figure, its record count, and how to open its records. */
export interface ICountShareRow {
  readonly key: string;
  readonly name: string;
  readonly count: number;
  readonly onOpen: () => void;
}

/**
 * Records per named figure with their share of the scope's records; a figure with records opens them. Rows carry
 * `data-figure` (their key) so tests and styles can find them.
 */
export function CountShareTable(props: { caption: string; rows: readonly ICountShareRow[]; total: number; strings: IGovernanceSuiteStrings }): React.ReactElement {
  const { caption, rows, total, strings } = props;
  const s = strings.Scorecard;
  const css = tableStyles(useTheme());
  return (
    <table className={css.table}>
      <caption className={css.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${css.th} ${css.nameColumn}`}>{s.ColumnName}</th>
          <th scope="col" className={`${css.th} ${css.num}`}>{s.ColumnRecords}</th>
          <th scope="col" className={`${css.th} ${css.num}`}>{s.ColumnShare}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-figure={row.key}>
            <th scope="row" className={css.rowHeader}>
              {row.count > 0 ? <Link onClick={row.onOpen} aria-label={format(s.ShowRecords, row.name)}>{row.name}</Link> : row.name}
            </th>
            <td className={`${css.td} ${css.num}`}>{row.count}</td>
            <td className={`${css.td} ${css.num}`}>{formatPercent(total > 0 ? row.count / total : undefined, s.NotApplicable)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Records per band with their share; each band opens its records. The donut's table alternative. */
export function BandTable(props: IBandTableProps): React.ReactElement {
  const { scope, strings, onOpen } = props;
  const rows = HEALTH_BANDS.map((band): ICountShareRow => ({ key: band, name: bandText(band, strings), count: scope.bands[band], onOpen: () => onOpen(band) }));
  return <CountShareTable caption={strings.Scorecard.Bands} rows={rows} total={scope.count} strings={strings} />;
}

/** Props of {@link DimensionTable}. */
export interface IDimensionTableProps {
  scope: ScopeAggregate;
  strings: IGovernanceSuiteStrings;
  onOpen: (dimension: ScoreDimensionKey) => void;
}

/** "What pulls the score down": mean points lost per dimension, most first; each opens the records losing points. */
export function DimensionTable(props: IDimensionTableProps): React.ReactElement {
  const { scope, strings, onOpen } = props;
  const s = strings.Scorecard;
  const css = tableStyles(useTheme());
  return (
    <table className={css.table}>
      <caption className={css.caption}>{s.Dimensions}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${css.th} ${css.nameColumn}`}>{s.ColumnName}</th>
          <th scope="col" className={`${css.th} ${css.num}`}>{s.ColumnPointsLost}</th>
        </tr>
      </thead>
      <tbody>
        {dimensionsByPointsLost(scope).map((dimension) => {
          const name = strings.Dimensions[dimension.key] ?? dimension.key;
          const lost = dimension.meanPointsLost;
          return (
            <tr key={dimension.key}>
              <th scope="row" className={css.rowHeader}>
                {lost !== undefined && lost > 0 ? (
                  <Link onClick={() => onOpen(dimension.key)} aria-label={format(s.ShowRecords, name)}>{name}</Link>
                ) : (
                  name
                )}
              </th>
              <td className={`${css.td} ${css.num}`}>{lost === undefined ? s.NotApplicable : formatNumber(lost, undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Props of {@link RolloutTable}. */
export interface IRolloutTableProps {
  regions: readonly ScopeAggregate[];
  strings: IGovernanceSuiteStrings;
}

/** Missions onboarded per region, as text and as a progress bar (text first: never the bar alone). */
export function RolloutTable(props: IRolloutTableProps): React.ReactElement {
  const { regions, strings } = props;
  const s = strings.Scorecard;
  const css = tableStyles(useTheme());
  return (
    <table className={css.table}>
      <caption className={css.caption}>{s.Rollout}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${css.th} ${css.nameColumn}`}>{s.ColumnName}</th>
          <th scope="col" className={css.th}>{s.ColumnOnboarded}</th>
        </tr>
      </thead>
      <tbody>
        {regions.filter((region) => region.rollout && region.rollout.total > 0).map((region) => {
          const rollout = region.rollout;
          const text = rollout ? format(s.RateOf, rollout.onboarded, rollout.total) : s.NotApplicable;
          return (
            <tr key={region.value}>
              <th scope="row" className={css.rowHeader}>{region.value || s.BlankValue}</th>
              <td className={css.td}>
                <ProgressIndicator
                  label={text}
                  percentComplete={rollout?.rate ?? 0}
                  ariaLabel={`${region.value}: ${text}`}
                  ariaValueText={formatPercent(rollout?.rate, s.NotApplicable)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
