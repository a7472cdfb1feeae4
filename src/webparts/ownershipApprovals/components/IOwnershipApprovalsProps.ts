import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IOwnershipApprovalsService } from '../services/IOwnershipApprovalsService';

/** Props of the Ownership Approvals container (the web part and the local workbench page both render it). */
export interface IOwnershipApprovalsProps {
  /** The only way the container reaches data. */
  service: IOwnershipApprovalsService;
  /** Shared suite strings (resource module GovernanceSuiteStrings). */
  strings: IGovernanceSuiteStrings;
  /** Fluent theme (from SharePoint or Teams: default, dark, high contrast); the ambient theme when absent. */
  theme?: PartialTheme;
}
