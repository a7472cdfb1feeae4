import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IPeopleDirectory } from '../../../core/people';
import type { IAccessReviewService } from '../services/IAccessReviewService';

export type AccessReviewsView = 'myReviews' | 'campaigns' | 'staleGroups' | 'sod';

/** Props of the Access Reviews container (the web part and the local workbench page both render it). */
export interface IAccessReviewsProps {
  /** The only way the container reaches data. */
  service: IAccessReviewService;
  /** The web part's strings (resource module AccessReviewsWebPartStrings). */
  strings: IAccessReviewsStrings;
  /** Shared suite strings (GovernanceSuiteStrings): errors, people picker. */
  shared: IGovernanceSuiteStrings;
  /** View shown first. */
  defaultView?: AccessReviewsView;
  theme?: PartialTheme;
  /** "Today" for overdue and expiry checks; injectable for tests. */
  now?: () => Date;
  /** UI culture for dates and numbers (the page's; the browser's when absent). */
  locale?: string;
  /** People from the directory (photos, job titles) for pickers; site users when absent. */
  people?: IPeopleDirectory;
}
