import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { HealthScoreBadge } from '../HealthScoreBadge';
import { format, formatScore } from '../format';
import type { IAssetScore, IScoreDimension } from '../healthTypes';

/** Props of {@link ScoreBreakdown}. */
export interface IScoreBreakdownProps {
  score: IAssetScore;
  strings: IGovernanceSuiteStrings;
}

function dimensionName(d: IScoreDimension, strings: IGovernanceSuiteStrings): string {
  return strings.Dimensions[d.key] ?? d.key;
}

/** How to fix a missing item, localised by its code. */
export function missingHint(code: string, strings: IGovernanceSuiteStrings): string {
  return strings.MissingHints[code] ?? format(strings.MissingFallback, code);
}

/** The Data Health Score's breakdown: each dimension's points out of its weight, and what is missing with how to fix it. */
export function ScoreBreakdown(props: IScoreBreakdownProps): React.ReactElement {
  const { score, strings } = props;
  const missing = score.dimensions.reduce<{ dimension: string; code: string }[]>(
    (acc, d) => acc.concat(d.missing.map((code) => ({ dimension: dimensionName(d, strings), code }))),
    []
  );
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {/* Wrapped: as a direct child of the Stack the badge was stretched across the whole panel. */}
      <div>
        <HealthScoreBadge score={score.score} band={score.band} strings={strings} />
      </div>
      <ul aria-label={strings.ScoreBreakdownTitle} style={{ marginBottom: 0 }}>
        {score.dimensions.map((d) => (
          <li key={d.key} data-dimension={d.key}>
            {format(strings.DimensionPoints, dimensionName(d, strings), formatScore(d.points), formatScore(d.weight))}
          </li>
        ))}
      </ul>
      {/* Without the browser's margins the heading sits next to its own list, farther from the list above. */}
      <Text as="h4" variant="mediumPlus" style={{ margin: '16px 0 0' }}>
        {strings.MissingLabel}
      </Text>
      {missing.length === 0 ? (
        <Text>{strings.NothingMissing}</Text>
      ) : (
        <ul aria-label={strings.MissingLabel} style={{ marginBottom: 0 }}>
          {missing.map((m) => (
            <li key={`${m.dimension}-${m.code}`} data-missing={m.code}>
              {`${m.dimension}: ${missingHint(m.code, strings)}`}
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
