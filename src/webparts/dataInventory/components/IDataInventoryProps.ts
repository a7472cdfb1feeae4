import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { InventoryColumnKey } from '../../../ui/inventoryTypes';
import type { IImportService } from '../services/IImportService';
import type { IQualityImportService } from '../../../ui/quality/qualityImportServiceTypes';
import type { ILabelCheckRunner } from '../../../ui/labels/ILabelCheckRunner';
import type { INominationService } from '../../../ui/ownership/INominationService';
import type { IInventoryService, InventoryFilters } from '../services/IInventoryService';
import type { IPeopleDirectory } from '../../../core/people';

/** Props of the Data Inventory container (the web part and the local workbench page both render it). */
export interface IDataInventoryProps {
  /** The only way the container reaches data. */
  service: IInventoryService;
  /** The rollout kit (template, export, import wizard); its toolbar is hidden when absent. */
  importService?: IImportService;
  /** The import of measured data-quality scores from a file, in the rollout kit's toolbar; hidden when absent. */
  qualityImportService?: IQualityImportService;
  /** Shared suite strings (resource module GovernanceSuiteStrings). */
  strings: IGovernanceSuiteStrings;
  /** Filters applied on load and restored by "Clear filters" (e.g. a mission's page shows that mission only). */
  defaultFilters?: InventoryFilters;
  /** Records per page. */
  pageSize: number;
  /** Columns readers may choose from (the property pane's); all columns when absent or empty. */
  visibleColumns?: readonly InventoryColumnKey[];
  /** localStorage key of the user's columns and saved views on this site (`preferencesKey`); not kept when absent. */
  preferencesKey?: string;
  /** "Today" for the health score's freshness; injectable for tests. */
  now?: () => Date;
  /** Fluent theme (from SharePoint/Teams); the ambient theme when absent. */
  theme?: PartialTheme;
  /** Custodian nominations (details action and bulk for the current filter); hidden when absent. */
  nominations?: INominationService;
  /** People from the directory (photos, job titles) for pickers and personas; site users and stored names when absent. */
  people?: IPeopleDirectory;
  /** The Purview label check ("Check labels" and label colours); the action is hidden when absent. */
  labelCheck?: ILabelCheckRunner;
}
