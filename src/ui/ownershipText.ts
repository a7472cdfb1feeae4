import type { OwnershipStatus } from '../core/models/dataAsset';

/** The localised name of a derived ownership status. */
export function ownershipText(status: OwnershipStatus | undefined, strings: IGovernanceSuiteStrings): string {
  switch (status) {
    case 'Pending':
      return strings.OwnershipPending;
    case 'Confirmed':
      return strings.OwnershipConfirmed;
    case 'Declined':
      return strings.OwnershipDeclined;
    case 'Expired':
      return strings.OwnershipExpired;
    case 'Unassigned':
      return strings.OwnershipUnassigned;
    default:
      return strings.NotSet;
  }
}
