import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { ErrorMessageBar } from '../../../ui/ErrorMessageBar';
import { format } from '../../../ui/format';
import { useStableId } from '../../../ui/useStableId';
import { SCORECARD_TILE_KEYS } from '../../../ui/scorecard/scorecardTypes';
import type { ScorecardScope } from '../../../ui/scorecard/scorecardTypes';
import type { IHealthScorecardProps } from './IHealthScorecardProps';
import { ScorecardBody } from './ScorecardBody';
import { useScorecardData } from './useScorecardData';

const defaultNow = (): Date => new Date();

function scopeLabel(scope: ScorecardScope, strings: IGovernanceSuiteStrings): string {
  const s = strings.Scorecard;
  if (scope.kind === 'region') {
    return format(s.ScopeRegion, scope.value ?? '');
  }
  return scope.kind === 'mission' ? format(s.ScopeMission, scope.value ?? '') : s.ScopeOrganisation;
}

/**
 * The Data Health Scorecard: loads every asset's score (with progress), then shows the scope's headline tiles,
 * scores by region or mission, band distribution, what pulls the score down and rollout, each with drill-down to
 * the records. Reaches data only through `props.service`.
 */
export function HealthScorecard(props: IHealthScorecardProps): React.ReactElement {
  const { service, strings, scope, theme } = props;
  const s = strings.Scorecard;
  const { data, reload } = useScorecardData(service);
  const titleId = useStableId('scorecard-title');
  const tiles = props.visibleTiles && props.visibleTiles.length > 0 ? props.visibleTiles : SCORECARD_TILE_KEYS;
  // "Today" is read once per load, so re-renders never shift the figures.
  const nowFn = props.now ?? defaultNow;
  const now = React.useMemo(() => nowFn(), [data]);

  let content: React.ReactElement;
  if (data.status === 'loading') {
    const total = data.total ?? 0;
    content = (
      <ProgressIndicator
        label={s.LoadingLabel}
        description={data.total === undefined ? undefined : format(s.LoadedOf, data.loaded, total)}
        percentComplete={total > 0 ? Math.min(1, data.loaded / total) : undefined}
      />
    );
  } else if (data.status === 'error') {
    content = <ErrorMessageBar kind={data.kind} strings={strings} onRetry={reload} />;
  } else {
    content = <ScorecardBody records={data.records} missions={data.missions} scope={scope} tiles={tiles} strings={strings} now={now} />;
  }

  return (
    <ThemeProvider theme={theme}>
      <section aria-labelledby={titleId} style={{ padding: 8 }}>
        <Text as="h2" variant="xLarge" id={titleId} block>{s.Title}</Text>
        <Text as="p" variant="medium" block style={{ margin: '4px 0 12px' }}>{scopeLabel(scope, strings)}</Text>
        {content}
      </section>
    </ThemeProvider>
  );
}
