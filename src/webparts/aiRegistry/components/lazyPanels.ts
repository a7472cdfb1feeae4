import * as React from 'react';

// The wizard, the form (with its people and dataset pickers) and the details panel open on demand: separate chunks
// keep the register's first paint light.

export const LazyClassificationWizard = React.lazy(() =>
  import(/* webpackChunkName: 'ai-registry-wizard' */ './ClassificationWizard').then((m) => ({ default: m.ClassificationWizard }))
);

export const LazySystemFormPanel = React.lazy(() =>
  import(/* webpackChunkName: 'ai-registry-form' */ './SystemFormPanel').then((m) => ({ default: m.SystemFormPanel }))
);

export const LazySystemDetailsPanel = React.lazy(() =>
  import(/* webpackChunkName: 'ai-registry-details' */ './SystemDetailsPanel').then((m) => ({ default: m.SystemDetailsPanel }))
);

// The usage monitoring tab (queue, summary, import) loads when a user opens it.
export const LazyUsageMonitoring = React.lazy(() =>
  import(/* webpackChunkName: 'ai-registry-usage' */ './usage/UsageMonitoring').then((m) => ({ default: m.UsageMonitoring }))
);

// The framework crosswalk section (coverage tables, evidence form, the spreadsheet writers) loads with a system's details.
export const LazyFrameworkCoverage = React.lazy(() =>
  import(/* webpackChunkName: 'ai-registry-frameworks' */ './frameworks/FrameworkCoverage').then((m) => ({ default: m.FrameworkCoverage }))
);

// The AI literacy section (coverage, gaps, measures, acknowledging, the leads' measure form) loads with a system's details.
export const LazyLiteracySection = React.lazy(() =>
  import(/* webpackChunkName: 'ai-registry-literacy' */ './literacy/LiteracySection').then((m) => ({ default: m.LiteracySection }))
);
