import * as React from 'react';

// The DPIA panel (its sections, risk table, action plan and decisions) opens on demand: its own chunk keeps the
// register's first paint light.
export const LazyDpiaPanel = React.lazy(() => import(/* webpackChunkName: 'privacy-dpia' */ './DpiaPanel').then((m) => ({ default: m.DpiaPanel })));
