import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import type { AccessReviewCampaign } from '../../../core/models/accessReview';
import type { Stored } from '../../../core/models/common';
import { codeText, format, formatDay } from './accessText';

/** Confirms closing: outcomes become final and later decisions no longer count. */
export function CloseConfirmDialog(props: { title: string; busy: boolean; onConfirm: () => void; onDismiss: () => void; strings: IAccessReviewsStrings }): React.ReactElement {
  const { strings } = props;
  return (
    <Dialog hidden={false} onDismiss={props.busy ? undefined : props.onDismiss} modalProps={{ isBlocking: true }}
      dialogContentProps={{ type: DialogType.normal, title: format(strings.CloseTitle, props.title), subText: strings.CloseIntro }}>
      <DialogFooter>
        <PrimaryButton text={props.busy ? strings.Saving : strings.CloseCampaign} onClick={props.onConfirm} disabled={props.busy} />
        <DefaultButton text={strings.Cancel} onClick={props.onDismiss} disabled={props.busy} />
      </DialogFooter>
    </Dialog>
  );
}

/**
 * Someone changed the campaign after it was opened (If-Match failed): nothing was closed. Shows the saved version's
 * state and who saved it; the lead re-reads it and decides again.
 */
export function CloseConflictDialog(props: { saved?: Stored<AccessReviewCampaign>; onReload: () => void; onDismiss: () => void; strings: IAccessReviewsStrings; shared: IGovernanceSuiteStrings; locale?: string }): React.ReactElement {
  const { saved, strings, shared } = props;
  return (
    <Dialog hidden={false} onDismiss={props.onDismiss} modalProps={{ isBlocking: true }}
      dialogContentProps={{ type: DialogType.largeHeader, title: shared.ConflictTitle, subText: shared.ConflictIntro }}>
      {saved && (
        <p>
          {format(shared.ConflictSavedBy, saved.editor?.title ?? shared.UnknownUser, formatDay(saved.modified, strings, props.locale))}
          {' · '}{format(strings.SavedState, codeText(strings.CampaignStates, saved.state))}
        </p>
      )}
      <DialogFooter>
        <PrimaryButton text={strings.ReloadCampaign} onClick={props.onReload} />
        <DefaultButton text={strings.Cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
