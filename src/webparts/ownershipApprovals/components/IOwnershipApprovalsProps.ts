import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IOwnershipApprovalsService } from '../services/IOwnershipApprovalsService';
import type { IPeopleDirectory } from '../../../core/people';

/** Props of the Ownership Approvals container (the web part and the local workbench page both render it). */
export interface IOwnershipApprovalsProps {
  /** The only way the container reaches data. */
  service: IOwnershipApprovalsService;
  /** Shared suite strings (resource module GovernanceSuiteStrings). */
  strings: IGovernanceSuiteStrings;
  /** Fluent theme (from SharePoint or Teams: default, dark, high contrast); the ambient theme when absent. */
  theme?: PartialTheme;
  /** People from the directory (photos, job titles) for pickers and personas; site users and stored names when absent. */
  people?: IPeopleDirectory;
}
