import * as React from 'react';
import { isGovernanceError, type FieldIssue } from '../../../core/errors';
import type { Stored } from '../../../core/models/common';

/** The state of a dialog that saves a record with If-Match: field issues, another failure, or the version it met. */
export interface ConflictSave<T> {
  readonly busy: boolean;
  readonly issues: readonly FieldIssue[];
  readonly failure: unknown;
  readonly dismissFailure: () => void;
  /** The record as someone else saved it, after a refused If-Match; the dialog offers to reload or overwrite. */
  readonly conflict: Stored<T> | undefined;
  readonly clearConflict: () => void;
  /** Saves over `over` (its ETag), or creates when undefined. */
  readonly save: (over: Stored<T> | undefined) => Promise<void>;
}

/**
 * Runs a dialog's save: Validation issues are shown by field, a refused If-Match reads the record again to show
 * the conflict, anything else is a failure; `onSaved` receives what was stored.
 */
export function useConflictSave<T>(write: (over: Stored<T> | undefined) => Promise<Stored<T>>, reread: (id: number) => Promise<Stored<T>>, onSaved: (saved: Stored<T>) => void): ConflictSave<T> {
  const [busy, setBusy] = React.useState(false);
  const [issues, setIssues] = React.useState<readonly FieldIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>();
  const [conflict, setConflict] = React.useState<Stored<T> | undefined>();
  const save = async (over: Stored<T> | undefined): Promise<void> => {
    setBusy(true);
    setIssues([]);
    setFailure(undefined);
    try {
      onSaved(await write(over));
    } catch (error) {
      if (isGovernanceError(error, 'Validation') && error.issues.length > 0) setIssues(error.issues);
      else if (isGovernanceError(error, 'Conflict') && over) {
        try {
          setConflict(await reread(over.id));
        } catch (again) {
          setFailure(again);
        }
      } else setFailure(error);
      setBusy(false);
    }
  };
  return { busy, issues, failure, dismissFailure: () => setFailure(undefined), conflict, clearConflict: () => setConflict(undefined), save };
}
