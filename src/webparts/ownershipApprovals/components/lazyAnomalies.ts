import * as React from 'react';

// Only governance leads see the anomalies and the recompute job: other users never download them.
export const LazyAnomaliesView = React.lazy(() =>
  import(/* webpackChunkName: 'ownership-anomalies' */ './AnomaliesView').then((m) => ({ default: m.AnomaliesView }))
);
