import * as React from 'react';
import type { DataAsset } from '../../../core/models/dataAsset';

// The details panel, the form (with its people picker) and the conflict dialog open on demand: loading them as
// separate chunks keeps the grid's first paint light (see npm run bench for the sizes).

export const LazyAssetDetailsPanel = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-details' */ '../../../ui/AssetDetailsPanel').then((m) => ({ default: m.AssetDetailsPanel }))
);

export const LazyAssetFormPanel = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-form' */ '../../../ui/AssetFormPanel').then((m) => ({ default: m.AssetFormPanel }))
);

export const LazyConflictDialog = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-form' */ '../../../ui/ConflictDialog').then((m) => ({ default: m.ConflictDialog<DataAsset> }))
);

export const LazyAssetOwnershipSection = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-ownership' */ '../../../ui/ownership/AssetOwnershipSection').then((m) => ({ default: m.AssetOwnershipSection }))
);

export const LazyBulkNominateDialog = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-ownership' */ '../../../ui/ownership/BulkNominateDialog').then((m) => ({ default: m.BulkNominateDialog }))
);

export const LazyCheckLabelsDialog = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-labels' */ '../../../ui/labels/CheckLabelsDialog').then((m) => ({ default: m.CheckLabelsDialog }))
);

export const LazyAssetLabelSection = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-details' */ '../../../ui/labels/AssetLabelSection').then((m) => ({ default: m.AssetLabelSection }))
);

export const LazyRecordDataQuality = React.lazy(() =>
  import(/* webpackChunkName: 'inventory-quality' */ '../../../ui/quality/RecordDataQuality').then((m) => ({ default: m.RecordDataQuality }))
);
