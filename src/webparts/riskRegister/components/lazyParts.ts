import * as React from 'react';

// The heat map, the form (with its pickers), the acceptance dialog, the assessments and the printed report open on
// demand: separate chunks keep the register's first paint light.

export const LazyHeatMap = React.lazy(() => import(/* webpackChunkName: 'risk-heatmap' */ './HeatMap').then((m) => ({ default: m.HeatMap })));

export const LazyRiskFormPanel = React.lazy(() => import(/* webpackChunkName: 'risk-form' */ './RiskFormPanel').then((m) => ({ default: m.RiskFormPanel })));

export const LazyAcceptDialog = React.lazy(() => import(/* webpackChunkName: 'risk-form' */ './AcceptDialog').then((m) => ({ default: m.AcceptDialog })));

export const LazyAssessmentWorkspace = React.lazy(() =>
  import(/* webpackChunkName: 'risk-assessments' */ './AssessmentWorkspace').then((m) => ({ default: m.AssessmentWorkspace }))
);

export const LazyRiskReport = React.lazy(() => import(/* webpackChunkName: 'risk-report' */ './RiskReport').then((m) => ({ default: m.RiskReport })));

// Templates (issue 18): the versions list, with the editor in a chunk of its own.
export const LazyTemplatesView = React.lazy(() =>
  import(/* webpackChunkName: 'risk-templates' */ './templates/TemplatesView').then((m) => ({ default: m.TemplatesView }))
);

// The information-system assessment's requirements and report (issue 18, part 4) load only when such a run opens.
export const LazySystemAssessmentPart = React.lazy(() =>
  import(/* webpackChunkName: 'risk-system-assessment' */ './systemAssessment/SystemAssessmentPart').then((m) => ({ default: m.SystemAssessmentPart }))
);
