import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { ScorecardScope, ScorecardTileKey } from '../../../ui/scorecard/scorecardTypes';
import type { IAccessFiguresSource } from '../services/IAccessFiguresSource';
import type { ILiteracyFiguresSource } from '../services/ILiteracyFiguresSource';
import type { IQualityFiguresSource } from '../services/IQualityFiguresSource';
import type { IPrivacyFiguresSource } from '../services/IPrivacyFiguresSource';
import type { IScorecardService } from '../services/IScorecardService';
import type { ScorecardGrouping } from './grouping';

/** Props of the Data Health Scorecard container (the web part and the local workbench page both render it). */
export interface IHealthScorecardProps {
  /** The only way the container reaches data. */
  service: IScorecardService;
  /** Shared suite strings (resource module GovernanceSuiteStrings). */
  strings: IGovernanceSuiteStrings;
  /** Which scope the figures describe. */
  scope: ScorecardScope;
  /** Headline tiles to show, in order; all when absent or empty. */
  visibleTiles?: readonly ScorecardTileKey[];
  /** Fluent theme (from SharePoint/Teams); the ambient theme when absent. */
  theme?: PartialTheme;
  /** Initial grouping of the table and bar chart (the user can change it); next level down when absent. */
  grouping?: ScorecardGrouping;
  /** "Today" of the aggregate; injectable for tests. */
  now?: () => Date;
  /** The Data Inventory page that drill-down records link to (http(s)); this page without its query when absent. */
  inventoryPageUrl?: string;
  /** Access review figures per region (issue 16); no access section when absent. */
  access?: IAccessFiguresSource;
  /** Records of processing per region and mission (issue 17); no privacy section when absent. */
  privacy?: IPrivacyFiguresSource;
  /** AI literacy coverage per region and mission (issue 19 part 4); no literacy section when absent. */
  literacy?: ILiteracyFiguresSource;
  /** Measured data quality per dimension over the scope's records (issue 18 part 5); no quality section when absent. */
  quality?: IQualityFiguresSource;
}
