import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IAIRegistryService, RegisterFilters } from '../services/IAIRegistryService';
import type { IPeopleDirectory } from '../../../core/people';
import type { IFrameworkService } from '../services/IFrameworkService';
import type { IUsageMonitoringService } from '../services/IUsageMonitoringService';
import type { ILiteracyService } from '../services/ILiteracyService';

/** Props of the AI Registry container (the web part and the local workbench page both render it). */
export interface IAIRegistryProps {
  /** The only way the container reaches data. */
  service: IAIRegistryService;
  /** The registry's strings (resource module AIRegistryWebPartStrings). */
  strings: IAIRegistryStrings;
  /** Shared suite strings (resource module GovernanceSuiteStrings): buttons, errors, people picker. */
  suiteStrings: IGovernanceSuiteStrings;
  defaultFilters?: RegisterFilters;
  pageSize: number;
  /** Saves the export; the browser download by default (tests pass their own). */
  download?: (fileName: string, csv: string) => void;
  theme?: PartialTheme;
  /** People from the directory (photos, job titles) for pickers and personas; site users and stored names when absent. */
  people?: IPeopleDirectory;
  /** Usage monitoring (issue 9): with a service and its strings, the registry shows a "Usage monitoring" tab. */
  usage?: { service: IUsageMonitoringService; strings: IAIUsageStrings };
  /**
   * The framework crosswalk (issue 18, part 3): with a service, a system's details show its coverage of the AI
   * frameworks, take evidence and export the comparison. `download` saves an export (the browser download by default).
   */
  frameworks?: { service: IFrameworkService; download?: (blob: Blob, fileName: string) => void };
  /**
   * AI literacy (issue 19, part 4): with a service, the register shows each system's literacy coverage and its details
   * a "Literacy (Art. 4)" section (acknowledging, and the leads' measures).
   */
  literacy?: { service: ILiteracyService };
}
