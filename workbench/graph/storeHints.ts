import { resolveLocation } from '../../src/core/labels';
import type { EmulatorStore } from '../emulator';
import { normalise, siteKey, type DeclaredHint } from './world';

/**
 * Reads the declared sensitivity of the seeded records (DataAssets, LocationUrl -> DeclaredSensitivity) so the
 * emulated labels sit around what each record declares. Read once, lazily, and again when a URL is unknown (a
 * record added while the workbench runs).
 */
export function storeHints(store: EmulatorStore): DeclaredHint {
  let hints: Map<string, string> | undefined;
  let loadedAt = 0;
  const load = (): Map<string, string> => {
    const map = new Map<string, string>();
    const list = store.getList('DataAssets');
    if (list === undefined) return map;
    for (const row of store.getItems(list.Id).values()) {
      const url = (row.values.LocationUrl as { Url?: unknown } | null | undefined)?.Url;
      const declared = row.values.DeclaredSensitivity;
      if (typeof url !== 'string' || typeof declared !== 'string') continue;
      const location = resolveLocation(url);
      if (!map.has(normalise(url))) map.set(normalise(url), declared);
      if (location.sitePath !== undefined && !map.has(`site:${siteKey(location)}`)) map.set(`site:${siteKey(location)}`, declared);
      if (location.groupId !== undefined && !map.has(`group:${location.groupId}`)) map.set(`group:${location.groupId}`, declared);
    }
    return map;
  };
  return (key) => {
    // Unknown keys reload at most every 5 s: many keys (groups named by Teams links) have no record behind them.
    if (hints === undefined || (!hints.has(key) && Date.now() - loadedAt > 5000)) {
      hints = load();
      loadedAt = Date.now();
    }
    return hints.get(key);
  };
}
