import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { IInventoryFilterValues } from '../../../ui/filterTypes';
import type { INominationService } from '../../../ui/ownership/INominationService';
import { LazyAssetOwnershipSection, LazyBulkNominateDialog } from './lazyPanels';

/** Props of {@link NominationCommand}. */
export interface INominationCommandProps {
  service: INominationService;
  /** The grid's current filters (search included). */
  filters: IInventoryFilterValues;
  onSent: () => void;
  now: () => Date;
  strings: IGovernanceSuiteStrings;
}

/** The toolbar's "Nominate custodian for these records" and its dialog (loaded on first use). */
export function NominationCommand(props: INominationCommandProps): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <DefaultButton text={ownershipStrings.NominateBulk} iconProps={{ iconName: 'AddFriend' }} onClick={() => setOpen(true)} />
      {open && (
        <React.Suspense fallback={null}>
          <LazyBulkNominateDialog filters={props.filters} service={props.service} onSent={props.onSent} onDismiss={() => setOpen(false)} now={props.now} strings={props.strings} />
        </React.Suspense>
      )}
    </>
  );
}

/** The details panel's ownership section, when the inventory offers nominations. */
export function nominationSection(
  service: INominationService | undefined,
  asset: Stored<DataAsset>,
  onChanged: (asset: Stored<DataAsset>) => void,
  now: () => Date,
  strings: IGovernanceSuiteStrings
): React.ReactNode {
  return service ? <LazyAssetOwnershipSection asset={asset} service={service} onChanged={onChanged} now={now} strings={strings} /> : undefined;
}
