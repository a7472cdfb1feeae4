import * as React from 'react';

// The charts (Fluent's charting package and d3) load as their own chunk after first paint; the tables beside them
// render at once with the same figures.

export const LazyScoreBarChart = React.lazy(() =>
  import(/* webpackChunkName: 'scorecard-charts' */ './charts/ScorecardCharts').then((m) => ({ default: m.ScoreBarChart }))
);

export const LazyCountDonutChart = React.lazy(() =>
  import(/* webpackChunkName: 'scorecard-charts' */ './charts/ScorecardCharts').then((m) => ({ default: m.CountDonutChart }))
);

export const LazyTrendLineChart = React.lazy(() =>
  import(/* webpackChunkName: 'scorecard-charts' */ './charts/ScorecardCharts').then((m) => ({ default: m.TrendLineChart }))
);

export const LazyLevelTargetBarChart = React.lazy(() =>
  import(/* webpackChunkName: 'scorecard-charts' */ './charts/ScorecardCharts').then((m) => ({ default: m.LevelTargetBarChart }))
);
