import * as React from 'react';
import { DEFAULT_VISIBLE_COLUMNS } from '../../../ui/inventoryTypes';
import type { InventoryColumnKey } from '../../../ui/inventoryTypes';
import { loadPreferences, savePreferences, withView, type IInventoryPreferences, type ISavedView } from './inventoryPreferences';

/** The user's columns and saved views, read once and written back on every change. */
export interface IInventoryPreferencesState {
  /** The columns to show: the user's choice (or the defaults) among `available`, in grid order. */
  shown: InventoryColumnKey[];
  setShown: (columns: readonly InventoryColumnKey[]) => void;
  views: readonly ISavedView[];
  saveView: (view: ISavedView) => void;
  deleteView: (view: ISavedView) => void;
}

/** @param storageKey localStorage key for this site and user; nothing is kept across visits when absent. */
export function useInventoryPreferences(storageKey: string | undefined, available: readonly InventoryColumnKey[]): IInventoryPreferencesState {
  const [preferences, setPreferences] = React.useState<IInventoryPreferences>(() => loadPreferences(storageKey));
  const update = React.useCallback((change: (previous: IInventoryPreferences) => IInventoryPreferences): void => {
    setPreferences((previous) => {
      const next = change(previous);
      savePreferences(storageKey, next);
      return next;
    });
  }, [storageKey]);
  const chosen = preferences.columns ?? DEFAULT_VISIBLE_COLUMNS;
  const shown = React.useMemo(() => available.filter((key) => chosen.indexOf(key) >= 0), [available, chosen]);
  return {
    // Never nothing: a choice the site owner's columns exclude entirely falls back to the title.
    shown: shown.length > 0 ? shown : available.slice(0, 1),
    setShown: React.useCallback((columns) => update((p) => ({ ...p, columns: [...columns] })), [update]),
    views: preferences.views,
    saveView: React.useCallback((view) => update((p) => ({ ...p, views: withView(p.views, view) })), [update]),
    deleteView: React.useCallback((view) => update((p) => ({ ...p, views: p.views.filter((v) => v.name !== view.name) })), [update])
  };
}
