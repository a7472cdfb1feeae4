import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { GovernanceErrorKind } from '../../core/errors';
import type { Stored } from '../../core/models/common';
import type { DataAsset } from '../../core/models/dataAsset';
import type { OwnershipDerivation } from '../../core/ownership';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { errorKindOf } from '../errorText';
import { format } from '../format';
import { ownershipText } from '../ownershipText';
import type { INominationService } from './INominationService';
import { NominateDialog } from './NominateDialog';
import { formatDay } from './ownershipLabels';

/** Props of {@link AssetOwnershipSection}. */
export interface IAssetOwnershipSectionProps {
  asset: Stored<DataAsset>;
  service: INominationService;
  /** The record as stored after a nomination (the grid updates its row). */
  onChanged: (asset: Stored<DataAsset>) => void;
  now: () => Date;
  strings: IGovernanceSuiteStrings;
}

/** The sentence that says where the record's ownership stands and why. */
function summary(derivation: OwnershipDerivation, s: IOwnershipStrings, notSet: string): string {
  const who = derivation.custodian?.title ?? notSet;
  const approved = formatDay(derivation.approvedOn, notSet);
  const expires = formatDay(derivation.expiresOn, notSet);
  const parts: string[] = [];
  if (derivation.status === 'Confirmed') parts.push(format(s.ConfirmedOnBy, approved, who), format(s.ValidUntil, expires));
  else if (derivation.status === 'Expired') parts.push(format(s.ExpiredOnBy, approved, who, expires));
  else if (derivation.pendingRequest === undefined) parts.push(s.NoOwnershipDecision);
  if (derivation.pendingRequest) {
    parts.push(format(s.PendingWith, derivation.pendingRequest.nominee?.title ?? notSet, formatDay(derivation.pendingRequest.dueDate, notSet)));
  }
  if (derivation.flagged.length > 0) parts.push(format(s.FlaggedDecisions, derivation.flagged.length));
  return parts.join(' ');
}

/**
 * The details panel's ownership section: the custodian's approval with its date (derived from the decisions, the
 * same rule the stored status comes from) and the "Nominate custodian" action.
 */
export function AssetOwnershipSection(props: IAssetOwnershipSectionProps): React.ReactElement {
  const { asset, service, onChanged, now, strings } = props;
  const s = ownershipStrings;
  const [derivation, setDerivation] = React.useState<OwnershipDerivation | undefined>();
  const [error, setError] = React.useState<GovernanceErrorKind | undefined>();
  const [nominating, setNominating] = React.useState(false);
  const [sent, setSent] = React.useState<string | undefined>();

  const load = React.useCallback((): void => {
    setError(undefined);
    service.ownershipOf(asset).then(setDerivation, (e: unknown) => setError(errorKindOf(e)));
    // Reload when the stored record changes (a nomination, a decision applied).
  }, [service, asset.id, asset.etag]);
  React.useEffect(load, [load]);

  return (
    <section aria-label={s.OwnershipSectionTitle}>
      <Text as="h3" variant="large">{s.OwnershipSectionTitle}</Text>
      <Stack tokens={{ childrenGap: 8 }}>
        {error && <ErrorMessageBar kind={error} strings={strings} onRetry={load} />}
        {!derivation && !error && <Spinner size={SpinnerSize.small} label={strings.Loading} />}
        {derivation && (
          <Text as="p" data-testid="ownership-summary" styles={{ root: { margin: 0 } }}>
            <strong>{ownershipText(derivation.status, strings)}</strong>
            {`: ${summary(derivation, s, strings.NotSet)}`}
          </Text>
        )}
        <div role="status" aria-live="polite">
          {sent && <MessageBar messageBarType={MessageBarType.success}>{sent}</MessageBar>}
        </div>
        <DefaultButton text={s.Nominate} iconProps={{ iconName: 'AddFriend' }} onClick={() => setNominating(true)} styles={{ root: { alignSelf: 'flex-start' } }} />
      </Stack>
      {nominating && (
        <NominateDialog
          asset={asset}
          service={service}
          now={now}
          strings={strings}
          onDismiss={() => setNominating(false)}
          onNominated={(stored, nomineeName) => {
            setNominating(false);
            setSent(format(s.NominationSent, nomineeName, ownershipText(stored.ownershipStatus, strings)));
            onChanged(stored);
          }}
        />
      )}
    </section>
  );
}
