import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IPeopleDirectory } from '../../../core/people';
import type { IGovernanceRolesService } from '../services/IGovernanceRolesService';

/** Props of the Governance roles container (the web part and the local workbench page both render it). */
export interface IGovernanceRolesProps {
  /** The only way the container reaches data. */
  service: IGovernanceRolesService;
  /** The web part's strings (resource module GovernanceRolesWebPartStrings). */
  strings: IGovernanceRolesStrings;
  /** Shared suite strings (GovernanceSuiteStrings): errors, people picker. */
  shared: IGovernanceSuiteStrings;
  theme?: PartialTheme;
  /** People from the directory (photos, job titles) for the picker; site users when absent. */
  people?: IPeopleDirectory;
}
