import * as React from 'react';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { DataAsset, OwnershipStatus } from '../../../core/models/dataAsset';
import { errorKindOf } from '../../../ui/errorText';
import type { IInventoryService } from '../services/IInventoryService';

/** The outcome of opening the record a link names: an error to show (NotFound for a missing record). */
export interface ILinkedAsset {
  error?: GovernanceErrorKind;
  dismiss: () => void;
}

/**
 * Reads the record `assetId` names once, with its derived ownership status, and hands it to `open` (the details
 * panel); a missing or unreadable record gives the usual error message instead.
 */
export function useLinkedAsset(
  service: IInventoryService,
  assetId: number | undefined,
  open: (asset: Stored<DataAsset>, derived: OwnershipStatus | undefined) => void
): ILinkedAsset {
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const openRef = React.useRef(open);
  openRef.current = open;
  React.useEffect(() => {
    if (assetId === undefined) return undefined;
    let current = true;
    service.getById(assetId)
      .then(async (asset) => ({ asset, derived: (await service.derivedOwnership([asset])).get(asset.id) }))
      .then(({ asset, derived }) => { if (current) openRef.current(asset, derived); }, (e: unknown) => { if (current) setError(errorKindOf(e)); });
    return () => { current = false; };
  }, [service, assetId]);
  return { error, dismiss: React.useCallback(() => setError(undefined), []) };
}
