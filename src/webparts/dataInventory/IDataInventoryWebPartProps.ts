import type { InventoryColumnKey } from '../../ui/inventoryTypes';

/** Web part properties (set in the property pane, stored with the page). */
export interface IDataInventoryWebPartProps {
  /** Default filters: e.g. a mission's page shows that mission only. */
  defaultRegion?: string;
  defaultMission?: string;
  defaultDepartment?: string;
  /** Records per page. */
  pageSize?: number;
  /** Which columns show (absent key: shown). */
  columns?: Partial<Record<InventoryColumnKey, boolean>>;
}

export const DEFAULT_PAGE_SIZE = 50;
