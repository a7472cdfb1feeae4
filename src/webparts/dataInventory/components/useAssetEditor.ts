import * as React from 'react';
import { isGovernanceError } from '../../../core/errors';
import type { GovernanceErrorKind } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';
import type { DataAsset } from '../../../core/models/dataAsset';
import type { AssetSubmission } from '../../../ui/AssetFormPanel';
import { errorKindOf } from '../../../ui/errorText';
import type { IInventoryService } from '../services/IInventoryService';

/** The form being shown: a new record, or an existing one (with the ETag the user started from). */
export type EditTarget = { mode: 'create' } | { mode: 'edit'; record: Stored<DataAsset> };

/** A save that met someone else's: the user's patch and the record as saved now. */
export interface IConflictState {
  id: number;
  mine: Partial<DataAsset>;
  theirs: Stored<DataAsset>;
  busy: boolean;
  errorKind?: GovernanceErrorKind;
}

export interface IAssetEditor {
  target?: EditTarget;
  /** Changes when the form must start again from fresh values ("Reload theirs"). */
  formKey: number;
  conflict?: IConflictState;
  /** The record saved last, for the "saved" status message; cleared when a form opens again. */
  lastSaved?: Stored<DataAsset>;
  open: (target: EditTarget) => void;
  close: () => void;
  submit: (submission: AssetSubmission) => Promise<void>;
  reapply: () => void;
  reloadTheirs: () => void;
}

/**
 * Create/edit flow with optimistic concurrency: saves with the record's ETag; on kind Conflict, fetches the saved
 * version and asks the user (nothing is overwritten silently). `onSaved` receives every saved record; `afterCreate`
 * follows a new record up (asking its custodian to confirm) and answers the record as it is then, never failing.
 */
export function useAssetEditor(
  service: IInventoryService,
  onSaved: (item: Stored<DataAsset>) => void,
  afterCreate?: (item: Stored<DataAsset>) => Promise<Stored<DataAsset>>
): IAssetEditor {
  const [target, setTarget] = React.useState<EditTarget | undefined>();
  const [formKey, setFormKey] = React.useState(0);
  const [conflict, setConflict] = React.useState<IConflictState | undefined>();
  const [lastSaved, setLastSaved] = React.useState<Stored<DataAsset> | undefined>();

  const close = React.useCallback(() => {
    setTarget(undefined);
    setConflict(undefined);
  }, []);

  const saved = React.useCallback(
    (item: Stored<DataAsset>, edited: boolean = true) => {
      onSaved(item);
      // A new record already gets its own notice (the custodian bar); an edit had no confirmation at all.
      setLastSaved(edited ? item : undefined);
      close();
    },
    [onSaved, close]
  );

  /** On a conflict: show the saved version beside the user's patch; anything else goes back to the caller. */
  const handleUpdateError = React.useCallback(
    async (error: unknown, id: number, patch: Partial<DataAsset>): Promise<void> => {
      if (!isGovernanceError(error, 'Conflict')) {
        throw error;
      }
      const theirs = await service.getById(id);
      setConflict({ id, mine: patch, theirs, busy: false });
    },
    [service]
  );

  const submit = React.useCallback(
    async (submission: AssetSubmission): Promise<void> => {
      if (submission.mode === 'create') {
        const created = await service.create(submission.values);
        saved(afterCreate ? await afterCreate(created) : created, false);
        return;
      }
      try {
        saved(await service.update(submission.id, submission.patch, submission.etag));
      } catch (error) {
        await handleUpdateError(error, submission.id, submission.patch);
      }
    },
    [service, saved, handleUpdateError, afterCreate]
  );

  const reapply = React.useCallback((): void => {
    if (!conflict) {
      return;
    }
    const { id, mine, theirs } = conflict;
    setConflict({ ...conflict, busy: true, errorKind: undefined });
    service
      .update(id, mine, theirs.etag)
      .then((item) => saved(item), (error: unknown) => handleUpdateError(error, id, mine))
      .catch((error: unknown) => setConflict({ id, mine, theirs, busy: false, errorKind: errorKindOf(error) }));
  }, [conflict, service, saved, handleUpdateError]);

  const reloadTheirs = React.useCallback((): void => {
    if (!conflict) {
      return;
    }
    onSaved(conflict.theirs);
    setTarget({ mode: 'edit', record: conflict.theirs });
    setFormKey((k) => k + 1);
    setConflict(undefined);
  }, [conflict, onSaved]);

  const open = React.useCallback((next: EditTarget) => {
    setConflict(undefined);
    setLastSaved(undefined);
    setTarget(next);
    setFormKey((k) => k + 1);
  }, []);

  return { target, formKey, conflict, lastSaved, open, close, submit, reapply, reloadTheirs };
}
