import * as React from 'react';

// A reviewer opens "My reviews" in Teams: the leads' views, the campaign form (with its pickers and file check), the
// campaign detail and the evidence report load on demand, in their own chunks.

export const LazyCampaignsView = React.lazy(() => import(/* webpackChunkName: 'access-campaigns' */ './CampaignsView').then((m) => ({ default: m.CampaignsView })));

export const LazyCampaignFormPanel = React.lazy(() =>
  import(/* webpackChunkName: 'access-campaign-form' */ './CampaignFormPanel').then((m) => ({ default: m.CampaignFormPanel }))
);

export const LazyCampaignDetailPanel = React.lazy(() =>
  import(/* webpackChunkName: 'access-campaigns' */ './CampaignDetailPanel').then((m) => ({ default: m.CampaignDetailPanel }))
);

export const LazyEvidenceReport = React.lazy(() => import(/* webpackChunkName: 'access-evidence' */ './EvidenceReport').then((m) => ({ default: m.EvidenceReport })));

export const LazyStaleGroupsView = React.lazy(() => import(/* webpackChunkName: 'access-stale-groups' */ './StaleGroupsView').then((m) => ({ default: m.StaleGroupsView })));

export const LazySoDView = React.lazy(() => import(/* webpackChunkName: 'access-sod' */ './SoDView').then((m) => ({ default: m.SoDView })));
