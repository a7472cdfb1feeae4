import * as React from 'react';
import * as ownershipStrings from 'OwnershipStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { isGovernanceError, type GovernanceErrorKind } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import { errorKindOf, errorText } from '../../../ui/errorText';
import { format } from '../../../ui/format';
import type { INominationService } from '../../../ui/ownership/INominationService';

/** What became of the custodian named on a new record. */
export type CustodianNotice =
  | { readonly kind: 'asked'; readonly name: string }
  | { readonly kind: 'self' }
  | { readonly kind: 'notAsked'; readonly name: string; readonly error: GovernanceErrorKind };

/**
 * A custodian named on a new record is asked to confirm at once: the suite sends them a nomination (the creator is
 * the requester), so the record's Pending status stands on a request in their queue. Naming oneself is allowed on
 * the record but confirms nothing (segregation of duties): someone else must nominate. The record is saved either
 * way; a failed nomination says so and leaves "Nominate custodian" in the details to try again.
 */
export function useCustodianOnCreate(service: INominationService | undefined): {
  afterCreate: ((item: Stored<DataAsset>) => Promise<Stored<DataAsset>>) | undefined;
  notice: CustodianNotice | undefined;
  dismiss: () => void;
} {
  const [notice, setNotice] = React.useState<CustodianNotice | undefined>();
  const afterCreate = React.useMemo(() => {
    if (service === undefined) return undefined;
    return async (created: Stored<DataAsset>): Promise<Stored<DataAsset>> => {
      setNotice(undefined);
      const nominee = created.custodian;
      if (nominee === undefined) return created;
      try {
        const me = await service.currentUser();
        if (me.id === nominee.id) {
          setNotice({ kind: 'self' });
          return created;
        }
        const nominated = await service.nominate(created, { nominee });
        setNotice({ kind: 'asked', name: nominee.title });
        return nominated;
      } catch (error) {
        const selfNamed = isGovernanceError(error, 'Validation') && error.issues.some((issue) => issue.code === 'selfNomination');
        setNotice(selfNamed ? { kind: 'self' } : { kind: 'notAsked', name: nominee.title, error: errorKindOf(error) });
        return created;
      }
    };
  }, [service]);
  const dismiss = React.useCallback(() => setNotice(undefined), []);
  return { afterCreate, notice, dismiss };
}

/** The outcome above the grid, dismissible; Fluent's message bar announces its text politely (role status). */
export function CustodianNoticeBar(props: { notice: CustodianNotice | undefined; onDismiss: () => void; strings: IGovernanceSuiteStrings }): React.ReactElement {
  const { notice, onDismiss, strings } = props;
  if (notice === undefined) return <></>;
  const [type, text] =
    notice.kind === 'asked'
      ? [MessageBarType.success, format(ownershipStrings.CustodianAskedOnCreate, notice.name)]
      : notice.kind === 'self'
        ? [MessageBarType.info, ownershipStrings.CustodianSelfNamedOnCreate]
        : [MessageBarType.warning, format(ownershipStrings.CustodianNotAskedOnCreate, notice.name, errorText(notice.error, strings))];
  return (
    <MessageBar messageBarType={type} onDismiss={onDismiss} dismissButtonAriaLabel={strings.Close}>
      {text}
    </MessageBar>
  );
}
