import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IRiskService } from '../services/IRiskService';
import type { IPeopleDirectory } from '../../../core/people';

export type RiskRegisterTab = 'register' | 'heatMap' | 'assessments' | 'templates';

/** Props of the Risk Register container (the web part and the local workbench page both render it). */
export interface IRiskRegisterProps {
  /** The only way the container reaches data. */
  service: IRiskService;
  /** The web part's strings (resource module RiskRegisterWebPartStrings). */
  strings: IRiskRegisterStrings;
  /** Shared suite strings (GovernanceSuiteStrings): errors, people picker. */
  shared: IGovernanceSuiteStrings;
  /** Tab shown first. */
  defaultTab?: RiskRegisterTab;
  theme?: PartialTheme;
  /** "Today" for overdue and expiry; injectable for tests. */
  now?: () => Date;
  /** People from the directory (photos, job titles) for pickers and personas; site users and stored names when absent. */
  people?: IPeopleDirectory;
}
