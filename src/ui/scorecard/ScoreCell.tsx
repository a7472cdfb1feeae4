import * as React from 'react';
import { bandOf } from '../../core/scoring';
import { HealthScoreBadge } from '../HealthScoreBadge';

/** Props of {@link ScoreCell}. */
export interface IScoreCellProps {
  /** Mean score; undefined for an empty scope. */
  score?: number;
  strings: IGovernanceSuiteStrings;
}

/** A scope's mean score as a band badge, or "No score" for an empty scope (never a misleading 0). */
export function ScoreCell(props: IScoreCellProps): React.ReactElement {
  const { score, strings } = props;
  if (score === undefined) {
    return <span data-no-score="true">{strings.Scorecard.NoScore}</span>;
  }
  return <HealthScoreBadge score={score} band={bandOf(score)} strings={strings} />;
}
