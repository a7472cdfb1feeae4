import type { ScorecardGrouping } from './components/grouping';
import type { ScorecardTileKey } from '../../ui/scorecard/scorecardTypes';

/** Web part properties (set in the property pane, stored with the page). */
export interface IHealthScorecardWebPartProps {
  /** Whole organisation (default), one region or one mission. */
  scopeKind?: 'organisation' | 'region' | 'mission';
  /** The region or mission name, as spelled in the Missions list. */
  scopeValue?: string;
  /** What the table and bar chart group the scope's figures by (next level down when absent). */
  grouping?: ScorecardGrouping;
  /** Which headline tiles show (absent key: shown). */
  tiles?: Partial<Record<ScorecardTileKey, boolean>>;
  /** The Data Inventory page drill-down records open (http(s)); this page when empty. */
  inventoryPageUrl?: string;
}
